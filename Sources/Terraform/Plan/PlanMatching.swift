import Syntax

/// Pairs what the plan says with what the configuration says about the same object: nested
/// blocks (sets in the plan, in provider order; blocks in the source, in source order) and list
/// elements (sorted in the plan when the attribute is a set).
enum PlanMatching {
    /// Whether two values can describe the same thing: equal where both are known; an unknown
    /// matches anything, except that two unknowns pointing at different objects do not.
    static func consistent(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.unknown(let left), .unknown(let right)):
            return left.refersTo == nil || right.refersTo == nil || left.refersTo == right.refersTo
        case (.unknown(let unknown), .string), (.string, .unknown(let unknown)):
            return unknown.refersTo == nil || unknown.attribute != "id"
        case (.unknown, _), (_, .unknown):
            return true
        case (.list(let left), .list(let right)):
            return align(left, to: right) != nil
        default:
            return lhs == rhs
        }
    }

    /// Whether every attribute both sides have is consistent.
    static func consistent(_ lhs: [String: Value], _ rhs: [String: Value]) -> Bool {
        lhs.allSatisfy { name, value in rhs[name].map { consistent(value, $0) } ?? true }
    }

    /// For each of `items`, the index of the candidate it pairs with: the first unused candidate
    /// consistent with it, else the first unused candidate, else none.
    static func pair<Item, Candidate>(
        _ items: [Item], with candidates: [Candidate], consistent: (Item, Candidate) -> Bool
    ) -> [Int?] {
        var used = Set<Int>()
        return items.map { item in
            let free = candidates.indices.filter { !used.contains($0) }
            guard let chosen = free.first(where: { consistent(item, candidates[$0]) }) ?? free.first else { return nil }
            used.insert(chosen)
            return chosen
        }
    }

    /// `values` in the order of `reference` when they hold the same elements: each known element
    /// of `reference` takes its equal from `values`, unknown ones take the rest in order. Nil when
    /// the counts differ or a known element has no equal.
    static func align(_ values: [Value], to reference: [Value]) -> [Value]? {
        guard values.count == reference.count else { return nil }
        var pool = values
        var aligned = [Value?](repeating: nil, count: reference.count)
        for (index, element) in reference.enumerated() {
            if case .unknown = element { continue }
            guard let position = pool.firstIndex(of: element) else { return nil }
            aligned[index] = pool.remove(at: position)
        }
        for index in aligned.indices where aligned[index] == nil { aligned[index] = pool.removeFirst() }
        return aligned.map { $0 ?? .null }
    }
}
