import Core
import Genesys
import Syntax

/// `rules` blocks: scope patterns, token lifetime, descriptions and grant types.
extension PolicyFileReader {
    mutating func rules(_ block: Block) -> PolicyRules {
        diagnostics += Self.rulesShape.unknownItems(in: block.body)
        if let label = block.labels.first {
            diagnostics.append(.error("A rules block takes no labels", at: label.range))
        }
        let body = block.body
        var rules = PolicyRules()
        if let attribute = body.attribute("deny_scopes"), let patterns = literals.stringList(attribute) {
            var valid: [Located<String>] = []
            for pattern in patterns where isValidPattern(pattern) { valid.append(pattern) }
            rules.denyScopes = valid
            warnAboutRepeats(in: patterns, of: "deny_scopes")
        }
        if let attribute = body.attribute("max_token_validity_seconds"), let seconds = literals.integer(attribute) {
            if seconds.value > 0 {
                rules.maxTokenValiditySeconds = seconds
            } else {
                diagnostics.append(.error("\"max_token_validity_seconds\" must be positive", at: seconds.range))
            }
        }
        if let attribute = body.attribute("require_description") {
            rules.requireDescription = literals.bool(attribute)
        }
        if let attribute = body.attribute("allowed_grant_types"), let types = literals.stringList(attribute) {
            rules.allowedGrantTypes = grantTypes(types, at: attribute.expression.range)
        }
        return rules
    }

    private mutating func isValidPattern(_ pattern: Located<String>) -> Bool {
        do {
            _ = try Glob(pattern.value)
            return true
        } catch {
            diagnostics.append(
                .error("Invalid scope pattern \"\(pattern.value)\": \(error.message)", at: pattern.range))
            return false
        }
    }

    private mutating func grantTypes(_ types: [Located<String>], at range: SourceRange) -> Located<[Located<String>]>? {
        let known = GrantType.allCases.map(\.rawValue)
        guard !types.isEmpty else {
            diagnostics.append(
                .error(
                    "\"allowed_grant_types\" is empty, so no client could be valid",
                    detail: "List the grant types clients may use, or remove the attribute.", at: range))
            return nil
        }
        let valid = types.filter { type in
            guard !known.contains(type.value) else { return true }
            diagnostics.append(
                .error(
                    "Unknown grant type \"\(type.value)\"\(ClosestName.hint(for: type.value, among: known))",
                    detail: "Grant types are \(known.joined(separator: ", ")).", at: type.range))
            return false
        }
        warnAboutRepeats(in: valid, of: "allowed_grant_types")
        return valid.count == types.count ? Located(valid, at: range) : nil
    }
}
