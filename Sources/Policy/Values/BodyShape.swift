import Core
import Syntax

/// The attributes and blocks a body of a policy or config file accepts, for reporting everything
/// else as unknown with a "did you mean" suggestion.
struct BodyShape {
    /// How messages name the body: `a client block`, `a policy file`.
    var name: String
    var attributes: [String]
    var blocks: [String]

    /// An error for each attribute and block of `body` the shape does not accept.
    func unknownItems(in body: Body) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for attribute in body.attributes where !attributes.contains(attribute.name) {
            diagnostics.append(unknown("attribute", attribute.name, at: attribute.nameRange, isBlock: false))
        }
        for block in body.blocks where !blocks.contains(block.type) {
            diagnostics.append(unknown("block", block.type, at: block.typeRange, isBlock: true))
        }
        return diagnostics.sorted { $0.range?.start.byte ?? 0 < $1.range?.start.byte ?? 0 }
    }

    private func unknown(_ kind: String, _ itemName: String, at range: SourceRange, isBlock: Bool) -> Diagnostic {
        if isBlock, attributes.contains(itemName) {
            return .error(
                "\"\(itemName)\" is an attribute, not a block",
                detail: "Write it as `\(itemName) = ...`.", at: range)
        }
        if !isBlock, blocks.contains(itemName) {
            return .error(
                "\"\(itemName)\" is a block, not an attribute",
                detail: "Write it as `\(itemName) { ... }`.", at: range)
        }
        var hint = ClosestName.hint(for: itemName, among: isBlock ? blocks : attributes)
        if hint.isEmpty, let other = ClosestName.to(itemName, among: isBlock ? attributes : blocks) {
            hint = "; did you mean the \(isBlock ? "attribute" : "block") \"\(other)\"?"
        }
        return .error("Unknown \(kind) \"\(itemName)\" in \(name)\(hint)", detail: accepted, at: range)
    }

    /// `A client block takes the attributes calls, name and user_roles.`
    private var accepted: String {
        var parts: [String] = []
        if !attributes.isEmpty { parts.append(Self.list("attribute", attributes)) }
        if !blocks.isEmpty { parts.append(Self.list("block", blocks)) }
        guard !parts.isEmpty else { return "\(name.prefix(1).uppercased())\(name.dropFirst()) takes nothing." }
        return "\(name.prefix(1).uppercased())\(name.dropFirst()) takes \(parts.joined(separator: " and "))."
    }

    /// `the attribute x` or `the attributes x, y and z`.
    private static func list(_ kind: String, _ names: [String]) -> String {
        let sorted = names.sorted()
        guard sorted.count > 1, let last = sorted.last else { return "the \(kind) \(sorted.first ?? "")" }
        return "the \(kind)s " + sorted.dropLast().joined(separator: ", ") + " and " + last
    }
}

extension Block {
    /// From the block type to its last label: where messages about the block as a whole point.
    var headerRange: SourceRange {
        labels.last.map { typeRange.union($0.range) } ?? typeRange
    }
}
