import Syntax

/// The `configuration` section of a plan for one module: the unevaluated expressions of its
/// resources, its module calls and its outputs. Terraform writes expressions as
/// `{"constant_value": ...}` or `{"references": [...]}`; nested blocks as arrays of such objects.
struct PlanConfigModule: Sendable {
    /// The `expressions` object of each resource, by module-relative address (`type.name`).
    var resources: [String: JSONNode] = [:]
    var calls: [String: PlanModuleCall] = [:]
    /// The `expression` of each output, by name.
    var outputs: [String: JSONNode] = [:]
    /// The declared variables that are `sensitive`.
    var sensitiveVariables: Set<String> = []

    /// The deepest module nesting read; deeper calls are left out.
    static let maximumDepth = 64

    init() {}

    /// Reads a `root_module` / `module` object.
    init(_ node: JSONNode?, depth: Int = 0) {
        guard let node else { return }
        for resource in node["resources"]?.arrayValue ?? [] {
            guard let address = resource["address"]?.stringValue, let expressions = resource["expressions"] else {
                continue
            }
            resources[address] = expressions
        }
        for member in node["outputs"]?.objectMembers ?? [] {
            if let expression = member.value["expression"] { outputs[member.key] = expression }
        }
        for member in node["variables"]?.objectMembers ?? [] where member.value["sensitive"]?.boolValue == true {
            sensitiveVariables.insert(member.key)
        }
        guard depth < Self.maximumDepth else { return }
        for member in node["module_calls"]?.objectMembers ?? [] {
            calls[member.key] = PlanModuleCall(
                expressions: member.value["expressions"],
                module: PlanConfigModule(member.value["module"], depth: depth + 1))
        }
    }

    /// The module at the call path `names` below this one.
    func module(at names: [String]) -> PlanConfigModule? {
        var module = self
        for name in names {
            guard let call = module.calls[name] else { return nil }
            module = call.module
        }
        return module
    }
}

/// A `module` block as the plan's configuration describes it.
struct PlanModuleCall: Sendable {
    /// The expressions of its arguments (the child module's variables).
    var expressions: JSONNode?
    var module: PlanConfigModule
}
