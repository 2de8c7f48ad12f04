import Genesys

/// The smallest scope set that lets a user-context token call every endpoint of a list.
public enum ScopeCover {
    /// Ranks covers of equal size: fewer write scopes (anything not `:readonly`) first.
    public static let ranking = MinimumCover.Ranking(secondary: { scopes in scopes.count { !ScopeName.isReadOnly($0) } }
    )

    /// The fewest scopes (then the fewest write scopes, then the alphabetically first list) such
    /// that every requirement has an alternative whose scopes are all held; `held` scopes count
    /// as held already and are not returned. Requirements without alternatives need no scope.
    public static func minimum(
        _ requirements: [EndpointRequirement], held: Set<String> = [], budget: Int = MinimumCover.defaultBudget
    ) -> MinimumCover.Solution {
        let alternatives = requirements.filter { $0.acceptsOAuth && !$0.scopeAlternatives.isEmpty }
            .map(\.scopeAlternatives)
        return MinimumCover.solve(alternatives, free: held, ranking: ranking, budget: budget)
            ?? MinimumCover.Solution(items: [], isProvenMinimal: true)
    }
}
