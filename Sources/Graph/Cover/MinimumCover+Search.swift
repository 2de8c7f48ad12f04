extension MinimumCover {
    /// The branch and bound over one component: every cover reached is compared with the best so
    /// far by (count, secondary cost, sorted items); a branch stops as soon as it cannot end with
    /// fewer items than the best (ties are explored, so the tie-breaks are exact).
    struct Search {
        let requirements: [[Set<String>]]
        let ranking: Ranking
        var remainingBudget: Int
        /// The best cover found, sorted.
        private(set) var best: [String]
        private var bestSecondary: Int
        /// Whether the budget ran out.
        private(set) var exhausted = false

        init(requirements: [[Set<String>]], ranking: Ranking, budget: Int) {
            self.requirements = requirements
            self.ranking = ranking
            remainingBudget = budget
            best = Self.firstCover(requirements)
            bestSecondary = ranking.secondary(best)
        }

        /// A cover to start from: for each requirement in order, its first alternative unless
        /// the items chosen already satisfy it.
        private static func firstCover(_ requirements: [[Set<String>]]) -> [String] {
            var chosen = Set<String>()
            for requirement in requirements where !requirement.contains(where: { $0.isSubset(of: chosen) }) {
                chosen.formUnion(requirement[0])
            }
            return chosen.sorted()
        }

        mutating func run() {
            explore(chosen: [])
        }

        private mutating func explore(chosen: Set<String>) {
            guard remainingBudget > 0 else {
                exhausted = true
                return
            }
            remainingBudget -= 1
            guard let branching = mostConstrainedUncovered(chosen) else {
                consider(chosen)
                return
            }
            // Covering the requirement adds at least one item.
            guard chosen.count + 1 <= best.count else { return }
            for alternative in branching {
                let next = chosen.union(alternative)
                guard next.count <= best.count else { continue }
                explore(chosen: next)
            }
        }

        /// The uncovered requirement with the fewest alternatives not yet contradicted, its
        /// alternatives in order; nil when every requirement is covered.
        private func mostConstrainedUncovered(_ chosen: Set<String>) -> [Set<String>]? {
            var found: [Set<String>]?
            for requirement in requirements where !requirement.contains(where: { $0.isSubset(of: chosen) }) {
                if found == nil || requirement.count < found?.count ?? 0 { found = requirement }
            }
            return found
        }

        private mutating func consider(_ chosen: Set<String>) {
            let items = chosen.sorted()
            let secondary = ranking.secondary(items)
            let better =
                items.count != best.count
                ? items.count < best.count
                : secondary != bestSecondary ? secondary < bestSecondary : items.lexicographicallyPrecedes(best)
            if better {
                best = items
                bestSecondary = secondary
            }
        }
    }
}
