/// One loaded API spec with its lookup index.
public struct LoadedSpec: Sendable {
    public var spec: APISpec
    public var index: OperationIndex

    public init(_ spec: APISpec) {
        self.spec = spec
        index = OperationIndex(spec)
    }
}

/// An operation of one spec that governs a call.
public struct GoverningOperation: Sendable {
    public var spec: LoadedSpec
    public var operation: APIOperation
}

/// What a policy call resolves to across the specs in force.
public enum CallResolution: Sendable {
    /// The operations that govern the call: every one must be satisfied.
    case governed([GoverningOperation])
    /// No spec knows the call; the nearest operations of each spec.
    case unknown(suggestions: [APIOperation])
}

/// The specs in force for a lint run.
public struct SpecCatalog: Sendable {
    public var specs: [LoadedSpec]

    public init(_ specs: [APISpec]) {
        self.specs = specs.map(LoadedSpec.init)
    }

    /// The operations `call` names in every spec that knows it.
    public func resolve(_ call: String) -> CallResolution {
        var governing: [GoverningOperation] = []
        var suggestions: [APIOperation] = []
        for loaded in specs {
            switch loaded.index.resolve(call) {
            case .found(let operation): governing.append(GoverningOperation(spec: loaded, operation: operation))
            case .notFound(let nearest): suggestions += nearest
            }
        }
        return governing.isEmpty ? .unknown(suggestions: suggestions) : .governed(governing)
    }

    /// Whether some spec defines the scope.
    public func isKnownScope(_ name: String) -> Bool {
        specs.contains { $0.index.isKnownScope(name) }
    }

    /// The nearest real scope names across the specs, best first, without repeats.
    public func scopeSuggestions(for name: String) -> [String] {
        var seen = Set<String>()
        return specs.flatMap { $0.index.scopeSuggestions(for: name) }.filter { seen.insert($0).inserted }
    }

    /// Whether some spec requires a permission the policy could grant.
    public func isKnownPermission(domain: String, entity: String, action: String) -> Bool {
        specs.contains { $0.index.isKnownPermission(domain: domain, entity: entity, action: action) }
    }

    /// The nearest real permission names across the specs.
    public func permissionSuggestions(for name: String) -> [String] {
        var seen = Set<String>()
        return specs.flatMap { $0.index.permissionSuggestions(for: name) }.filter { seen.insert($0).inserted }
    }
}
