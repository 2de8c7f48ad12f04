import Core
import Syntax
import Terraform

/// Puts the fragments of a policy's files together: clients declared twice are errors at the
/// second declaration, and `rules` blocks merge value by value.
enum PolicyAssembly {
    static func combine(_ fragments: [PolicyFragment]) -> Policy {
        var policy = Policy()
        var clients = FirstDeclarations<ClientSelector>()
        var integrations = FirstDeclarations<String>()
        var deployers = FirstDeclarations<TerraformPhase>()
        var rules: PolicyRules?
        for fragment in fragments {
            policy.diagnostics += fragment.diagnostics
            policy.clients += fragment.clients.filter { client in
                clients.accept(
                    client.selector, at: client.selectorRange, named: "The client \(client.selector)",
                    merge: "client", diagnostics: &policy.diagnostics)
            }
            policy.integrations += fragment.integrations.filter { integration in
                integrations.accept(
                    integration.selector, at: integration.selectorRange,
                    named: "The integration \(integration.selector)", merge: "integration",
                    diagnostics: &policy.diagnostics)
            }
            policy.deployers += fragment.deployers.filter { deployer in
                deployers.accept(
                    deployer.phase, at: deployer.phaseRange,
                    named: "The deployer for terraform \(deployer.phase.rawValue)", merge: "deployer",
                    diagnostics: &policy.diagnostics)
            }
            for block in fragment.rules {
                rules = rules.map { merge($0, block, diagnostics: &policy.diagnostics) } ?? block
            }
        }
        policy.rules = rules
        policy.diagnostics = inLoadOrder(policy.diagnostics, files: fragments.map(\.path))
        return policy
    }

    /// Diagnostics ordered by the file they are in (in load order; those without a range
    /// first) and then by position; equal keys keep their order.
    private static func inLoadOrder(_ diagnostics: [Diagnostic], files: [String]) -> [Diagnostic] {
        var fileOrder: [String: Int] = [:]
        for (index, file) in files.enumerated() where fileOrder[file] == nil { fileOrder[file] = index }
        func key(_ diagnostic: Diagnostic) -> (Int, Int) {
            guard let range = diagnostic.range else { return (-1, 0) }
            return (fileOrder[range.file] ?? files.count, range.start.byte)
        }
        return diagnostics.enumerated().sorted { left, right in
            let (leftKey, rightKey) = (key(left.element), key(right.element))
            return leftKey != rightKey ? leftKey < rightKey : left.offset < right.offset
        }.map(\.element)
    }

    /// `earlier` with the values of `later` added; a value set differently in both is an error at
    /// the later one, and the earlier one stays.
    static func merge(_ earlier: PolicyRules, _ later: PolicyRules, diagnostics: inout [Diagnostic]) -> PolicyRules {
        var merged = earlier
        if let patterns = later.denyScopes {
            let known = Set((earlier.denyScopes ?? []).map(\.value))
            merged.denyScopes = (earlier.denyScopes ?? []) + patterns.filter { !known.contains($0.value) }
        }
        merged.maxTokenValiditySeconds = pick(
            "max_token_validity_seconds", earlier.maxTokenValiditySeconds, later.maxTokenValiditySeconds,
            text: { String($0) }, diagnostics: &diagnostics)
        merged.requireDescription = pick(
            "require_description", earlier.requireDescription, later.requireDescription, text: { String($0) },
            diagnostics: &diagnostics)
        let grantTypes = pick(
            "allowed_grant_types", earlier.allowedGrantTypes.map(Self.sortedSet),
            later.allowedGrantTypes.map(Self.sortedSet), text: { "[\($0.joined(separator: ", "))]" },
            diagnostics: &diagnostics)
        merged.allowedGrantTypes = grantTypes == nil ? nil : earlier.allowedGrantTypes ?? later.allowedGrantTypes
        return merged
    }

    /// The value set in either block; when both set different values, an error at the later.
    private static func pick<Value>(
        _ name: String, _ earlier: Located<Value>?, _ later: Located<Value>?, text: (Value) -> String,
        diagnostics: inout [Diagnostic]
    ) -> Located<Value>? {
        guard let earlier, let later else { return earlier ?? later }
        if earlier.value != later.value {
            diagnostics.append(
                .error(
                    "Conflicting values for \"\(name)\": \(text(later.value)) here, \(text(earlier.value)) at \(earlier.range.description)",
                    detail: "Rules from every policy file apply together; set each rule once.", at: later.range))
        }
        return earlier
    }

    /// The distinct texts of a list, sorted, for comparing lists regardless of order.
    private static func sortedSet(_ list: Located<[Located<String>]>) -> Located<[String]> {
        Located(Set(list.value.map(\.value)).sorted(), at: list.range)
    }
}

/// The first declaration of each key across a policy's files; a later one is an error there.
private struct FirstDeclarations<Key: Hashable> {
    private var ranges: [Key: SourceRange] = [:]

    /// Whether `key` is declared here for the first time; when not, an error at `range` naming
    /// the first declaration.
    mutating func accept(
        _ key: Key, at range: SourceRange, named name: String, merge block: String, diagnostics: inout [Diagnostic]
    ) -> Bool {
        if let first = ranges[key] {
            diagnostics.append(
                .error(
                    "\(name) is already declared at \(first.description)",
                    detail: "Merge the two \(block) blocks into one.", at: range))
            return false
        }
        ranges[key] = range
        return true
    }
}
