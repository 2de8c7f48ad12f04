/// The declarations of a module by name, for constant-time lookups while references resolve.
struct ModuleIndex {
    let variables: [String: VariableDeclaration]
    let locals: [String: LocalDeclaration]
    /// By module-relative address (`type.name`, `data.type.name`).
    let resources: [String: ResourceDeclaration]
    let moduleCalls: [String: ModuleCall]
    let outputs: [String: OutputDeclaration]

    /// Indexes `module`; the first declaration of a repeated name wins, as in the module itself.
    init(_ module: TerraformModule) {
        variables = Dictionary(module.variables.map { ($0.name, $0) }) { first, _ in first }
        locals = Dictionary(module.locals.map { ($0.name, $0) }) { first, _ in first }
        resources = Dictionary(module.resources.map { ($0.address, $0) }) { first, _ in first }
        moduleCalls = Dictionary(module.moduleCalls.map { ($0.name, $0) }) { first, _ in first }
        outputs = Dictionary(module.outputs.map { ($0.name, $0) }) { first, _ in first }
    }
}
