import Core

/// "Did you mean" for operations.
extension OperationIndex {
    /// The most suggestions returned.
    static let suggestionLimit = 5

    /// The operations closest to a request for `method` (nil: any) on `target`, best first:
    /// - the other operations of the template `target` matches (right path, wrong method);
    /// - then operations of templates close to the path: those of `method` first, then the ones
    ///   sharing the longest run of leading segments with the path, then those sharing the most
    ///   words with the rest of the path (`queue` ~ `queues`, `report` ~ `reporting`), then the
    ///   closest. Closeness
    ///   is an edit distance over segments, where inserting or deleting a segment costs 1 and
    ///   replacing one costs its normalised character edit distance (0..1; a concrete value in
    ///   a parameter's place costs a little). Templates further than half the path's segment
    ///   count are not suggested, nor, for another method, further than a third.
    func suggestions(method: String?, target: String) -> [APIOperation] {
        let path = RequestTarget.path(of: target) ?? target
        var suggested = bestTemplate(for: path).map { templates[$0].operations } ?? []
        let request = PathTemplate.split(path)
        let sameMethodLimit = max(1.0, Double(request.count) / 2)
        let otherMethodLimit = max(1.0, Double(request.count) / 3)
        var segmentCosts = SegmentCosts(request)
        var ranked: [(otherMethod: Bool, sharedPrefix: Int, sharedWords: Int, cost: Double, index: Int)] = []
        for template in templates where abs(template.pattern.segments.count - request.count) <= Int(sameMethodLimit) {
            let cost = segmentCosts.distance(to: template.pattern)
            guard cost <= sameMethodLimit else { continue }
            let sharedPrefix = zip(template.pattern.segments, request).prefix { $0.matches($1) }.count
            let sharedWords = Self.sharedWords(
                request.dropFirst(sharedPrefix), template.pattern.segments.dropFirst(sharedPrefix))
            for index in template.operations where !suggested.contains(index) {
                let otherMethod = method.map { spec.operations[index].method != $0 } ?? false
                guard !otherMethod || cost <= otherMethodLimit else { continue }
                ranked.append((otherMethod, sharedPrefix, sharedWords, cost, index))
            }
        }
        ranked.sort {
            ($0.otherMethod ? 1 : 0, -$0.sharedPrefix, -$0.sharedWords, $0.cost, $0.index) < (
                $1.otherMethod ? 1 : 0, -$1.sharedPrefix, -$1.sharedWords, $1.cost, $1.index
            )
        }
        suggested += ranked.map(\.index)
        return suggested.prefix(Self.suggestionLimit).map { spec.operations[$0] }
    }

    /// How many request segments of four letters or more share a stem with a literal segment of
    /// the template, anywhere: one starts with the other (`queue` and `queues`).
    static func sharedWords(_ request: ArraySlice<Substring>, _ template: ArraySlice<PathTemplate.Segment>) -> Int {
        let literals = template.compactMap { segment -> String? in
            if case .literal(let literal) = segment { return literal.lowercased() }
            return nil
        }
        return request.count { segment in
            let word = segment.lowercased()
            return word.count >= 4 && literals.contains { $0.count >= 4 && ($0.hasPrefix(word) || word.hasPrefix($0)) }
        }
    }

    /// The operations whose operationId (or SDK method name) is closest to `name` by edit distance,
    /// ignoring case, `_` and `-`; at most about a third of the name may differ.
    func suggestions(name: String) -> [APIOperation] {
        let query = Array(Self.normalizedName(name).utf8)
        let limit = max(3, query.count / 3)
        var ranked: [(distance: Int, index: Int)] = []
        for (index, operation) in spec.operations.enumerated() {
            let names = [operation.operationId, operation.sdkMethodName].compactMap { $0 }
            let distances = names.compactMap {
                EditDistance.between(query, Array(Self.normalizedName($0).utf8), limit: limit)
            }
            if let distance = distances.min() { ranked.append((distance, index)) }
        }
        ranked.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        return ranked.prefix(Self.suggestionLimit).map { spec.operations[$0.index] }
    }
}

/// The segment-wise distance between a request path and templates, remembering the distance
/// between each request segment and each literal it has been compared with.
private struct SegmentCosts {
    private let request: [[UInt8]]
    private var literalCosts: [[String: Double]]

    init(_ request: [Substring]) {
        self.request = request.map { Array($0.lowercased().utf8) }
        literalCosts = Array(repeating: [:], count: request.count)
    }

    /// Levenshtein over segments: inserting or deleting a segment costs 1, replacing one costs
    /// `cost(of:for:)`.
    mutating func distance(to template: PathTemplate) -> Double {
        let segments = template.segments
        var previous = (0...segments.count).map(Double.init)
        for row in request.indices {
            var current = [Double(row + 1)]
            for (column, segment) in segments.enumerated() {
                current.append(
                    min(
                        previous[column] + cost(of: segment, for: row), previous[column + 1] + 1,
                        current[column] + 1))
            }
            previous = current
        }
        return previous[segments.count]
    }

    /// What a concrete value costs in a parameter's place: a little, so that templates matching
    /// by literals rank before templates matching by parameters.
    private static let parameterCost = 0.25

    /// 0 for an equal literal or a parameter in the request (`{id}`), `parameterCost` for a
    /// concrete value in a parameter's place; for two different literals, their edit distance
    /// over the longer length; 1 when nothing fits.
    private mutating func cost(of segment: PathTemplate.Segment, for row: Int) -> Double {
        let value = request[row]
        switch segment {
        case .parameter(let prefix, let suffix):
            if value.first == UInt8(ascii: "{") { return 0 }
            let fits =
                value.count > prefix.utf8.count + suffix.utf8.count && value.starts(with: prefix.utf8)
                && value.reversed().starts(with: suffix.utf8.reversed())
            return fits ? Self.parameterCost : 1
        case .literal(let literal):
            if let known = literalCosts[row][literal] { return known }
            let other = Array(literal.lowercased().utf8)
            let cost =
                value.first == UInt8(ascii: "{")
                ? 1 : Double(EditDistance.between(value, other) ?? 0) / Double(max(value.count, other.count, 1))
            literalCosts[row][literal] = cost
            return cost
        }
    }
}
