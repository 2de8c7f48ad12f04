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
        lines.append("\(clients.count) OAuth client(s), \(roles.count) role(s)")
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
