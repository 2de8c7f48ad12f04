import Core

extension Explanation {
    /// The stable JSON form of `scopecheck explain --format json` (documented in docs/explain.md).
    public var json: JSONOutput {
        let strings = { (values: [String]) in JSONOutput.array(values.map(JSONOutput.string)) }
        let permissions: JSONOutput =
            requirement.permissions.isEmpty
            ? .null
            : .fields([
                ("type", .string(requirement.permissionMode.rawValue)), ("list", strings(requirement.permissions)),
            ])
        var pairs: [(String, JSONOutput?)] = [
            (
                "spec",
                .fields([
                    ("path", .string(spec.path)), ("name", .string(specName)), ("title", .string(spec.title)),
                    ("format", .string(spec.format)),
                    ("hash", .string(spec.hash)),
                ])
            ),
            (
                "endpoint",
                .fields([
                    ("method", .string(operation.method)), ("path", .string(operation.path)),
                    ("operationId", operation.operationId.map(JSONOutput.string) ?? .null),
                    ("summary", operation.summary.map(JSONOutput.string) ?? .null), ("tags", strings(operation.tags)),
                ])
            ),
            ("scopes", strings(requirement.scopeAlternatives.flatMap { $0 })),
            ("scopeAlternatives", .array(requirement.scopeAlternatives.map(strings))),
            ("acceptsOAuth", .bool(requirement.acceptsOAuth)),
            ("otherSchemes", strings(operation.otherSchemes)),
            ("permissions", permissions),
            ("deprecated", .bool(operation.deprecated)),
            ("preview", .bool(operation.preview)),
            ("overlays", strings(operation.overlayNotes.map(\.summary))),
            ("scopesApplyToEveryGrant", .bool(requirement.scopesApplyToEveryGrant)),
            ("gates", strings(gateLines)),
        ]
        if let token { pairs.append(("token", token.json)) }
        if let subject {
            pairs.append(
                (
                    "client",
                    .fields([
                        ("label", .string(subject.label)),
                        ("grantType", subject.grant.grantType.map { .string($0.rawValue) } ?? .null),
                        ("scopes", strings(subject.grant.scopes)),
                        ("roles", strings(subject.grant.roles.map(\.reference))),
                    ])
                ))
            pairs.append(
                (
                    "unknownScopes",
                    .array(
                        unknownScopes.map {
                            .fields([("scope", .string($0.name)), ("suggestions", strings($0.suggestions))])
                        })
                ))
        }
        if let result {
            let missingPermissions: JSONOutput =
                result.missingPermissions.isEmpty
                ? .null
                : .fields([
                    ("type", .string(result.missingPermissionMode.rawValue)),
                    ("list", strings(result.missingPermissions)),
                ])
            pairs += [
                ("verdict", .string(result.verdict.rawValue)),
                (
                    "missing",
                    .fields([
                        ("scopeAlternatives", .array(result.missingScopeAlternatives.map(strings))),
                        ("suggestedScopes", result.suggestedScopes.map(strings) ?? .null),
                        ("permissions", missingPermissions),
                    ])
                ),
                ("problems", strings(result.problems)), ("unresolved", strings(result.unresolved)),
                ("notes", strings(result.notes)),
            ]
        }
        if let errorBody {
            pairs.append(
                (
                    "errorBody",
                    .fields([
                        ("status", errorBody.status.map(JSONOutput.int) ?? .null),
                        ("code", errorBody.code.map(JSONOutput.string) ?? .null),
                        ("findings", strings(errorBodyFindings)),
                    ])
                ))
        }
        return .fields(pairs)
    }
}
