import Core
import Terraform

extension Inventory {
    /// The listing printed by `scopecheck inventory` (text format).
    public var text: String {
        var lines: [String] = []
        for client in clients {
            lines.append(heading(client.instance))
            lines += rows(clientAttributes(client))
        }
        for role in roles {
            lines.append(heading(role.instance))
            lines += rows(roleAttributes(role))
        }
        for integration in integrations {
            let place = integration.file.map { "  (\($0):\(integration.line ?? 1))" } ?? "  (not in the configuration)"
            lines.append(integration.integration + place)
            var rows: [(String, JSONOutput)] = []
            if let type = integration.type { rows.append(("type", .string(type))) }
            if let credential = integration.credential { rows.append(("credential", .string(credential))) }
            switch integration.client {
            case .success(let client): rows.append(("client", .string(client)))
            case .failure(let problem): rows.append(("client", .fields([("unknown", .string(problem.reason))])))
            }
            for action in integration.actions {
                switch action.request {
                case .success(let request): rows.append((action.address, .string(request)))
                case .failure(let problem):
                    rows.append((action.address, .fields([("unknown", .string(problem.reason))])))
                }
            }
            lines += self.rows(rows)
        }
        let integrationCount = integrations.isEmpty ? "" : ", \(integrations.count) integration(s) with data actions"
        lines.append("\(clients.count) OAuth client(s), \(roles.count) role(s)\(integrationCount)")
        return redactor.redact(lines.joined(separator: "\n") + "\n")
    }

    private func heading(_ instance: ResourceInstance) -> String {
        let prefix = instance.mode == .data && !instance.address.hasPrefix("data.") ? "data." : ""
        return "\(prefix)\(instance.address)  (\(instance.file):\(instance.range.start.line))"
    }

    private func rows(_ attributes: [(String, JSONOutput)]) -> [String] {
        let width = (attributes.map(\.0.count).max() ?? 0) + 2
        return attributes.map { name, value in
            "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + Self.display(value)
        }
    }

    /// Compact text for a JSON value: strings bare, arrays comma-separated, objects inline.
    static func display(_ value: JSONOutput) -> String {
        switch value {
        case .string(let text): return text
        case .array(let items): return items.isEmpty ? "[]" : items.map(display).joined(separator: ", ")
        case .object(let pairs):
            if pairs.first?.0 == "unknown", case .string(let reason) = pairs[0].1 { return "(unknown: \(reason))" }
            return "{" + pairs.map { "\($0.0): \(display($0.1))" }.joined(separator: ", ") + "}"
        default: return value.rendered(pretty: false)
        }
    }
}
