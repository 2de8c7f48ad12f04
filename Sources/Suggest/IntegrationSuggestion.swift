import Core
import Genesys
import Graph
import Syntax

/// The least-privilege role and client-credentials OAuth client for the data actions of one
/// integration: what `scopecheck suggest --integration ADDRESS` prints.
public struct IntegrationSuggestion: Sendable {
    /// The integration: its address, or the reference its id comes from.
    public var integration: String
    /// The root module directory it belongs to.
    public var module: String
    /// The calls of its data actions, in source order.
    public var calls: [ResolvedCall]
    /// The smallest set of permissions covering them.
    public var permissions: PermissionCover.Result
    /// Resource names proposed for the new role and client.
    public var resourceName: String

    /// Every integration of the graph whose data actions make calls, in module then first-call
    /// order, with its suggestion.
    public static func all(in graph: RequirementGraph) -> [IntegrationSuggestion] {
        var order: [String] = []
        var calls: [String: (module: String, integration: String, calls: [ResolvedCall])] = [:]
        for call in graph.calls {
            guard let integration = call.call.provenance.integration, let module = call.call.caller.module else {
                continue
            }
            let key = module + "\u{1F}" + integration
            if calls[key] == nil { order.append(key) }
            calls[key, default: (module, integration, [])].calls.append(call)
        }
        return order.compactMap { calls[$0] }.map { entry in
            let requirements = entry.calls.flatMap(\.governing).map(\.requirement)
            return IntegrationSuggestion(
                integration: entry.integration, module: entry.module, calls: entry.calls,
                permissions: PermissionCover.minimum(requirements), resourceName: resourceName(for: entry.integration))
        }
    }

    /// A Terraform name from the integration's: its resource name, or its reference's last part.
    static func resourceName(for integration: String) -> String {
        let base = integration.split(whereSeparator: { $0 == "." || $0 == "[" }).last.map(String.init) ?? "integration"
        let name = HCLQuoting.resourceName(base, prefix: "integration_")
        return name.hasSuffix("data_actions") ? name : name + "_data_actions"
    }

    /// A role with the permission policies, and a client-credentials client holding it, to paste.
    public var hcl: String {
        let count = calls.count == 1 ? "1 call" : "\(calls.count) calls"
        var lines = ["# Least-privilege role and OAuth client for the data actions of \(integration) (\(count))."]
        for call in calls where call.governing.isEmpty {
            lines.append(
                "# Not covered: \"\(call.text)\" (\(call.call.provenance.description)): not an operation of the API spec in force."
            )
        }
        if !permissions.isProvenMinimal {
            lines.append("# The search stopped early: the role covers every call but may not be the smallest.")
        }
        lines += RoleText.hcl(
            resourceName: resourceName, displayName: "\(resourceName) (least privilege)",
            description: "What the data actions of \(integration) call (scopecheck suggest)", cover: permissions)
        lines += [
            "", "resource \"genesyscloud_oauth_client\" \"\(resourceName)\" {",
            "  name                        = \(HCLQuoting.quote("\(resourceName)"))",
            "  description                 = \(HCLQuoting.quote("Runs the data actions of \(integration)"))",
            "  authorized_grant_type       = \"CLIENT-CREDENTIALS\"",
            "  integration_credential_name = \(HCLQuoting.quote("\(resourceName) credential"))",
            "  roles {", "    role_id     = genesyscloud_auth_role.\(resourceName).id", "    division_id = \"*\"",
            "  }",
            "}", "",
            "# Give the integration this client's credential: in its config block,",
            "# credentials = { pureCloudOAuthClient = genesyscloud_oauth_client.\(resourceName).integration_credential_id }",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The permissions, then each call with the operation governing it and what it checks.
    public var text: String {
        var lines = [
            "\(integration): \(calls.count == 1 ? "1 data action call" : "\(calls.count) data action calls"); "
                + "its client's role needs \(permissions.permissions.isEmpty ? "no permission" : permissions.permissions.joined(separator: ", "))."
        ]
        for call in calls {
            guard let governing = call.governing.first else {
                lines.append(
                    "  \(call.text) (\(call.call.provenance.description)): not an operation of the API spec in force")
                continue
            }
            let requirement = governing.requirement
            lines.append(
                "  \(governing.operation.reference) (\(call.call.provenance.description)) checks "
                    + RequirementWording.permissions(requirement.permissionMode, requirement.permissions))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{integration, module, permissions, policies, calls: [{call, operation, file, line, column, permissions}]}`.
    public var json: JSONOutput {
        let strings = { (values: [String]) in JSONOutput.array(values.map(JSONOutput.string)) }
        return .fields([
            ("integration", .string(integration)), ("module", .string(module)),
            ("permissions", strings(permissions.permissions)),
            (
                "policies",
                .array(
                    permissions.policies.map {
                        .fields([
                            ("domain", .string($0.domain)), ("entity_name", .string($0.entity)),
                            ("action_set", strings($0.actions)),
                        ])
                    })
            ),
            (
                "calls",
                .array(
                    calls.map { call in
                        let requirement = call.governing.first?.requirement
                        return .fields([
                            ("call", .string(call.text)),
                            ("operation", call.governing.first.map { .string($0.operation.reference) }),
                            ("file", .string(call.range.file)), ("line", .int(call.range.start.line)),
                            ("column", .int(call.range.start.column)),
                            ("permissionType", requirement.map { .string($0.permissionMode.rawValue) }),
                            ("permissions", strings(requirement?.permissions ?? [])),
                        ])
                    })
            ),
        ])
    }
}
