import Core
import Syntax

/// What one policy file declares, before the files of a policy are put together.
struct PolicyFragment {
    var path: String
    var clients: [ClientPolicy] = []
    var integrations: [IntegrationPolicy] = []
    var deployers: [DeployerPolicy] = []
    /// One entry per `rules` block, in source order.
    var rules: [PolicyRules] = []
    var diagnostics: [Diagnostic] = []
}

/// Reads the `client`, `integration`, `deployer` and `rules` blocks of one parsed policy file into
/// typed values,
/// validating names, types and the syntax of addresses, calls, patterns and grant types.
struct PolicyFileReader {
    static let fileShape = BodyShape(
        name: "a policy file", attributes: [], blocks: ["client", "deployer", "integration", "rules"])
    static let clientShape = BodyShape(
        name: "a client block", attributes: ["calls", "derived_calls", "name", "user_roles"], blocks: [])
    static let integrationShape = BodyShape(
        name: "an integration block", attributes: ["client_permissions", "client_roles"], blocks: [])
    static let deployerShape = BodyShape(name: "a deployer block", attributes: ["permissions", "roles"], blocks: [])
    static let rulesShape = BodyShape(
        name: "a rules block",
        attributes: ["allowed_grant_types", "deny_scopes", "max_token_validity_seconds", "require_description"],
        blocks: [])
    static let clientType = "genesyscloud_oauth_client"
    static let roleType = "genesyscloud_auth_role"

    var literals = LiteralReader(subject: "Policy")
    var diagnostics: [Diagnostic] = []

    /// The fragment `file` declares, with its parse diagnostics first.
    static func read(_ file: HCLFile) -> PolicyFragment {
        var reader = PolicyFileReader()
        var fragment = PolicyFragment(path: file.path)
        reader.diagnostics = fileShape.unknownItems(in: file.body)
        for block in file.body.blocks {
            switch block.type {
            case "client": if let client = reader.client(block) { fragment.clients.append(client) }
            case "integration":
                if let integration = reader.integration(block) { fragment.integrations.append(integration) }
            case "deployer": if let deployer = reader.deployer(block) { fragment.deployers.append(deployer) }
            case "rules": fragment.rules.append(reader.rules(block))
            default: break
            }
        }
        fragment.diagnostics = file.diagnostics + (reader.diagnostics + reader.literals.diagnostics).inSourceOrder()
        return fragment
    }

    /// A warning at each entry that repeats an earlier one.
    mutating func warnAboutRepeats(in entries: [Located<String>], of attributeName: String) {
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
