import Core
import Syntax

/// One resource instance as a plan describes it: the values it will have, which of them are
/// known only after apply, and which are sensitive.
struct PlanInstanceEntry: Sendable {
    var address: ResourceAddress
    /// The range of the `"address"` string, where findings point without the configuration.
    var addressRange: SourceRange
    /// The values object (`change.after`, or `values` of `planned_values`).
    var values: JSONNode?
    /// The `after_unknown` mirror: `true` where a value is known only after apply.
    var unknown: JSONNode?
    /// The `after_sensitive` / `sensitive_values` mirror: `true` where a value is sensitive.
    var sensitive: JSONNode?
}

/// The parts of a plan JSON (`terraform show -json PLANFILE`, format 1.x) that scopecheck reads:
/// every resource instance from `planned_values` (all modules) merged with its entry in
/// `resource_changes`, the `configuration` tree, the root variables and outputs.
struct PlanDocument: Sendable {
    var path: String
    var instances: [PlanInstanceEntry]
    var configuration: PlanConfigModule
    /// The `variables` object: `{"name": {"value": ...}}`.
    var variables: JSONNode?
    /// The `planned_values.outputs` object.
    var outputs: JSONNode?
    var diagnostics: [Diagnostic]

    /// Reads a plan; problems become diagnostics with ranges in the plan file. The document is
    /// nil when nothing can be read from it (malformed JSON, another format or major version).
    static func read(bytes: [UInt8], path: String) -> (PlanDocument?, [Diagnostic]) {
        let document = JSONDocument.parse(bytes: bytes, path: path)
        guard let root = document.root else { return (nil, document.diagnostics) }
        guard root.objectMembers != nil else {
            return (
                nil,
                [
                    .error(
                        "Not a Terraform plan", detail: "expected a JSON object, found \(root.kindName)", at: root.range
                    )
                ]
            )
        }
        guard let version = root["format_version"] else {
            return (nil, [.error("Not a Terraform plan", detail: "no format_version; \(howToMake)", at: root.range)])
        }
        guard let text = version.stringValue, text.split(separator: ".").first == "1" else {
            let found = version.stringValue.map { "\"\($0)\"" } ?? version.kindName
            return (
                nil,
                [
                    .error(
                        "Unsupported plan format", detail: "format_version \(found); scopecheck reads 1.x",
                        at: version.range)
                ]
            )
        }
        guard root["planned_values"] != nil || root["resource_changes"] != nil else {
            let detail =
                root["values"] != nil
                ? "this is state JSON, not a plan; \(howToMake)" : "no planned_values; \(howToMake)"
            return (nil, [.error("Not a Terraform plan", detail: detail, at: root.range)])
        }
        var reader = EntryReader(path: path)
        reader.readModule(root["planned_values"]?["root_module"], depth: 0)
        reader.readChanges(root["resource_changes"])
        let plan = PlanDocument(
            path: path, instances: reader.entries(),
            configuration: PlanConfigModule(root["configuration"]?["root_module"]),
            variables: root["variables"], outputs: root["planned_values"]?["outputs"], diagnostics: reader.diagnostics)
        return (plan, reader.diagnostics)
    }

    static let howToMake = "write it with terraform show -json PLANFILE > plan.json"
}

/// Collects instance entries from `planned_values` and `resource_changes`.
private struct EntryReader {
    let path: String
    var planned: [String: PlanInstanceEntry] = [:]
    var order: [String] = []
    var deleted: Set<String> = []
    var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    mutating func readModule(_ module: JSONNode?, depth: Int) {
        guard let module else { return }
        for resource in module["resources"]?.arrayValue ?? [] {
            guard let (address, range) = address(of: resource) else { continue }
            add(
                PlanInstanceEntry(
                    address: address, addressRange: range, values: resource["values"], unknown: nil,
                    sensitive: resource["sensitive_values"]))
        }
        let children = module["child_modules"]?.arrayValue ?? []
        guard depth < PlanConfigModule.maximumDepth else {
            if let first = children.first {
                diagnostics.append(
                    .error(
                        "Module nesting too deep",
                        detail: "modules nested more than \(PlanConfigModule.maximumDepth) deep are not read",
                        at: first.range))
            }
            return
        }
        for child in children { readModule(child, depth: depth + 1) }
    }

    mutating func readChanges(_ changes: JSONNode?) {
        for change in changes?.arrayValue ?? [] where change["deposed"] == nil {
            guard let (address, range) = address(of: change), let body = change["change"] else { continue }
            let actions = body["actions"]?.arrayValue?.compactMap(\.stringValue) ?? []
            if actions == ["delete"] {
                deleted.insert(address.address)
                continue
            }
            let existing = planned[address.address]
            add(
                PlanInstanceEntry(
                    address: address, addressRange: existing?.addressRange ?? range,
                    values: body["after"] ?? existing?.values, unknown: body["after_unknown"],
                    sensitive: body["after_sensitive"] ?? existing?.sensitive))
        }
    }

    /// The entries in first-seen order, without the instances the plan deletes.
    func entries() -> [PlanInstanceEntry] {
        order.filter { !deleted.contains($0) }.compactMap { planned[$0] }
    }

    private mutating func add(_ entry: PlanInstanceEntry) {
        if planned[entry.address.address] == nil { order.append(entry.address.address) }
        planned[entry.address.address] = entry
    }

    private mutating func address(of node: JSONNode) -> (ResourceAddress, SourceRange)? {
        guard let text = node["address"] else {
            diagnostics.append(.warning("Plan resource without an address", detail: "it is skipped", at: node.range))
            return nil
        }
        guard let value = text.stringValue, case .success(let address) = ResourceAddress.parse(value) else {
            diagnostics.append(
                .warning(
                    "Unreadable resource address",
                    detail:
                        "\(text.stringValue.map { "\"\($0)\"" } ?? text.kindName) is not a resource instance address; it is skipped",
                    at: text.range))
            return nil
        }
        return (address, text.range)
    }
}
