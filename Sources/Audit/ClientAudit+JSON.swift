import Core
import Rules

extension ClientAudit {
    /// The page as JSON: `client`, `verdict`, `specs`, `scopes`, `roles`, `calls`, `findings`,
    /// `change` and `notes` (schema in docs/audit.md).
    public var json: JSONOutput {
        .fields([
            (
                "client",
                .fields([
                    ("label", .string(identity.label)), ("id", identity.id.map(JSONOutput.string)),
                    ("name", identity.name.map(JSONOutput.string)),
                    ("grantType", identity.grantType.map(JSONOutput.string)),
                    ("state", identity.state.map(JSONOutput.string)),
                    ("accessTokenValiditySeconds", identity.tokenLifetimeSeconds.map(JSONOutput.int)),
                    ("origin", .string(identity.origin)), ("file", .string(identity.definedAt.file)),
                    ("line", .int(identity.definedAt.start.line)), ("column", .int(identity.definedAt.start.column)),
                ])
            ),
            ("verdict", .string(verdictWord)),
            ("specs", .string(specs)),
            (
                "scopes",
                .array(
                    scopes.map { scope in
                        .fields([
                            ("name", .string(scope.name)), ("status", .string(scope.status.rawValue)),
                            ("usedBy", .array(scope.usedBy.map(JSONOutput.string))),
                            (
                                "suggestions",
                                scope.suggestions.isEmpty ? nil : .array(scope.suggestions.map(JSONOutput.string))
                            ),
                        ])
                    })
            ),
            (
                "roles",
                .array(
                    roles.map { role in
                        .fields([
                            ("role", .string(role.reference)), ("division", role.division.map(JSONOutput.string)),
                            (
                                "permissionPolicies",
                                role.policies.map { policies in
                                    .array(
                                        policies.map { policy in
                                            .fields([
                                                ("domain", .string(policy.domain)),
                                                ("entityName", .string(policy.entity)),
                                                ("actionSet", .array(policy.actions.map(JSONOutput.string))),
                                            ])
                                        })
                                }
                            ),
                            ("effectivePermissions", .array(role.effectivePermissions.map(JSONOutput.string))),
                            ("unknown", role.unknownReason.map(JSONOutput.string)),
                        ])
                    })
            ),
            (
                "calls",
                .array(
                    calls.map { call in
                        .fields([
                            ("call", .string(call.text)), ("verdict", .string(call.verdict.rawValue)),
                            ("source", .string(call.source)), ("provenance", .string(call.provenance)),
                            ("file", .string(call.range.file)), ("line", .int(call.range.start.line)),
                            ("column", .int(call.range.start.column)),
                            ("operations", .array(call.operations.map(JSONOutput.string))),
                            ("requirement", call.requirement.isEmpty ? nil : .string(call.requirement)),
                            ("missing", .array(call.missing.map(JSONOutput.string))),
                            ("grantedBy", .array(call.grantedBy.map(JSONOutput.string))),
                            ("divisions", call.divisions.map(JSONOutput.string)),
                            ("unknown", call.unresolved.isEmpty ? nil : .array(call.unresolved.map(JSONOutput.string))),
                            ("notes", call.notes.isEmpty ? nil : .array(call.notes.map(JSONOutput.string))),
                            ("deniedToday", call.source == "usage" ? .bool(call.deniedToday) : nil),
                        ])
                    })
            ),
            (
                "findings",
                .array(
                    findings.map { finding in
                        .fields([
                            ("rule", .string(finding.rule)), ("severity", .string(finding.severity.rawValue)),
                            ("message", .string(finding.message)), ("file", .string(finding.range.file)),
                            ("line", .int(finding.range.start.line)), ("column", .int(finding.range.start.column)),
                        ])
                    })
            ),
            (
                "change",
                .fields([
                    ("addScopes", .array(change.addScopes.map(JSONOutput.string))),
                    ("removeScopes", .array(change.removeScopes.map(JSONOutput.string))),
                    ("addPermissions", .array(change.addPermissions.map(JSONOutput.string))),
                    ("removePolicies", .array(change.removePolicies.map(JSONOutput.string))),
                    (
                        "narrowPolicies",
                        .array(
                            change.narrowPolicies.map { narrowing in
                                .fields([
                                    ("from", .string(narrowing.from)),
                                    ("to", .array(narrowing.to.map(JSONOutput.string))),
                                ])
                            })
                    ),
                    ("caveats", .array(change.caveats.map(JSONOutput.string))),
                ])
            ),
            ("notes", .array(notes.map(JSONOutput.string))),
        ])
    }
}
