import Core
import Genesys
import Spec

/// One spec in force with its lookup index, as rules see it.
public struct LoadedSpec: Sendable {
    public var spec: APISpec
    public var index: OperationIndex
    /// How findings name it: its file, with the host it is bound to.
    public var name: String
    /// Whether the spec's scope requirements bind every token, client credentials included.
    ///
    /// Genesys Cloud ignores scopes on client-credentials tokens, and a Genesys-shaped spec (read
    /// any-of) describes that platform. A spec read with the standard all-of semantics, or one
    /// bound to a host it does not itself declare (a gateway in front of the platform), describes
    /// a gateway that checks the scopes of every token it sees.
    public var checksScopesForEveryGrant: Bool

    public init(_ member: SpecSetMember) {
        spec = member.spec
        index = member.index
        name = member.name
        let declared = member.spec.hosts.map(HostName.key)
        let isGateway = member.boundHost.map { !declared.contains($0) } ?? false
        checksScopesForEveryGrant = member.spec.scopeListReading.semantics == .allOf || isGateway
    }
}

/// An operation of one spec that governs a call, with the overlays that changed it.
public struct GoverningOperation: Sendable {
    public var spec: LoadedSpec
    public var operation: APIOperation
    /// How the call reads as this operation when that is not the plain reading: matching the
    /// path ignoring case.
    public var reading: String?

    /// The requirement the access check works on.
    public var requirement: EndpointRequirement {
        var requirement = EndpointRequirement(operation)
        requirement.scopesApplyToEveryGrant = spec.checksScopesForEveryGrant
        return requirement
    }
}

/// What a policy call resolves to across the specs in force.
public enum CallResolution: Sendable {
    /// The operations that govern the call: every one must be satisfied.
    case governed([GoverningOperation])
    /// No spec knows the call; the nearest operations of the specs consulted.
    case unknown(suggestions: [APIOperation])
    /// The call's URL names a host no spec covers.
    case uncoveredHost(String, knownHosts: [String])
}

/// The specs in force for a lint run: a `SpecSet` (specs bound to hosts, overlays applied) seen
/// through the questions rules ask.
public struct SpecCatalog: Sendable {
    public let set: SpecSet
    public let specs: [LoadedSpec]
    /// The text of the overlay files applied, for excerpts of findings in them.
    public let overlaySources: [SourceFile]

    public init(set: SpecSet, overlaySources: [SourceFile] = []) {
        self.set = set
        specs = set.members.map(LoadedSpec.init)
        self.overlaySources = overlaySources
    }

    /// A catalogue of unbound specs without overlays.
    public init(_ specs: [APISpec]) {
        self.init(set: SpecSet.assemble(specs.map { SpecSet.Entry(spec: $0) }, overlays: []).set)
    }

    /// The operations governing `call` in every spec that covers it. A path whose literal segments
    /// read as another operation when case is ignored gets that operation too, when its
    /// requirement differs: which one the platform picks is not known.
    public func resolve(_ call: String) -> CallResolution {
        switch set.route(call) {
        case .governed(let matches):
            return .governed(
                matches.flatMap { match -> [GoverningOperation] in
                    let spec = specs[match.member.position]
                    let plain = GoverningOperation(spec: spec, operation: match.operation)
                    guard case .request(let method, let target) = OperationReference(call),
                        let other = spec.index.operationIgnoringCase(method: method, path: target),
                        EndpointRequirement(other) != EndpointRequirement(match.operation)
                    else { return [plain] }
                    let reading = "if the platform matches \(RequestTarget.path(of: target) ?? target) ignoring case"
                    return [plain, GoverningOperation(spec: spec, operation: other, reading: reading)]
                })
        case .uncoveredHost(let host, let knownHosts): return .uncoveredHost(host, knownHosts: knownHosts)
        case .unknownOperation(_, let suggestions): return .unknown(suggestions: suggestions.map(\.operation))
        }
    }

    /// The operations on the path template that `path` matches best, in the first spec that has
    /// any (for listing what a path without a method may be).
    public func operations(atPath path: String) -> [APIOperation] {
        specs.lazy.map { $0.index.operations(atPath: path) }.first { !$0.isEmpty } ?? []
    }

    /// Whether some spec (or overlay) defines the scope.
    public func isKnownScope(_ name: String) -> Bool { set.isKnownScope(name) }

    /// The nearest real scope names across the specs, best first.
    public func scopeSuggestions(for name: String) -> [String] { set.scopeSuggestions(for: name) }

    /// Whether some spec requires a permission the policy could grant (`*` wildcards allowed).
    public func isKnownPermission(domain: String, entity: String, action: String) -> Bool {
        specs.contains { $0.index.isKnownPermission(domain: domain, entity: entity, action: action) }
    }

    /// The permissions of the specs a role's permission policy grants, sorted.
    public func permissions(grantedBy policy: PermissionPolicy) -> [String] {
        Array(
            Set(
                specs.flatMap {
                    $0.index.permissions(domain: policy.domain, entity: policy.entity, actions: policy.actions)
                })
        ).sorted()
    }

    /// The nearest real permission names across the specs.
    public func permissionSuggestions(for name: String) -> [String] {
        var seen = Set<String>()
        return specs.flatMap { $0.index.permissionSuggestions(for: name) }.filter { seen.insert($0).inserted }
    }
}
