import Foundation
import Testing

@testable import Explain
@testable import Graph
@testable import Spec

/// Explain's JSON for every operation of the reference spec says what a plain full decode of the
/// same document says.
@Suite(.enabled(if: TestSupport.corpus != nil, "needs ../shared/corpus")) struct ReferenceExplainTests {
    @Test func everyOperationMatchesAFullDecode() throws {
        let url = try #require(TestSupport.corpusFile("genesys/reference-swagger.json"))
        let spec = try SpecLoader.load(path: url.path, cache: nil).spec
        let explainer = Explainer(catalog: SpecCatalog([spec]))
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        let paths = document["paths"] as? [String: [String: Any]] ?? [:]
        var compared = 0
        var mismatches: [String] = []
        for (path, item) in paths {
            for (method, value) in item {
                guard let operation = value as? [String: Any], let id = operation["operationId"] as? String else {
                    continue
                }
                guard case .governed(let operations) = explainer.catalog.resolve("\(method.uppercased()) \(path)"),
                    let found = operations.first
                else {
                    mismatches.append("\(method) \(path) not found")
                    continue
                }
                let json = explainer.explain(found).json.rendered(pretty: false)
                let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
                let endpoint = decoded["endpoint"] as? [String: Any] ?? [:]
                let expectedScopes = (operation["security"] as? [[String: [String]]] ?? [])
                    .compactMap { $0["PureCloud OAuth"] }.flatMap { $0 }
                let requires = operation["x-inin-requires-permissions"] as? [String: Any]
                let permissions = decoded["permissions"] as? [String: Any]
                let checks: [(String, Bool)] = [
                    ("method", endpoint["method"] as? String == method.uppercased()),
                    ("path", endpoint["path"] as? String == path),
                    ("operationId", endpoint["operationId"] as? String == id),
                    ("scopes", decoded["scopes"] as? [String] == expectedScopes),
                    ("permission type", permissions?["type"] as? String == requires?["type"] as? String),
                    ("permissions", permissions?["list"] as? [String] == requires?["permissions"] as? [String]),
                    ("deprecated", decoded["deprecated"] as? Bool == (operation["deprecated"] as? Bool ?? false)),
                    ("preview", decoded["preview"] as? Bool == (operation["x-genesys-preview"] as? Bool ?? false)),
                ]
                for (name, ok) in checks where !ok { mismatches.append("\(method) \(path): \(name)") }
                compared += 1
            }
        }
        #expect(compared == 3164)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20).joined(separator: "\n"))")
    }
}
