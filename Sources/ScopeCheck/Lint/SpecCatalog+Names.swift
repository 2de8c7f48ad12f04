import Foundation

extension SpecCatalog {
    /// The spec files in force, for messages: `gateway.json, genesys-swagger.json`.
    public var names: String {
        specs.map { ($0.spec.source as NSString).lastPathComponent }.joined(separator: ", ")
    }

    /// `" (spec: gateway.json)"` when several specs are in force, so findings say which spec
    /// they come from; empty with a single spec.
    public func attribution(_ spec: APISpec) -> String {
        specs.count > 1 ? " (spec: \((spec.source as NSString).lastPathComponent))" : ""
    }
}
