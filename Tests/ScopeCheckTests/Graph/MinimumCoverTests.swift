import Testing

@testable import Genesys
@testable import Graph

@Suite struct MinimumCoverTests {
    /// Each call accepts any one of its scopes.
    func anyOf(_ calls: [[String]]) -> [[[String]]] { calls.map { $0.map { [$0] } } }

    /// The classic greedy choice: take the scope covering the most calls still uncovered, ties
    /// alphabetically.
    func greedy(_ calls: [[String]]) -> [String] {
        var uncovered = calls
        var chosen: [String] = []
        while !uncovered.isEmpty {
            let scopes = Set(uncovered.joined()).sorted()
            let best = scopes.max { lhs, rhs in
                let left = uncovered.count { $0.contains(lhs) }
                let right = uncovered.count { $0.contains(rhs) }
                return left != right ? left < right : lhs > rhs
            }
            guard let best else { break }
            chosen.append(best)
            uncovered.removeAll { $0.contains(best) }
        }
        return chosen.sorted()
    }

    @Test func findsTheOptimumWhereGreedyDoesNot() throws {
        // "bait" covers 8 calls, "top" and "bottom" 6 each: greedy takes bait, then needs both
        // rows; the optimum is the two rows.
        var calls: [[String]] = []
        for _ in 1...4 { calls.append(["top", "bait"]) }
        calls += [["top", "left"], ["top", "right"]]
        for _ in 1...4 { calls.append(["bottom", "bait"]) }
        calls += [["bottom", "left"], ["bottom", "right"]]
        #expect(greedy(calls) == ["bait", "bottom", "top"])
        let solution = try #require(MinimumCover.solve(anyOf(calls)))
        #expect(solution == MinimumCover.Solution(items: ["bottom", "top"], isProvenMinimal: true))
    }

    @Test func prefersReadOnlyScopesThenTheAlphabet() throws {
        let readOnly = ScopeCover.ranking
        #expect(
            MinimumCover.solve(anyOf([["analytics", "analytics:readonly"]]), ranking: readOnly)?.items == [
                "analytics:readonly"
            ])
        // Two single scopes cover everything either way; the one with fewer write scopes wins.
        let calls = [
            ["routing", "users:readonly"], ["routing", "analytics:readonly"], ["users:readonly", "analytics:readonly"],
        ]
        #expect(MinimumCover.solve(anyOf(calls), ranking: readOnly)?.items == ["analytics:readonly", "users:readonly"])
        #expect(MinimumCover.solve(anyOf([["b", "a"], ["c", "d"]]))?.items == ["a", "c"])
    }

    @Test func anAlternativeOfSeveralScopesNeedsThemAll() throws {
        #expect(MinimumCover.solve([[["p", "q"], ["s"]]])?.items == ["s"])
        let requirements = [[["p", "q"], ["s"]], [["p"], ["t"]], [["q"], ["t"]]]
        #expect(MinimumCover.solve(requirements)?.items == ["p", "q"])
        #expect(MinimumCover.solve([[["p", "q"]]], free: ["p"])?.items == ["q"])
        #expect(MinimumCover.solve([[["p", "q"]], [["p"]]], free: ["p", "q"])?.items == [])
    }

    @Test func requirementsWithoutAlternativesCannotBeCovered() {
        #expect(MinimumCover.solve([[["a"]], []]) == nil)
        #expect(MinimumCover.solve([]) == MinimumCover.Solution(items: [], isProvenMinimal: true))
    }

    @Test func reductionsKeepTheOptimum() {
        let alternatives = MinimumCover.minimalAlternatives([["a", "b"], ["a"], ["c"], ["a"]])
        #expect(alternatives == [["a"], ["c"]])
        let requirements: [[Set<String>]] = [[["a"], ["b"]], [["a"]], [["c"]], [["a"], ["b"]]]
        #expect(MinimumCover.withoutImpliedRequirements(requirements) == [[["a"]], [["c"]]])
        let components = MinimumCover.components([[["a"], ["b"]], [["c"]], [["b"], ["d"]]], key: { $0 })
        #expect(components == [[[["a"], ["b"]], [["b"], ["d"]]], [[["c"]]]])
    }

    @Test func anExhaustedBudgetStillCovers() throws {
        let calls = (0..<12).map { ["s\($0)", "s\(($0 + 1) % 12)", "s\(($0 + 5) % 12)"] }
        let solution = try #require(MinimumCover.solve(anyOf(calls), budget: 1))
        #expect(!solution.isProvenMinimal)
        #expect(calls.allSatisfy { call in call.contains { solution.items.contains($0) } })
        let full = try #require(MinimumCover.solve(anyOf(calls)))
        #expect(full.isProvenMinimal)
        #expect(full.items.count <= solution.items.count)
    }

    /// Every subset of the scopes, ranked as the solver ranks covers: the true optimum.
    func bruteForce(_ requirements: [[[String]]], scopes: [String]) -> [String] {
        var best: (count: Int, writes: Int, items: [String])?
        for mask in 0..<(1 << scopes.count) {
            let chosen = Set(scopes.indices.filter { mask & (1 << $0) != 0 }.map { scopes[$0] })
            guard requirements.allSatisfy({ $0.contains { Set($0).isSubset(of: chosen) } }) else { continue }
            let items = chosen.sorted()
            let key = (items.count, items.count { !ScopeName.isReadOnly($0) }, items)
            if let current = best,
                (current.count, current.writes) < (key.0, key.1)
                    || ((current.count, current.writes) == (key.0, key.1)
                        && !key.2.lexicographicallyPrecedes(current.items))
            {
                continue
            }
            best = key
        }
        return best?.items ?? []
    }

    @Test func agreesWithExhaustiveSearchOnRandomInputs() throws {
        let scopes = ["a", "a:readonly", "b", "b:readonly", "c", "d:readonly", "e"]
        var random = SeededRandom(seed: 42)
        for _ in 0..<300 {
            let requirements = (0..<random.next(in: 1...6)).map { _ in
                (0..<random.next(in: 1...3)).map { _ in
                    Array(
                        Set((0..<random.next(in: 1...2)).map { _ in scopes[random.next(in: 0...(scopes.count - 1))] }))
                }
            }
            let solution = try #require(MinimumCover.solve(requirements, ranking: ScopeCover.ranking))
            #expect(solution.items == bruteForce(requirements, scopes: scopes), "\(requirements)")
            #expect(solution.isProvenMinimal)
        }
    }
}
