/// How the scope lists of a `security` requirement are read.
///
/// A `security` value is a list of requirement objects, each naming schemes with a scope list:
/// `[{"A": ["x", "y"]}, {"B": ["z"]}]`.
/// - `allOf` is the standard reading of Swagger 2.0 and OpenAPI 3: one requirement object is
///   satisfied when **every** scope of **every** scheme it names is held (AND), and any one object
///   of the list suffices (OR). The example reads as the alternatives `[["x", "y"], ["z"]]`.
/// - `anyOf` is how Genesys writes its spec: every listed scope admits a token on its own, so the
///   example reads as `[["x"], ["y"], ["z"]]`.
public enum ScopeListSemantics: String, Hashable, Sendable, CaseIterable {
    case anyOf = "any-of"
    case allOf = "all-of"
}

/// The scope-list semantics a spec was read with, and why (see `ScopeListSemantics`).
public struct ScopeListReading: Hashable, Sendable, CustomStringConvertible {
    /// Why the semantics was chosen.
    public enum Basis: Hashable, Sendable {
        /// Chosen by the user for this spec.
        case requested
        /// A Swagger 2.0 document defining or using the Genesys security scheme of this name.
        case genesysScheme(String)
        /// A Swagger 2.0 document whose operations carry this Genesys extension.
        case genesysExtension(String)
        /// No sign of the Genesys convention: the standard reading.
        case standard
    }

    /// The semantics in force.
    public var semantics: ScopeListSemantics
    /// Why.
    public var basis: Basis

    public init(semantics: ScopeListSemantics, basis: Basis) {
        self.semantics = semantics
        self.basis = basis
    }

    /// The semantics requested for a spec, when any.
    var requested: ScopeListSemantics? { basis == .requested ? semantics : nil }

    /// `any-of (detected: security scheme "PureCloud OAuth", the Genesys convention)`, for `spec info`.
    public var description: String {
        switch basis {
        case .requested: "\(semantics.rawValue) (set by the user)"
        case .genesysScheme(let name):
            "\(semantics.rawValue) (detected: security scheme \"\(name)\", the Genesys convention)"
        case .genesysExtension(let name):
            "\(semantics.rawValue) (detected: operations carry \"\(name)\", the Genesys convention)"
        case .standard: "\(semantics.rawValue) (standard Swagger/OpenAPI reading)"
        }
    }
}
