import Core
import Foundation
import Syntax
import Terraform

/// `client` blocks: the selector (address label or name), calls and user roles.
extension PolicyFileReader {
    mutating func client(_ block: Block) -> ClientPolicy? {
        diagnostics += Self.clientShape.unknownItems(in: block.body)
        for extra in block.labels.dropFirst() {
            diagnostics.append(
                .error("A client block takes one label, the client's Terraform address", at: extra.range))
        }
        let nameAttribute = block.body.attribute("name")
        let calls = callList(in: block)
        let userRoles = roleList(in: block, attribute: "user_roles", purpose: "the roles the signed-in users hold")
        let derivedCalls = block.body.attribute("derived_calls").flatMap { literals.bool($0) }
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
            derivedCalls: derivedCalls, range: block.range)
    }

    private mutating func address(_ label: BlockLabel) -> Located<ClientSelector>? {
        switch ResourceAddress.parse(label.value) {
        case .failure(let error):
            diagnostics.append(
                .error(
                    "Invalid client address \"\(label.value)\": \(error.message)",
                    detail:
                        "A client address looks like genesyscloud_oauth_client.NAME, optionally after module.NAME. steps.",
                    at: label.range))
            return nil
        case .success(let address) where (address.mode == .data):
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

    /// The role addresses of the list attribute `name` (`user_roles`, `client_roles`).
    mutating func roleList(in block: Block, attribute name: String, purpose: String) -> [Located<String>] {
        guard let attribute = block.body.attribute(name) else { return [] }
        let entries = literals.stringList(attribute) ?? []
        var roles: [Located<String>] = []
        for entry in entries {
            switch ResourceAddress.parse(entry.value) {
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
                            detail: "\(name) lists \(purpose).", at: entry.range))
                }
                roles.append(Located(address.description, at: entry.range))
            }
        }
        warnAboutRepeats(in: roles, of: name)
        return roles
    }
}
