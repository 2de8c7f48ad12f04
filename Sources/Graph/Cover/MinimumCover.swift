/// An exact minimum cover: choose the fewest items so that every requirement has at least one
/// alternative whose items are all chosen. Ties on the count are broken by a secondary cost
/// (`MinimumCover.Ranking.secondary`), then by the sorted item list, lexicographically.
///
/// The search is a branch and bound over the alternatives of the requirement with the fewest
/// alternatives still uncovered, after three reductions that keep every optimum: alternatives
/// that contain another alternative of the same requirement are dropped, requirements that
/// another requirement implies are dropped, and the requirements are split into independent
/// components (requirements linked through items with the same `Ranking.component` key) that
/// are solved one by one. A node budget keeps adversarial input from running for long: when it
/// is exhausted, the best cover found so far is returned with `isProvenMinimal` false.
public enum MinimumCover {
    /// How covers of the same size are ranked, and which items interact in that ranking.
    public struct Ranking: Sendable {
        /// The second criterion, lower is better (e.g. the number of write scopes).
        public var secondary: @Sendable ([String]) -> Int
        /// Items with the same key are solved together, because `secondary` does not add up over
        /// them separately (e.g. permissions of one `domain:entity`). Identity by default.
        public var component: @Sendable (String) -> String

        public init(
            secondary: @escaping @Sendable ([String]) -> Int = { _ in 0 },
            component: @escaping @Sendable (String) -> String = { $0 }
        ) {
            self.secondary = secondary
            self.component = component
        }
    }

    /// A chosen cover.
    public struct Solution: Equatable, Sendable {
        /// The items chosen, sorted; items held already (`free`) are not included.
        public var items: [String]
        /// False when the search budget ran out before the optimum was proven.
        public var isProvenMinimal: Bool
    }

    /// The default number of search nodes per component.
    public static let defaultBudget = 200_000

    /// The best cover of `requirements`, each a list of alternatives (sets of items that must all
    /// be chosen). Items in `free` are held already and cost nothing. Returns nil when some
    /// requirement has no alternative at all.
    public static func solve(
        _ requirements: [[[String]]], free: Set<String> = [], ranking: Ranking = Ranking(),
        budget: Int = defaultBudget
    ) -> Solution? {
        var reduced: [[Set<String>]] = []
        for requirement in requirements {
            guard !requirement.isEmpty else { return nil }
            let alternatives = minimalAlternatives(requirement.map { Set($0).subtracting(free) })
            if alternatives.contains(where: \.isEmpty) { continue }
            reduced.append(alternatives)
        }
        reduced = withoutImpliedRequirements(reduced)
        var items: [String] = []
        var proven = true
        for component in components(reduced, key: ranking.component) {
            var search = Search(requirements: component, ranking: ranking, budget: budget)
            search.run()
            items += search.best
            proven = proven && !search.exhausted
        }
        return Solution(items: items.sorted(), isProvenMinimal: proven)
    }

    /// The alternatives without repeats and without those containing another alternative, in a
    /// deterministic order (smaller first, then by their sorted items).
    static func minimalAlternatives(_ alternatives: [Set<String>]) -> [Set<String>] {
        let ordered = Set(alternatives).sorted(by: precedes)
        return ordered.enumerated().filter { index, alternative in
            !ordered[..<index].contains { $0.isSubset(of: alternative) }
        }.map(\.element)
    }

    /// Drops every requirement that another one implies: when each alternative of B contains an
    /// alternative of A, any cover of B covers A. Of equal requirements the first is kept.
    static func withoutImpliedRequirements(_ requirements: [[Set<String>]]) -> [[Set<String>]] {
        var unique: [[Set<String>]] = []
        var seen = Set<Set<Set<String>>>()
        for requirement in requirements where seen.insert(Set(requirement)).inserted {
            unique.append(requirement)
        }
        return unique.enumerated().filter { index, implied in
            !unique.enumerated().contains { other, stronger in
                other != index
                    && stronger.allSatisfy { alternative in implied.contains { $0.isSubset(of: alternative) } }
            }
        }.map(\.element)
    }

    /// The requirements grouped into independent components, in order of their first requirement.
    static func components(_ requirements: [[Set<String>]], key: (String) -> String) -> [[[Set<String>]]] {
        var parent = Array(requirements.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var owner: [String: Int] = [:]
        for (index, requirement) in requirements.enumerated() {
            for item in requirement.joined() {
                let itemKey = key(item)
                if let other = owner[itemKey] {
                    parent[root(index)] = root(other)
                } else {
                    owner[itemKey] = index
                }
            }
        }
        var groups: [Int: [[Set<String>]]] = [:]
        var order: [Int] = []
        for (index, requirement) in requirements.enumerated() {
            let group = root(index)
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(requirement)
        }
        return order.compactMap { groups[$0] }
    }

    /// Smaller sets first, then by their sorted items.
    static func precedes(_ lhs: Set<String>, _ rhs: Set<String>) -> Bool {
        lhs.count != rhs.count ? lhs.count < rhs.count : lhs.sorted().lexicographicallyPrecedes(rhs.sorted())
    }
}
