import Core
import Spec

/// The settings of `.scopecheck.hcl`, with every path resolved against the config file's
/// directory, and command-line overrides merged in by `merging(_:)`.
public struct ScopeCheckConfig: Hashable, Sendable {
    /// The config file, nil for a configuration built from defaults and the command line only.
    public var path: String?
    /// API specs, each a file or a host-bound file (`spec`).
    public var specs: [ConfigValue<SpecBinding>]
    /// Policy files and directories (`policies`).
    public var policies: [ConfigValue<String>]
    /// Terraform variable files (`var_files`).
    public var varFiles: [ConfigValue<String>]
    /// Paths not to lint (`exclude`).
    public var exclude: [ConfigValue<ExcludePattern>]
    /// Spec overlay files (`overlays`).
    public var overlays: [ConfigValue<String>]
    /// A provider endpoint table to read instead of the bundled one (`provider_endpoints`).
    public var providerEndpoints: ConfigValue<String>?
    /// Rule settings in source order, then those only the command line names, by id.
    public var rules: [RuleSetting]

    public init(
        path: String? = nil, specs: [ConfigValue<SpecBinding>] = [], policies: [ConfigValue<String>] = [],
        varFiles: [ConfigValue<String>] = [], exclude: [ConfigValue<ExcludePattern>] = [],
        overlays: [ConfigValue<String>] = [], providerEndpoints: ConfigValue<String>? = nil,
        rules: [RuleSetting] = []
    ) {
        self.path = path
        self.specs = specs
        self.policies = policies
        self.varFiles = varFiles
        self.exclude = exclude
        self.overlays = overlays
        self.providerEndpoints = providerEndpoints
        self.rules = rules
    }

    /// The setting for rule `id`, if the config or the command line has one.
    public func setting(for id: String) -> RuleSetting? {
        rules.first { $0.id == id }
    }

    /// Whether rule `id` runs: its `enabled` setting, else `byDefault`.
    public func isEnabled(_ id: String, byDefault: Bool = true) -> Bool {
        setting(for: id)?.enabled?.value ?? byDefault
    }

    /// The severity rule `id` reports with: its `severity` setting, else `defaultSeverity`.
    public func severity(of id: String, default defaultSeverity: Severity) -> Severity {
        setting(for: id)?.severity?.value ?? defaultSeverity
    }

    /// Whether `path` is excluded by any `exclude` pattern (see `ExcludePattern.excludes`).
    public func isExcluded(_ path: String) -> Bool {
        exclude.contains { $0.value.excludes(path) }
    }
}

extension ScopeCheckConfig {
    /// An error for each `rule` block whose id is not in `known` (the rule registry's ids), with
    /// a "did you mean" suggestion. Settings from the command line have no range and are left to
    /// the caller.
    public func unknownRuleDiagnostics(known: Set<String>) -> [Diagnostic] {
        rules.compactMap { setting in
            guard let range = setting.idRange, !known.contains(setting.id) else { return nil }
            let hint = ClosestName.hint(for: setting.id, among: known)
            return .error(
                "Unknown rule \"\(setting.id)\"\(hint)", detail: "`scopecheck rules` lists the rule ids.", at: range)
        }
    }
}
