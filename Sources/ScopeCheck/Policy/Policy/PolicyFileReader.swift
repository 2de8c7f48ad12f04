import Foundation

/// What one policy file declares, before the files of a policy are put together.
struct PolicyFragment {
    var path: String
    var clients: [ClientPolicy] = []
    /// One entry per `rules` block, in source order.
    var rules: [PolicyRules] = []
    var diagnostics: [Diagnostic] = []
}

/// Reads the `client` and `rules` blocks of one parsed policy file into typed values,
/// validating names, types and the syntax of addresses, calls, patterns and grant types.
struct PolicyFileReader {
    static let fileShape = BodyShape(name: "a policy file", attributes: [], blocks: ["client", "rules"])
    static let clientShape = BodyShape(name: "a client block", attributes: ["calls", "name", "user_roles"], blocks: [])
    static let rulesShape = BodyShape(
        name: "a rules block",
        attributes: ["allowed_grant_types", "deny_scopes", "max_token_validity_seconds", "require_description"],
        blocks: [])
    static let clientType = "genesyscloud_oauth_client"
    static let roleType = "genesyscloud_auth_role"

    private var literals = LiteralReader(subject: "Policy")
    private var diagnostics: [Diagnostic] = []

    /// The fragment `file` declares, with its parse diagnostics first.
    static func read(_ file: HCLFile) -> PolicyFragment {
        var reader = PolicyFileReader()
        var fragment = PolicyFragment(path: file.path)
        reader.diagnostics = fileShape.unknownItems(in: file.body)
        for block in file.body.blocks {
            switch block.type {
            case "client": if let client = reader.client(block) { fragment.clients.append(client) }
            case "rules": fragment.rules.append(reader.rules(block))
            default: break
            }
        }
        fragment.diagnostics = file.diagnostics + (reader.diagnostics + reader.literals.diagnostics).inSourceOrder()
        return fragment
    }

    // MARK: - client

    private mutating func client(_ block: Block) -> ClientPolicy? {
        diagnostics += Self.clientShape.unknownItems(in: block.body)
        for extra in block.labels.dropFirst() {
            diagnostics.append(
                .error("A client block takes one label, the client's Terraform address", at: extra.range))
        }
        let nameAttribute = block.body.attribute("name")
        let calls = callList(in: block)
        let userRoles = roleList(in: block)
        let selector: Located<ClientSelector>?
        switch (block.labels.first, nameAttribute) {
        case (let label?, let name?):
            diagnostics.append(
                .error(
                    "A client block names its client by a label or by a name attribute, not both",
                    detail: "Keep the address label \"\(label.value)\" or the name attribute.", at: name.nameRange))
            selector = nil
        case (let label?, nil):
            selector = address(label)
        case (nil, let name?):
            selector = clientName(name)
        case (nil, nil):
            diagnostics.append(
                .error(
                    "A client block needs the client's Terraform address as its label or a name attribute",
                    detail: "Write client \"genesyscloud_oauth_client.NAME\" { ... } or set name = \"...\" inside.",
                    at: block.typeRange))
            selector = nil
        }
        guard let selector else { return nil }
        return ClientPolicy(
            selector: selector.value, selectorRange: selector.range, calls: calls, userRoles: userRoles,
            range: block.range)
    }

    private mutating func address(_ label: BlockLabel) -> Located<ClientSelector>? {
        switch PolicyAddress.parse(label.value) {
        case .failure(let error):
            diagnostics.append(
                .error(
                    "Invalid client address \"\(label.value)\": \(error.message)",
                    detail:
                        "A client address looks like genesyscloud_oauth_client.NAME, optionally after module.NAME. steps.",
                    at: label.range))
            return nil
        case .success(let address) where address.isData:
            diagnostics.append(
                .error(
                    "A client policy needs a managed resource, not the data source \"\(address)\"",
                    detail: "A data source's scopes and roles are not in this configuration, so they can't be checked.",
                    at: label.range))
            return nil
        case .success(let address):
            if address.type != Self.clientType {
                diagnostics.append(
                    .warning(
                        "\"\(address)\" is not a \(Self.clientType)",
                        detail: "Client policies describe OAuth clients; check the resource type.", at: label.range))
            }
            return Located(.address(address.description), at: label.range)
        }
    }

    private mutating func clientName(_ attribute: Attribute) -> Located<ClientSelector>? {
        guard let name = literals.string(attribute) else { return nil }
        guard !name.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            diagnostics.append(.error("The client name is empty", at: name.range))
            return nil
        }
        return Located(.name(name.value), at: name.range)
    }

    private mutating func callList(in block: Block) -> [PolicyCall] {
        guard let attribute = block.body.attribute("calls") else {
            diagnostics.append(
                .error(
                    "Missing required attribute \"calls\" in a client block",
                    detail: "List the API calls the client makes: calls = [\"GET /api/v2/users/me\"].",
                    at: block.headerRange))
            return []
        }
        var calls: [Located<String>] = []
        for entry in literals.stringList(attribute) ?? [] {
            let problems = PolicyCallSyntax.problems(in: entry)
            diagnostics += problems
            if problems.isEmpty { calls.append(entry) }
        }
        warnAboutRepeats(in: calls, of: "calls")
        return calls.map { PolicyCall(text: $0.value, range: $0.range) }
    }

    private mutating func roleList(in block: Block) -> [Located<String>] {
        guard let attribute = block.body.attribute("user_roles") else { return [] }
        let entries = literals.stringList(attribute) ?? []
        var roles: [Located<String>] = []
        for entry in entries {
            switch PolicyAddress.parse(entry.value) {
            case .failure(let error):
                diagnostics.append(
                    .error(
                        "Invalid role address \"\(entry.value)\": \(error.message)",
                        detail:
                            "A role address looks like genesyscloud_auth_role.NAME or data.genesyscloud_auth_role.NAME.",
                        at: entry.range))
            case .success(let address):
                if address.type != Self.roleType {
                    diagnostics.append(
                        .warning(
                            "\"\(address)\" is not a \(Self.roleType)",
                            detail: "user_roles lists the roles the signed-in users hold.", at: entry.range))
                }
                roles.append(Located(address.description, at: entry.range))
            }
        }
        warnAboutRepeats(in: roles, of: "user_roles")
        return roles
    }

    // MARK: - rules

    private mutating func rules(_ block: Block) -> PolicyRules {
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

    // MARK: - shared

    /// A warning at each entry that repeats an earlier one.
    private mutating func warnAboutRepeats(in entries: [Located<String>], of attributeName: String) {
        var first: [String: SourceRange] = [:]
        for entry in entries {
            if let earlier = first[entry.value] {
                diagnostics.append(
                    .warning(
                        "\"\(entry.value)\" is listed twice in \"\(attributeName)\"",
                        detail: "First listed at \(earlier.description).", at: entry.range))
            } else {
                first[entry.value] = entry.range
            }
        }
    }
}
