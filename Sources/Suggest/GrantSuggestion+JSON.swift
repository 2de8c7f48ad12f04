import Core

extension GrantSuggestion {
    /// The stable JSON form of `scopecheck suggest --format json` (documented in docs/suggest.md).
    public var json: JSONOutput {
        let strings = { (values: [String]) in JSONOutput.array(values.map(JSONOutput.string)) }
        var pairs: [(String, JSONOutput?)] = [
            ("client", .string(client)), ("grantType", .string(grantType.rawValue)), ("scopes", scopes.map(strings)),
        ]
        if let permissions {
            let policies = permissions.policies.map { policy in
                JSONOutput.fields([
                    ("domain", .string(policy.domain)), ("entityName", .string(policy.entity)),
                    ("actionSet", strings(policy.actions)),
                ])
            }
            pairs += [
                ("permissionPolicies", .array(policies)),
                ("permissions", strings(permissions.permissions)),
                ("otherPermissions", strings(permissions.otherPermissions)),
                (
                    "role",
                    permissions.permissions.isEmpty
                        ? .null
                        : .fields([
                            ("address", .string("genesyscloud_auth_role.\(roleName)")),
                            ("name", .string(roleDisplayName)),
                        ])
                ),
            ]
        }
        pairs += [
            ("because", .object(reasons.map { ($0.item, strings($0.callTexts)) })),
            (
                "uncovered",
                .array(
                    uncovered.map {
                        .fields([
                            ("call", .string($0.call.text)), ("location", .string($0.call.range.description)),
                            ("reason", .string($0.reason)),
                        ])
                    })
            ),
            ("provenMinimal", .bool(isProvenMinimal)),
        ]
        return .fields(pairs)
    }
}
