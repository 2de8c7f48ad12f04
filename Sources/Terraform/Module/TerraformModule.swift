/// One module of a configuration as written: the declarations of all `*.tf` / `*.tf.json` files
/// directly in its directory. A module called with `count` / `for_each` is still one
/// `TerraformModule`; its instances appear in the addresses of `ResourceInstance`s.
public struct TerraformModule: Sendable {
    /// The module call names from the root: `[]` for the root module, `["net", "roles"]` for
    /// `module.net.module.roles`.
    public var path: [String]
    /// The directory the files were read from, as the loader reached it (root directory as given,
    /// children joined with their `source`).
    public var directory: String
    /// The calling module block's `source`; nil for the root module.
    public var sourceText: String?
    /// The configuration files read, sorted.
    public var files: [String]
    public var variables: [VariableDeclaration]
    /// Every local value of every `locals` block, in file and source order.
    public var locals: [LocalDeclaration]
    /// Every `resource` and `data` block, in file and source order.
    public var resources: [ResourceDeclaration]
    public var moduleCalls: [ModuleCall]
    public var outputs: [OutputDeclaration]
    /// The `required_providers` entries of its `terraform` blocks.
    public var requiredProviders: [RequiredProvider] = []

    public init(
        path: [String], directory: String, sourceText: String?, files: [String] = [],
        variables: [VariableDeclaration] = [], locals: [LocalDeclaration] = [], resources: [ResourceDeclaration] = [],
        moduleCalls: [ModuleCall] = [], outputs: [OutputDeclaration] = []
    ) {
        self.path = path
        self.directory = directory
        self.sourceText = sourceText
        self.files = files
        self.variables = variables
        self.locals = locals
        self.resources = resources
        self.moduleCalls = moduleCalls
        self.outputs = outputs
    }

    /// `module.a.module.b`; empty for the root module.
    public var address: String { path.map { "module.\($0)" }.joined(separator: ".") }

    /// Whether this is the root module.
    public var isRoot: Bool { path.isEmpty }

    /// The variable named `name`.
    public func variable(_ name: String) -> VariableDeclaration? { variables.first { $0.name == name } }

    /// The local value named `name`.
    public func local(_ name: String) -> LocalDeclaration? { locals.first { $0.name == name } }

    /// The resource or data source with module-relative address `address` (`type.name`,
    /// `data.type.name`).
    public func resource(address: String) -> ResourceDeclaration? { resources.first { $0.address == address } }

    /// The module call named `name`.
    public func moduleCall(_ name: String) -> ModuleCall? { moduleCalls.first { $0.name == name } }

    /// The output named `name`.
    public func output(_ name: String) -> OutputDeclaration? { outputs.first { $0.name == name } }
}
