import Core

/// Lookups over a spec. Finds operations from the ways people name them: `METHOD /template`,
/// `METHOD /concrete/path` or URL, operationId, or SDK method name in any casing, and suggests
/// the nearest operations when nothing matches (`OperationIndex+Suggestions`); tells known
/// scopes and permissions, with `*` wildcards, and suggests real ones (`OperationIndex+Vocabulary`).
/// Build it once per spec: it indexes every operation and permission.
public struct OperationIndex: Sendable {
    /// The spec indexed.
    public let spec: APISpec
    /// The tables below are built on first use: one `explain` of an exact `METHOD /path` needs
    /// none of them (it is a binary search of the operations, which `APISpec` keeps in path, then
    /// method order), and building all of them costs more than loading a cached spec.
    private let names: LazyValue<NameTables>
    private let paths: LazyValue<PathTables>
    private let permissionTable: LazyValue<PermissionCatalogue>
    /// The segment counts of the templates with a literal segment that may not be all lowercase
    /// (a byte scan of the paths, without building the templates).
    private let segmentCountsWithUppercaseLiterals: LazyValue<Set<Int>>

    /// The distinct path templates, in path order, each with the indexes of its operations.
    var templates: [Template] { paths.wrappedValue.templates }
    /// The spec's permissions, for wildcard queries.
    var permissionCatalogue: PermissionCatalogue { permissionTable.wrappedValue }

    /// A path template and its operations.
    struct Template: Sendable {
        let path: String
        let pattern: PathTemplate
        let operations: [Int]
    }

    public init(_ spec: APISpec) {
        self.spec = spec
        self.names = LazyValue { NameTables(spec) }
        self.paths = LazyValue { PathTables(spec) }
        self.permissionTable = LazyValue { PermissionCatalogue(spec.permissions) }
        self.segmentCountsWithUppercaseLiterals = LazyValue { Self.segmentCountsWithUppercaseLiterals(spec) }
    }

    /// The operation a reference names: `METHOD path` (template, concrete path or URL), a bare
    /// path when a single operation lives there, an operationId, or an SDK method name in any
    /// casing (`post_analytics_conversations_details_query`, `PostAnalyticsConversationsDetailsQuery`).
    /// Otherwise the closest operations.
    public func resolve(_ reference: String) -> OperationLookup {
        switch OperationReference(reference) {
        case .request(let method, let target):
            if let operation = operation(method: method, path: target) { return .found(operation) }
            return .notFound(suggestions: suggestions(method: method, target: target))
        case .target(let target):
            let here = operations(atPath: target)
            if here.count == 1 { return .found(here[0]) }
            return .notFound(suggestions: here.isEmpty ? suggestions(method: nil, target: target) : here)
        case .name(let name):
            if let operation = operation(named: name) { return .found(operation) }
            return .notFound(suggestions: suggestions(name: name))
        }
    }

    /// The operation for `method` (any casing) on `path`: a template exactly as the spec writes it,
    /// or a concrete path or URL, which selects the matching template with the most literal
    /// segments (that template must then have the method).
    public func operation(method: String, path: String) -> APIOperation? {
        let method = method.uppercased()
        if let index = firstIndex(method: method, path: path) { return spec.operations[index] }
        return operations(atPath: path).first { $0.method == method }
    }

    /// The index of the first operation with exactly this method and path: a binary search in
    /// `APISpec`'s path, then method order (a stable order, so the first of duplicates).
    private func firstIndex(method: String, path: String) -> Int? {
        let operations = spec.operations
        var low = 0
        var high = operations.count
        while low < high {
            let middle = (low + high) / 2
            let candidate = (path: operations[middle].path, method: operations[middle].method)
            if candidate.path < path || (candidate.path == path && candidate.method < method) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        guard low < operations.count, operations[low].path == path, operations[low].method == method else { return nil }
        return low
    }

    /// The operations of the template that `path` (a template, concrete path or URL) matches best,
    /// in method order; empty when none matches.
    public func operations(atPath path: String) -> [APIOperation] {
        guard let template = bestTemplate(for: path) else { return [] }
        return templates[template].operations.map { spec.operations[$0] }
    }

    /// The operation with this operationId, or whose operationId or SDK method name equals `name`
    /// ignoring ASCII case, `_` and `-`.
    public func operation(named name: String) -> APIOperation? {
        let names = names.wrappedValue
        guard let index = names.byOperationId[name] ?? names.byName[Self.normalizedName(name)] else { return nil }
        return spec.operations[index]
    }

    /// The operation `method` on `path` names when the path's literal segments are compared with
    /// the spec's ignoring case, when that is another operation than exact matching finds
    /// (`/presences/purecloud` against `/presences/{sourceId}` and `/presences/PURECLOUD`).
    public func operationIgnoringCase(method: String, path: String) -> APIOperation? {
        // Case matters only where a literal segment, of the request or of a template as long,
        // has capitals: most requests and specs have none, and are answered without a search.
        guard let target = RequestTarget.path(of: path) else { return nil }
        let segments = PathTemplate.split(target)
        guard
            segmentCountsWithUppercaseLiterals.wrappedValue.contains(segments.count)
                || segments.contains(where: { !$0.hasPrefix("{") && $0.contains(where: \.isUppercase) })
        else { return nil }
        let method = method.uppercased()
        guard let template = bestTemplate(for: path, ignoringCase: true),
            let operation = templates[template].operations.map({ spec.operations[$0] }).first(where: {
                $0.method == method
            })
        else { return nil }
        return operation.reference == self.operation(method: method, path: path)?.reference ? nil : operation
    }

    /// The index into `templates` of the most specific template matching `target`; when none does
    /// and the spec has a `basePath`, the target is tried without it.
    func bestTemplate(for target: String, ignoringCase: Bool = false) -> Int? {
        guard let path = RequestTarget.path(of: target) else { return nil }
        if let match = bestTemplate(segments: PathTemplate.split(path), ignoringCase: ignoringCase) { return match }
        guard let basePath = spec.basePath.flatMap(RequestTarget.path(of:)), basePath != "/",
            path.hasPrefix(basePath + "/")
        else { return nil }
        return bestTemplate(
            segments: PathTemplate.split(String(path.dropFirst(basePath.count))), ignoringCase: ignoringCase)
    }

    private func bestTemplate(segments: [Substring], ignoringCase: Bool = false) -> Int? {
        let paths = paths.wrappedValue
        let templates = paths.templates
        var best: Int?
        for candidate in paths.templatesBySegmentCount[segments.count] ?? []
        where templates[candidate].pattern.matches(segments, ignoringCase: ignoringCase) {
            if let current = best, !templates[candidate].pattern.isMoreSpecific(than: templates[current].pattern) {
                continue
            }
            best = candidate
        }
        return best
    }

    /// The segment counts of the spec's paths that have a segment not starting with `{` with an
    /// ASCII capital or a non-ASCII byte in it: those whose case may matter.
    private static func segmentCountsWithUppercaseLiterals(_ spec: APISpec) -> Set<Int> {
        var counts: Set<Int> = []
        spec.operations.withUnsafeBufferPointer { operations in
            for index in operations.indices {
                var path = operations[index].path  // the path alone, not a copy of the operation
                let (segments, capital) = path.withUTF8(Self.literalCapitals)
                if capital { counts.insert(segments) }
            }
        }
        return counts
    }

    /// The number of segments of a path, and whether a segment not starting with `{` has an
    /// ASCII capital or a non-ASCII byte.
    private static func literalCapitals(_ path: UnsafeBufferPointer<UInt8>) -> (segments: Int, capital: Bool) {
        var segments = 0
        var capital = false
        var literal = false
        var atSegmentStart = true
        for byte in path {
            if byte == UInt8(ascii: "/") {
                atSegmentStart = true
                continue
            }
            if atSegmentStart {
                segments += 1
                literal = byte != UInt8(ascii: "{")
                atSegmentStart = false
            }
            if literal, byte >= 0x80 || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) { capital = true }
        }
        return (segments, capital)
    }

    /// `name` without `_` and `-`, ASCII letters lowercased: the form shared by every SDK's
    /// spelling of a method name.
    package static func normalizedName(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for byte in name.utf8 where byte != UInt8(ascii: "_") && byte != UInt8(ascii: "-") {
            bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// operationId and normalised name (see `OperationIndex.normalizedName(_:)`) → operation index.
private struct NameTables: Sendable {
    var byOperationId: [String: Int] = [:]
    var byName: [String: Int] = [:]

    init(_ spec: APISpec) {
        byOperationId.reserveCapacity(spec.operations.count)
        byName.reserveCapacity(spec.operations.count)
        for (index, operation) in spec.operations.enumerated() {
            if let operationId = operation.operationId {
                byOperationId[operationId] = byOperationId[operationId] ?? index
            }
            for name in Set([operation.operationId, operation.sdkMethodName].compactMap { $0 }) {
                let normalized = OperationIndex.normalizedName(name)
                byName[normalized] = byName[normalized] ?? index
            }
        }
    }
}

/// The path templates of a spec, for matching concrete paths.
private struct PathTables: Sendable {
    /// The distinct path templates, in path order, each with the indexes of its operations.
    var templates: [OperationIndex.Template] = []
    /// Segment count → indexes into `templates`.
    var templatesBySegmentCount: [Int: [Int]]

    init(_ spec: APISpec) {
        var operationsOfPath: [Int] = []
        for (index, operation) in spec.operations.enumerated() {
            operationsOfPath.append(index)
            if index + 1 == spec.operations.count || spec.operations[index + 1].path != operation.path {
                templates.append(
                    OperationIndex.Template(
                        path: operation.path, pattern: PathTemplate(operation.path), operations: operationsOfPath))
                operationsOfPath = []
            }
        }
        let templates = templates
        templatesBySegmentCount = Dictionary(grouping: templates.indices) { templates[$0].pattern.segments.count }
    }
}
