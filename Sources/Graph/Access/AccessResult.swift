import Genesys

/// The answer to "can client C call endpoint E?".
public enum AccessVerdict: String, Sendable {
    case allowed
    case denied
    case unknown
}

/// The verdict with its reasons: what is missing, what could not be resolved, and notes such as
/// scopes that the grant type ignores or conditions on the signed-in user.
public struct AccessResult: Sendable, Equatable {
    public var verdict: AccessVerdict
    /// The scope alternatives the client lacks (any one alternative fixes the call); empty when
    /// scopes are not the problem.
    public var missingScopeAlternatives: [[String]]
    /// The permissions the roles lack, with `missingPermissionMode` telling whether any one or
    /// all of them are needed.
    public var missingPermissions: [String]
    public var missingPermissionMode: PermissionMode
    /// Why the call fails for reasons other than a missing scope or permission.
    public var problems: [String]
    /// What could not be resolved statically and keeps the verdict open.
    public var unresolved: [String]
    /// Facts worth knowing that do not change the verdict.
    public var notes: [String]

    public init(
        verdict: AccessVerdict, missingScopeAlternatives: [[String]] = [], missingPermissions: [String] = [],
        missingPermissionMode: PermissionMode = .any, problems: [String] = [], unresolved: [String] = [],
        notes: [String] = []
    ) {
        self.verdict = verdict
        self.missingScopeAlternatives = missingScopeAlternatives
        self.missingPermissions = missingPermissions
        self.missingPermissionMode = missingPermissionMode
        self.problems = problems
        self.unresolved = unresolved
        self.notes = notes
    }

    /// The scope set to add to fix a missing-scope verdict: the smallest alternative, preferring
    /// read-only scopes, then spec order.
    public var suggestedScopes: [String]? {
        ScopePreference.best(of: missingScopeAlternatives)
    }
}

/// Chooses between scope alternatives for least privilege.
public enum ScopePreference {
    /// The smallest alternative, preferring one made only of `:readonly` scopes; ties keep the
    /// spec's order.
    public static func best(of alternatives: [[String]]) -> [String]? {
        alternatives.enumerated().min { lhs, rhs in
            let left = (lhs.element.count, readOnlyPenalty(lhs.element), lhs.offset)
            let right = (rhs.element.count, readOnlyPenalty(rhs.element), rhs.offset)
            return left < right
        }?.element
    }

    private static func readOnlyPenalty(_ scopes: [String]) -> Int {
        scopes.allSatisfy(ScopeName.isReadOnly) ? 0 : 1
    }
}
