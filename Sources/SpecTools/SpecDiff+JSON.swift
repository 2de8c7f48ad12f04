import Core
import Spec

extension SpecDiff {
    /// The diff as JSON: both sides, then every list, each change with its old and new value.
    public var json: JSONOutput {
        .object([
            ("old", Self.side(old)),
            ("new", Self.side(new)),
            ("identical", .bool(isEmpty)),
            (
                "operations",
                .object([
                    ("added", .array(addedOperations.map(Self.name))),
                    ("removed", .array(removedOperations.map(Self.name))),
                    ("changed", .array(changedOperations.map(Self.change))),
                ])
            ),
            ("scopes", .object([("added", Self.strings(addedScopes)), ("removed", Self.strings(removedScopes))])),
            (
                "permissions",
                .object([("added", Self.strings(addedPermissions)), ("removed", Self.strings(removedPermissions))])
            ),
        ])
    }

    private static func side(_ side: Side) -> JSONOutput {
        .object([
            ("path", .string(side.path)), ("title", .string(side.title)), ("version", .string(side.version)),
            ("hash", .string("xxh64:\(side.contentHash)")), ("operations", .int(side.operationCount)),
            ("scopes", .int(side.scopeCount)),
        ])
    }

    private static func name(_ operation: OperationName) -> JSONOutput {
        .fields([
            ("operation", .string(operation.reference)), ("operationId", operation.operationId.map(JSONOutput.string)),
        ])
    }

    private static func change(_ change: OperationChange) -> JSONOutput {
        var pairs: [(String, JSONOutput)] = []
        if case .object(let fields) = name(change.operation) { pairs = fields }
        let details: [(String, JSONOutput)] = change.changes.map { detail in
            switch detail {
            case .scopes(let old, let new):
                let before = Set(old.acceptedScopes)
                let after = Set(new.acceptedScopes)
                return (
                    "scopes",
                    .object([
                        ("old", scopes(old)), ("new", scopes(new)),
                        ("added", strings(after.subtracting(before).sorted())),
                        ("removed", strings(before.subtracting(after).sorted())),
                    ])
                )
            case .permissions(let old, let new):
                return ("permissions", .object([("old", permissions(old)), ("new", permissions(new))]))
            case .deprecated(let old, let new):
                return ("deprecated", .object([("old", .bool(old)), ("new", .bool(new))]))
            case .preview(let old, let new):
                return ("preview", .object([("old", .bool(old)), ("new", .bool(new))]))
            }
        }
        return .object(pairs + [("changes", .object(details))])
    }

    /// `{"kind": "scopes", "alternatives": [["a"], ["b"]]}`.
    private static func scopes(_ requirement: ScopeRequirement) -> JSONOutput {
        let kind =
            switch requirement.kind {
            case .noSecurity: "no-security"
            case .oauthWithoutScopes: "oauth-without-scopes"
            case .otherSchemesOnly: "other-schemes-only"
            case .scopes: "scopes"
            }
        return .object([("kind", .string(kind)), ("alternatives", .array(requirement.alternatives.map(strings)))])
    }

    private static func permissions(_ requirement: PermissionRequirement?) -> JSONOutput {
        guard let requirement else { return .null }
        return .object([
            ("type", .string(requirement.type.rawValue)), ("permissions", strings(requirement.permissions)),
        ])
    }

    private static func strings(_ values: [String]) -> JSONOutput { .array(values.map(JSONOutput.string)) }
}
