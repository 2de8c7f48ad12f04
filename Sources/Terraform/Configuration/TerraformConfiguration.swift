import Core
import Syntax

/// A loaded Terraform configuration: its modules as written, every resource and data source
/// instance with its arguments evaluated statically, and every problem found on the way.
public struct TerraformConfiguration: Sendable {
    /// The root module directory, as given to the loader.
    public var rootDirectory: String
    /// The root module first, then the loaded child modules sorted by address.
    public var modules: [TerraformModule]
    /// Every instance of every resource and data source of every loaded module, sorted by
    /// module, resource address and instance key.
    public var resources: [ResourceInstance] {
        didSet { instanceIndex = Self.index(resources) }
    }
    /// The root module's variables with their resolved values, sorted by name.
    public var variables: [ResolvedVariable]
    /// The root module's outputs, sorted by name.
    public var outputs: [EvaluatedOutput]
    /// Problems, sorted by range (diagnostics without a range first), without repeats.
    public var diagnostics: [Diagnostic]
    /// Every parsed file: configuration files of every module, then variables files (those
    /// read for values, then `unloadedVariablesFiles`).
    public var files: [HCLFile]
    /// The variables files of the root directory Terraform does not read unless told to
    /// (`prod.tfvars` without `-var-file`): searched for secrets, their values not used.
    public var unloadedVariablesFiles: Set<String>
    /// Positions in `resources` by address.
    private var instanceIndex: [String: Int]

    public init(
        rootDirectory: String, modules: [TerraformModule], resources: [ResourceInstance], variables: [ResolvedVariable],
        outputs: [EvaluatedOutput], diagnostics: [Diagnostic], files: [HCLFile],
        unloadedVariablesFiles: Set<String> = []
    ) {
        self.rootDirectory = rootDirectory
        self.modules = modules
        self.resources = resources
        self.instanceIndex = Self.index(resources)
        self.variables = variables
        self.outputs = outputs
        self.diagnostics = diagnostics
        self.files = files
        self.unloadedVariablesFiles = unloadedVariablesFiles
    }

    /// The instances of resources of `type`; `mode` nil returns managed resources and data
    /// sources alike.
    public func resources(ofType type: String, mode: ResourceMode? = nil) -> [ResourceInstance] {
        resources.filter { $0.type == type && (mode == nil || $0.mode == mode) }
    }

    /// The instance with the full address `address` (`module.a.genesyscloud_auth_role.x[0]`).
    public func instance(address: String) -> ResourceInstance? { instanceIndex[address].map { resources[$0] } }

    private static func index(_ resources: [ResourceInstance]) -> [String: Int] {
        Dictionary(resources.enumerated().map { ($0.element.address, $0.offset) }) { first, _ in first }
    }

    /// The text at `range` of a file of the configuration, when it was read and the range fits.
    public func text(at range: SourceRange) -> String? {
        guard let file = files.first(where: { $0.path == range.file }),
            range.start.byte >= 0, range.start.byte <= range.end.byte, range.end.byte <= file.source.bytes.count
        else { return nil }
        return String(decoding: file.source.bytes[range.start.byte..<range.end.byte], as: UTF8.self)
    }

    /// The module with call path `path` (`[]` for the root).
    public func module(path: [String]) -> TerraformModule? { modules.first { $0.path == path } }

    /// The root variable named `name`.
    public func variable(_ name: String) -> ResolvedVariable? { variables.first { $0.name == name } }

    /// The root output named `name`.
    public func output(_ name: String) -> EvaluatedOutput? { outputs.first { $0.name == name } }
}
