import Core
import Foundation
import Syntax

/// What `OverlayParser` read from an overlay file: the overlays, and every problem met (HCL
/// syntax errors, and overlay errors such as unknown arguments or values that are not literals).
public struct OverlayParseResult: Sendable {
    public var overlays: [SpecOverlay]
    public var diagnostics: [Diagnostic]
    /// The text read; nil when the file could not be read.
    public var source: SourceFile?

    public init(overlays: [SpecOverlay], diagnostics: [Diagnostic], source: SourceFile? = nil) {
        self.overlays = overlays
        self.diagnostics = diagnostics
        self.source = source
    }
}

/// Reads spec overlay files (HCL, see `SpecOverlay`): parses them with `HCLParser`, then walks
/// the syntax tree. Errors never stop the walk: each yields a diagnostic with its range, and the
/// rest of the file is still read.
public enum OverlayParser {
    /// Reads the overlay file at `path`; a file that cannot be read yields one error.
    public static func load(path: String) -> OverlayParseResult {
        switch InputFile.read(path) {
        case .success(let bytes): return parse(bytes: bytes, path: path)
        case .failure(let problem):
            return OverlayParseResult(
                overlays: [],
                diagnostics: [
                    .error(
                        "Cannot read the spec overlay",
                        detail: problem.isMissing ? "No readable file at \(path)." : "\(path) \(problem).",
                        at: .wholeFile(path))
                ])
        }
    }

    /// Reads overlay HCL held in memory; `path` names it in ranges.
    public static func parse(bytes: [UInt8], path: String) -> OverlayParseResult {
        let file = HCLParser.parseFile(bytes: bytes, path: path)
        var reader = OverlayBodyReader(diagnostics: file.diagnostics)
        let overlays = reader.readFile(file.body)
        return OverlayParseResult(
            overlays: overlays, diagnostics: inSourceOrder(reader.diagnostics), source: file.source)
    }
}

/// Diagnostics by position; those at the same place keep the order they were found in.
private func inSourceOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { lhs, rhs in
        let left = lhs.element.range?.start.byte ?? 0
        let right = rhs.element.range?.start.byte ?? 0
        return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
}

/// The walk over an overlay file's syntax tree, collecting diagnostics.
private struct OverlayBodyReader {
    var diagnostics: [Diagnostic]

    mutating func readFile(_ body: Body) -> [SpecOverlay] {
        for attribute in body.attributes {
            diagnostics.append(
                .error(
                    "Unexpected argument",
                    detail: "An overlay file holds only overlay blocks: overlay \"<name>\" { ... }.",
                    at: attribute.nameRange))
        }
        var overlays: [SpecOverlay] = []
        var names: [String: SourceRange] = [:]
        for block in body.blocks {
            guard expectType(of: block, among: ["overlay"]), let label = singleLabel(of: block, placeholder: "name")
            else { continue }
            if let first = names[label.value] {
                diagnostics.append(
                    .error(
                        "Duplicate overlay",
                        detail: "An overlay named \"\(label.value)\" is already defined at \(first.description).",
                        at: label.range))
                continue
            }
            names[label.value] = label.range
            overlays.append(readOverlay(block, name: label))
        }
        return overlays
    }

    private mutating func readOverlay(_ block: Block, name: BlockLabel) -> SpecOverlay {
        var overlay = SpecOverlay(name: name.value, nameRange: name.range, range: block.range)
        for attribute in block.body.attributes {
            guard expectName(of: attribute, among: ["host"], in: "an overlay block") else { continue }
            guard let host = OverlayLiteral.string(attribute, diagnostics: &diagnostics) else { continue }
            guard let normalized = HostName.normalized(host) else {
                diagnostics.append(
                    .error(
                        "Invalid host", detail: "Expected a host name such as \"api.example.com\", found \"\(host)\".",
                        at: attribute.expression.range))
                continue
            }
            overlay.host = OverlayString(normalized, range: attribute.expression.range)
        }
        var endpoints: [String: SourceRange] = [:]
        var scopes: [String: SourceRange] = [:]
        for nested in block.body.blocks {
            guard expectType(of: nested, among: ["endpoint", "scope"]) else { continue }
            if nested.type == "scope" {
                guard let label = singleLabel(of: nested, placeholder: "name") else { continue }
                guard isFirst(label, in: &scopes, what: "scope") else { continue }
                overlay.scopes.append(readScope(nested, name: label))
            } else {
                guard let label = singleLabel(of: nested, placeholder: "METHOD /path"),
                    let (method, path) = endpointLabel(label)
                else { continue }
                let key = BlockLabel(value: "\(method) \(path)", range: label.range)
                guard isFirst(key, in: &endpoints, what: "endpoint") else { continue }
                overlay.endpoints.append(readEndpoint(nested, method: method, path: path, label: label))
            }
        }
        return overlay
    }

    private mutating func readScope(_ block: Block, name: BlockLabel) -> ScopeDeclaration {
        var scope = ScopeDeclaration(name: name.value, nameRange: name.range, range: block.range)
        rejectNestedBlocks(in: block, described: "a scope block")
        for attribute in block.body.attributes {
            guard expectName(of: attribute, among: ["description", "note"], in: "a scope block") else { continue }
            let text = OverlayLiteral.string(attribute, diagnostics: &diagnostics)
            if attribute.name == "description" { scope.description = text } else { scope.note = text }
        }
        return scope
    }

    /// The argument names of an endpoint block.
    private static let endpointArguments = [
        "add", "scopes", "add_scopes", "require_all", "permissions", "add_permissions", "permissions_type",
        "operation_id", "summary", "deprecated", "note",
    ]

    private mutating func readEndpoint(_ block: Block, method: String, path: String, label: BlockLabel)
        -> EndpointOverride
    {
        var endpoint = EndpointOverride(method: method, path: path, labelRange: label.range, range: block.range)
        rejectNestedBlocks(in: block, described: "an endpoint block")
        var seen: [String: Attribute] = [:]
        for attribute in block.body.attributes {
            guard expectName(of: attribute, among: Self.endpointArguments, in: "an endpoint block") else { continue }
            seen[attribute.name] = attribute
            switch attribute.name {
            case "add": endpoint.adds = OverlayLiteral.bool(attribute, diagnostics: &diagnostics) ?? false
            case "require_all": endpoint.requireAll = OverlayLiteral.bool(attribute, diagnostics: &diagnostics) ?? false
            case "deprecated": endpoint.deprecated = OverlayLiteral.bool(attribute, diagnostics: &diagnostics)
            case "summary": endpoint.summary = OverlayLiteral.string(attribute, diagnostics: &diagnostics)
            case "note": endpoint.note = OverlayLiteral.string(attribute, diagnostics: &diagnostics)
            case "operation_id": endpoint.operationId = OverlayLiteral.string(attribute, diagnostics: &diagnostics)
            case "permissions_type": endpoint.permissionType = permissionType(attribute)
            case "scopes", "add_scopes":
                guard let scopes = OverlayLiteral.strings(attribute, diagnostics: &diagnostics),
                    !conflicts(attribute, with: attribute.name == "scopes" ? "add_scopes" : "scopes", in: seen)
                else { continue }
                endpoint.scopeEdit = attribute.name == "scopes" ? .replace(scopes) : .add(scopes)
            default:  // permissions, add_permissions
                guard let permissions = OverlayLiteral.strings(attribute, diagnostics: &diagnostics),
                    !conflicts(
                        attribute, with: attribute.name == "permissions" ? "add_permissions" : "permissions", in: seen)
                else { continue }
                let values = permissions.map(\.value)
                endpoint.permissionEdit = attribute.name == "permissions" ? .replace(values) : .add(values)
            }
        }
        if let requireAll = seen["require_all"], seen["scopes"] == nil, seen["add_scopes"] == nil {
            diagnostics.append(
                .error(
                    "require_all without scopes",
                    detail:
                        "require_all tells whether the listed scopes are needed together; list them with scopes or add_scopes.",
                    at: requireAll.nameRange))
        }
        return endpoint
    }

    /// `"ANY"` or `"ALL"`, in any case.
    private mutating func permissionType(_ attribute: Attribute) -> PermissionRequirement.MatchType? {
        guard let text = OverlayLiteral.string(attribute, diagnostics: &diagnostics) else { return nil }
        if let type = PermissionRequirement.MatchType(rawValue: text.uppercased()) { return type }
        diagnostics.append(
            .error(
                "Invalid value for \"permissions_type\"", detail: "Expected \"ANY\" or \"ALL\", found \"\(text)\".",
                at: attribute.expression.range))
        return nil
    }

    /// Whether `attribute` conflicts with the attribute `other` met before it (then an error).
    private mutating func conflicts(_ attribute: Attribute, with other: String, in seen: [String: Attribute]) -> Bool {
        guard let earlier = seen[other] else { return false }
        let (replacing, adding) = attribute.name.hasPrefix("add_") ? (other, attribute.name) : (attribute.name, other)
        diagnostics.append(
            .error(
                "Conflicting arguments",
                detail:
                    "\"\(replacing)\" replaces the list and \"\(adding)\" extends it; \"\(other)\" is already set at \(earlier.nameRange.description). Use one of them.",
                at: attribute.nameRange))
        return true
    }

    /// `METHOD /path` of an endpoint label, or nil with an error.
    private mutating func endpointLabel(_ label: BlockLabel) -> (String, String)? {
        let words = label.value.split(whereSeparator: \.isWhitespace)
        guard words.count == 2, words[1].hasPrefix("/") else {
            diagnostics.append(
                .error(
                    "Invalid endpoint",
                    detail:
                        "Write the endpoint as \"METHOD /path\", e.g. \"GET /api/v2/users/{userId}\"; found \"\(label.value)\".",
                    at: label.range))
            return nil
        }
        let method = words[0].uppercased()
        guard OperationReference.methods.contains(method) else {
            diagnostics.append(
                .error(
                    "Invalid endpoint",
                    detail:
                        "Unknown HTTP method \"\(words[0])\"; expected one of \(OperationReference.methods.sorted().joined(separator: ", ")).",
                    at: label.range))
            return nil
        }
        return (method, String(words[1]))
    }

    // MARK: - Shape checks

    /// Whether the block's type is one of `types`; otherwise an error with the closest one.
    private mutating func expectType(of block: Block, among types: [String]) -> Bool {
        if types.contains(block.type) { return true }
        diagnostics.append(
            .error(
                "Unsupported block type",
                detail: "Blocks of type \"\(block.type)\" are not expected here."
                    + Self.didYouMean(block.type, among: types),
                at: block.typeRange))
        return false
    }

    /// Whether the attribute's name is one of `names`; otherwise an error with the closest one.
    private mutating func expectName(of attribute: Attribute, among names: [String], in place: String) -> Bool {
        if names.contains(attribute.name) { return true }
        diagnostics.append(
            .error(
                "Unsupported argument",
                detail: "An argument named \"\(attribute.name)\" is not expected in \(place)."
                    + Self.didYouMean(attribute.name, among: names),
                at: attribute.nameRange))
        return false
    }

    private mutating func rejectNestedBlocks(in block: Block, described place: String) {
        for nested in block.body.blocks {
            diagnostics.append(
                .error(
                    "Unsupported block type", detail: "Blocks of type \"\(nested.type)\" are not expected in \(place).",
                    at: nested.typeRange))
        }
    }

    /// The one label of a block, or nil with an error for a missing one; an error for extra ones.
    private mutating func singleLabel(of block: Block, placeholder: String) -> BlockLabel? {
        guard let label = block.labels.first, !label.value.isEmpty else {
            diagnostics.append(
                .error(
                    "Missing block label", detail: "Write \(block.type) \"<\(placeholder)>\" { ... }.",
                    at: block.labels.first?.range ?? block.typeRange))
            return nil
        }
        if block.labels.count > 1 {
            diagnostics.append(
                .error(
                    "Extra label", detail: "A block of type \(block.type) takes one label, \"\(label.value)\".",
                    at: block.labels[1].range))
        }
        return label
    }

    /// Whether `label` is the first of its value in `seen` (recording it); otherwise an error.
    private mutating func isFirst(_ label: BlockLabel, in seen: inout [String: SourceRange], what: String) -> Bool {
        if let first = seen[label.value] {
            diagnostics.append(
                .error(
                    "Duplicate \(what)",
                    detail:
                        "The \(what) \"\(label.value)\" is already changed at \(first.description) in this overlay.",
                    at: label.range))
            return false
        }
        seen[label.value] = label.range
        return true
    }

    /// ` Did you mean "x"?` for the name closest to `name` within a few edits, else empty.
    static func didYouMean(_ name: String, among names: [String]) -> String {
        let limit = max(2, name.count / 3)
        let ranked = names.compactMap { candidate in
            EditDistance.between(name.lowercased(), candidate, limit: limit).map { ($0, candidate) }
        }
        guard let best = ranked.min(by: { $0 < $1 }) else { return "" }
        return " Did you mean \"\(best.1)\"?"
    }
}
