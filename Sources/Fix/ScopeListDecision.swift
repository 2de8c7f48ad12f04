import Core
import Genesys
import Graph
import Policy
import Spec
import Terraform

/// One scope of a client as configured.
struct WrittenScope: Sendable {
    var name: String
    /// The position of its element in the literal list where the scopes are written (the client
    /// block, or the module argument, variable value or local they come from); nil when they are
    /// not a literal list.
    var element: Int?
    /// Whether that element is a plain quoted string (so it can be replaced or removed).
    var isPlainString: Bool
    var range: SourceRange

    /// The known scope names of a `scopes` attribute, each with its element when it is written as
    /// a literal list (at `origin`, when given).
    static func read(_ attribute: EvaluatedAttribute, origin: ValueOrigin?) -> (
        scopes: [WrittenScope], isLiteralList: Bool
    ) {
        let written = origin?.expression ?? attribute.expression
        if case .tuple(let elements) = written.kind, case .list(let values) = attribute.value,
            values.count == elements.count
        {
            let scopes = values.enumerated().compactMap { index, value -> WrittenScope? in
                guard case .string(let name) = value else { return nil }
                return WrittenScope(
                    name: name, element: index,
                    isPlainString: GrantTypeFix.isStringLiteral(elements[index], name), range: elements[index].range)
            }
            return (scopes, true)
        }
        let known = ScopeItem.items(of: attribute, origin: origin).known
        return (known.map { WrittenScope(name: $0.name, element: nil, isPlainString: false, range: $0.range) }, false)
    }
}

/// What should change in a user-grant client's scopes so that its declared calls work with
/// the least privilege, decided from the same facts the rules read:
/// - `unknown-scope`: a name no spec defines is replaced by its single suggestion, or by the
///   one suggestion a declared call needs; removed when a scope it resembles is requested already; left
///   alone when the choice is not clear.
/// - `missing-scope`: the calls no requested scope covers get the smallest scope set covering
///   them (read-only preferred), counting what is requested already.
/// - `excess-scope` (only when every declared call is resolved): a scope no declared call
///   accepts is removed; a write scope whose every accepting call also accepts its `:readonly`
///   sibling becomes that sibling. Nothing is removed if a call would lose coverage or the
///   client would be left without scopes.
struct ScopeListDecision: Sendable {
    /// A change to one written scope.
    struct Action: Sendable {
        /// The index of the scope in the written list.
        var position: Int
        var scope: WrittenScope
        /// The new name; nil removes the scope.
        var replacement: String?
        var rule: String
        var message: String
    }

    /// A scope to add.
    struct Addition: Sendable {
        var scope: String
        var message: String
    }

    /// A problem left alone.
    struct Skip: Sendable {
        var rule: String
        var range: SourceRange
        var reason: String
    }

    var actions: [Action] = []
    var additions: [Addition] = []
    var skips: [Skip] = []

    static let unknownScope = "unknown-scope"
    static let missingScope = "missing-scope"
    static let excessScope = "excess-scope"

    /// The decision for `entry`'s scopes as written in `written`, for a client of `grantType`;
    /// `unknownValues` tells whether some scope values cannot be known statically (then nothing
    /// is added or removed). A client-credentials client needs scopes only for operations of a
    /// spec that checks every token's scopes (a gateway), and has no excess scopes (its scopes
    /// are either ignored or all checked).
    static func decide(
        _ entry: GraphClient, written: [WrittenScope], unknownValues: Bool, grantType: GrantType,
        graph: RequirementGraph
    ) -> ScopeListDecision {
        let calls = CallNeeds(entry, grantType: grantType, graph: graph)
        var draft = Draft(written: written, specs: graph.specs)
        if !unknownValues { draft.addMissing(calls) }
        var skips = draft.resolveUnknown()
        if entry.calls.isEmpty && !entry.policies.isEmpty && !unknownValues && !grantType.actsAsClient {
            skips += written.filter { graph.specs.isKnownScope($0.name) }.map { scope in
                Skip(
                    rule: excessScope, range: scope.range,
                    reason: "\"\(scope.name)\": the policy declares no calls for the client, and removing every "
                        + "scope would leave it without any: declare its calls")
            }
        }
        if calls.allResolved && !unknownValues && !grantType.actsAsClient {
            var trimmed = draft
            trimmed.trimExcess(calls.operations)
            let removesAll = trimmed.finalNames.isEmpty && !draft.finalNames.isEmpty
            if removesAll || !calls.requirements.allSatisfy({ $0.isSatisfied(by: Set(trimmed.finalNames)) }) {
                let reason =
                    removesAll
                    ? "removing it would leave the client without scopes"
                    : "removing it would leave a declared call uncovered"
                skips += trimmed.trimmedPositions(comparedWith: draft).map { position in
                    Skip(
                        rule: excessScope, range: written[position].range,
                        reason: "\"\(written[position].name)\": \(reason)")
                }
            } else {
                draft = trimmed
            }
        }
        return ScopeListDecision(actions: draft.actions(), additions: draft.additionList(), skips: skips)
    }
}

/// The declared calls of a client with the scope requirements that bind its tokens.
private struct CallNeeds {
    var needs: [(call: DeclaredCall, requirement: EndpointRequirement)] = []
    var operations: [APIOperation] = []
    /// Whether the policy declares calls and every one resolves to an operation.
    var allResolved: Bool

    init(_ entry: GraphClient, grantType: GrantType, graph: RequirementGraph) {
        allResolved = !entry.calls.isEmpty
        for call in entry.calls {
            let governing = call.governing
            if governing.isEmpty { allResolved = false }
            operations += governing.map(\.operation)
            needs += governing.map { (call.call, $0.requirement) }.filter { _, requirement in
                requirement.acceptsOAuth && (!grantType.actsAsClient || requirement.scopesApplyToEveryGrant)
            }
        }
    }

    var requirements: [EndpointRequirement] { needs.map(\.requirement) }
}

/// The decision being made: what becomes of each written scope and what is added.
private struct Draft {
    /// What becomes of a written scope.
    enum Outcome {
        case replaced(String, rule: String)
        case removed(because: String, rule: String)
    }

    let written: [WrittenScope]
    let specs: SpecCatalog
    var outcomes: [Int: Outcome] = [:]
    /// The scopes to add with the calls needing each.
    var added: [(scope: String, calls: [DeclaredCall])] = []

    init(written: [WrittenScope], specs: SpecCatalog) {
        self.written = written
        self.specs = specs
    }

    /// The names the client ends up with, in list order, additions last.
    var finalNames: [String] {
        written.indices.compactMap { position -> String? in
            switch outcomes[position] {
            case .replaced(let name, _): name
            case .removed: nil
            case nil: written[position].name
            }
        } + added.map(\.scope)
    }

    /// Adds the smallest scope set covering the calls that the written scopes do not cover.
    mutating func addMissing(_ calls: CallNeeds) {
        let held = Set(written.map(\.name))
        let uncovered = calls.needs.filter { !$0.requirement.isSatisfied(by: held) }
        added = ScopeCover.minimum(uncovered.map(\.requirement), held: held).items.map { scope in
            (scope, uncovered.filter { $0.requirement.scopeAlternatives.joined().contains(scope) }.map(\.call))
        }
    }

    /// Replaces each unknown scope by its confident suggestion (the only one, or the only one an
    /// addition needs; the replacement takes over that addition), or removes it when a scope it
    /// resembles is requested already; returns the unclear ones.
    mutating func resolveUnknown() -> [ScopeListDecision.Skip] {
        var skips: [ScopeListDecision.Skip] = []
        for (position, scope) in written.enumerated() where !specs.isKnownScope(scope.name) {
            let suggestions = specs.scopeSuggestions(for: scope.name)
            let additions = Set(added.map(\.scope))
            let kept = Set(finalNames).subtracting(additions)
            let requested = suggestions.filter(kept.contains)
            let needed = suggestions.filter(additions.contains)
            if let present = requested.first, needed.isEmpty {
                outcomes[position] = .removed(
                    because: "\"\(present)\", which it resembles, is requested already",
                    rule: ScopeListDecision.unknownScope)
                continue
            }
            guard let target = suggestions.count == 1 ? suggestions.first : needed.count == 1 ? needed.first : nil
            else {
                let hint =
                    suggestions.isEmpty
                    ? "no defined scope is close to it"
                    : "several defined scopes are close to it (\(suggestions.joined(separator: ", ")))"
                skips.append(
                    ScopeListDecision.Skip(
                        rule: ScopeListDecision.unknownScope, range: scope.range,
                        reason: "\"\(scope.name)\": \(hint); choose by hand"))
                continue
            }
            added.removeAll { $0.scope == target }
            outcomes[position] =
                kept.contains(target)
                ? .removed(because: "\"\(target)\" is requested already", rule: ScopeListDecision.unknownScope)
                : .replaced(target, rule: ScopeListDecision.unknownScope)
        }
        return skips
    }

    /// Removes the scopes no operation accepts and narrows write scopes to `:readonly` where
    /// every operation accepting them takes it.
    mutating func trimExcess(_ operations: [APIOperation]) {
        for position in written.indices {
            let rule: String
            let name: String
            switch outcomes[position] {
            case .removed: continue
            case .replaced(let replacement, let replacedRule):
                (name, rule) = (replacement, replacedRule)
            case nil:
                guard specs.isKnownScope(written[position].name) else { continue }
                (name, rule) = (written[position].name, ScopeListDecision.excessScope)
            }
            switch ScopeNarrowing.verdict(for: name, operations: operations, specs: specs) {
            case .keep: continue
            case .remove: outcomes[position] = .removed(because: "no declared call accepts \"\(name)\"", rule: rule)
            case .narrow(let readOnly):
                outcomes[position] =
                    finalNames.contains(readOnly)
                    ? .removed(
                        because: "every declared call accepting \"\(name)\" takes \"\(readOnly)\", requested already",
                        rule: rule)
                    : .replaced(readOnly, rule: rule)
            }
        }
    }

    /// The positions whose outcome differs from `other`'s.
    func trimmedPositions(comparedWith other: Draft) -> [Int] {
        written.indices.filter { position in
            switch (outcomes[position], other.outcomes[position]) {
            case (nil, nil): false
            case (.replaced(let a, _), .replaced(let b, _)): a != b
            case (.removed, .removed): false
            default: true
            }
        }
    }

    /// The changes to written scopes, in list order.
    func actions() -> [ScopeListDecision.Action] {
        written.indices.compactMap { position in
            let scope = written[position]
            let unknown = !specs.isKnownScope(scope.name)
            let what = unknown ? "unknown scope \"\(scope.name)\"" : "\"\(scope.name)\""
            switch outcomes[position] {
            case .replaced(let name, let rule):
                return ScopeListDecision.Action(
                    position: position, scope: scope, replacement: name, rule: rule,
                    message: "replaced \(what) with \"\(name)\"")
            case .removed(let because, let rule):
                return ScopeListDecision.Action(
                    position: position, scope: scope, replacement: nil, rule: rule,
                    message: "removed \(what) (\(because))")
            case nil:
                return nil
            }
        }
    }

    /// The additions with the calls that need them.
    func additionList() -> [ScopeListDecision.Addition] {
        added.map { scope, calls in
            var seen = Set<String>()
            let named = calls.filter { seen.insert($0.text).inserted }.map { "\($0.text) (\($0.range.description))" }
            return ScopeListDecision.Addition(
                scope: scope, message: "added \"\(scope)\" for \(named.joined(separator: ", "))")
        }
    }
}

extension EndpointRequirement {
    /// Whether a token holding `scopes` passes the scope check (always, without alternatives).
    func isSatisfied(by scopes: Set<String>) -> Bool {
        scopeAlternatives.isEmpty || scopeAlternatives.contains { $0.allSatisfy(scopes.contains) }
    }
}
