/// Decides whether a client can call an endpoint, from the client's grant and the endpoint's
/// requirement alone: client-credentials clients by their roles' permissions, user-context
/// clients by their scopes (and, when known, the signed-in users' roles).
public enum AccessCheck {
    public static func check(_ client: ClientGrant, _ endpoint: EndpointRequirement) -> AccessResult {
        var result = AccessResult(verdict: .allowed)
        guard let grantType = client.grantType else {
            result.unresolved.append(
                "the client's grant type is missing or invalid, so what limits its tokens is unknown")
            return finish(result)
        }
        guard endpoint.acceptsOAuth else {
            result.problems.append("\(endpoint.label) does not accept OAuth tokens")
            return finish(result)
        }
        if grantType.actsAsClient {
            if endpoint.scopesApplyToEveryGrant {
                checkScopes(client, endpoint, into: &result)
            } else if !client.scopes.isEmpty {
                result.notes.append(
                    "scopes are ignored for CLIENT-CREDENTIALS clients: \(client.scopes.joined(separator: ", "))")
            }
            if client.roles.isEmpty, !endpoint.permissions.isEmpty {
                result.problems.append("the client has no roles, so its tokens hold no permissions")
            }
            checkPermissions(held: client.roles, endpoint, into: &result, whose: "the client's roles")
        } else {
            if !client.roles.isEmpty {
                result.notes.append(
                    "roles are ignored for \(grantType.rawValue) clients: tokens act as the signed-in user")
            }
            checkScopes(client, endpoint, into: &result)
            if !endpoint.permissions.isEmpty {
                if let userRoles = client.userRoles {
                    checkPermissions(held: userRoles, endpoint, into: &result, whose: "the signed-in users' roles")
                } else {
                    let list = endpoint.permissions.joined(separator: ", ")
                    result.notes.append(
                        "the signed-in user must also hold \(endpoint.permissionMode.rawValue) of: \(list)")
                }
            }
        }
        return finish(result)
    }

    private static func checkScopes(
        _ client: ClientGrant, _ endpoint: EndpointRequirement, into result: inout AccessResult
    ) {
        guard !endpoint.scopeAlternatives.isEmpty else { return }
        let held = Set(client.scopes)
        if endpoint.scopeAlternatives.contains(where: { $0.allSatisfy(held.contains) }) { return }
        if client.unknownScopes.isEmpty {
            result.missingScopeAlternatives = endpoint.scopeAlternatives
        } else {
            result.unresolved += client.unknownScopes
        }
    }

    private static func checkPermissions(
        held roles: [RoleGrant], _ endpoint: EndpointRequirement, into result: inout AccessResult, whose: String
    ) {
        guard !endpoint.permissions.isEmpty else { return }
        let policies = roles.compactMap(\.policies).flatMap { $0 }
        let unresolvedRoles = roles.filter { $0.policies == nil }
        let granted = endpoint.permissions.filter { permission in policies.contains { $0.grants(permission) } }
        let missing: [String]
        switch endpoint.permissionMode {
        case .any: missing = granted.isEmpty ? endpoint.permissions : []
        case .all: missing = endpoint.permissions.filter { !granted.contains($0) }
        }
        guard !missing.isEmpty else { return }
        if unresolvedRoles.isEmpty {
            result.missingPermissions = missing
            result.missingPermissionMode = endpoint.permissionMode
        } else {
            result.unresolved += unresolvedRoles.map { role in
                let why = role.unresolvedReason ?? "its permissions are not in the configuration"
                return "\(whose) include \(role.reference): \(why)"
            }
        }
    }

    private static func finish(_ result: AccessResult) -> AccessResult {
        var result = result
        if !result.missingScopeAlternatives.isEmpty || !result.missingPermissions.isEmpty || !result.problems.isEmpty {
            result.verdict = .denied
        } else if !result.unresolved.isEmpty {
            result.verdict = .unknown
        } else {
            result.verdict = .allowed
        }
        return result
    }
}
