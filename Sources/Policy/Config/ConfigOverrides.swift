import Core
import Spec

/// Settings given on the command line. A list that is set replaces the config's list; rule
/// switches and severities change single rules. Paths are used as given (the caller resolves
/// them against the working directory).
public struct ConfigOverrides: Hashable, Sendable {
    public var specs: [SpecBinding]?
    public var policies: [String]?
    public var varFiles: [String]?
    /// `--provider-endpoints`.
    public var providerEndpoints: String?
    public var enabledRules: Set<String>
    /// Wins over `enabledRules` when a rule is in both.
    public var disabledRules: Set<String>
    public var severities: [String: Severity]

    public init(
        specs: [SpecBinding]? = nil, policies: [String]? = nil, varFiles: [String]? = nil,
        providerEndpoints: String? = nil, enabledRules: Set<String> = [], disabledRules: Set<String> = [],
        severities: [String: Severity] = [:]
    ) {
        self.specs = specs
        self.policies = policies
        self.varFiles = varFiles
        self.providerEndpoints = providerEndpoints
        self.enabledRules = enabledRules
        self.disabledRules = disabledRules
        self.severities = severities
    }
}

extension ScopeCheckConfig {
    /// This configuration with `overrides` applied; overridden values have no range.
    public func merging(_ overrides: ConfigOverrides) -> ScopeCheckConfig {
        var merged = self
        if let specs = overrides.specs { merged.specs = specs.map { ConfigValue($0, at: nil) } }
        if let policies = overrides.policies { merged.policies = policies.map { ConfigValue($0, at: nil) } }
        if let varFiles = overrides.varFiles { merged.varFiles = varFiles.map { ConfigValue($0, at: nil) } }
        if let table = overrides.providerEndpoints { merged.providerEndpoints = ConfigValue(table, at: nil) }
        let named = overrides.enabledRules.union(overrides.disabledRules).union(overrides.severities.keys)
        for id in named.sorted() {
            var setting = setting(for: id) ?? RuleSetting(id: id, idRange: nil)
            if overrides.disabledRules.contains(id) {
                setting.enabled = ConfigValue(false, at: nil)
            } else if overrides.enabledRules.contains(id) {
                setting.enabled = ConfigValue(true, at: nil)
            }
            if let severity = overrides.severities[id] { setting.severity = ConfigValue(severity, at: nil) }
            if let index = merged.rules.firstIndex(where: { $0.id == id }) {
                merged.rules[index] = setting
            } else {
                merged.rules.append(setting)
            }
        }
        return merged
    }
}
