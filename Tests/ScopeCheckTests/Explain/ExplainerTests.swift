import Foundation
import Testing

@testable import Core
@testable import Explain
@testable import Genesys
@testable import Graph
@testable import Spec
@testable import Syntax
@testable import scopecheck

@Suite struct ExplainerTests {
    static let spec: APISpec = {
        let path = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path
        return (try? SpecLoader.load(path: path, cache: nil).spec)!
    }()
    let explainer = Explainer(catalog: SpecCatalog([spec]))

    func operation(_ reference: String) throws -> GoverningOperation {
        guard case .governed(let operations) = explainer.catalog.resolve(reference), operations.count == 1 else {
            throw CocoaError(.fileNoSuchFile)
        }
        return operations[0]
    }

    func scopes(_ names: [String], _ grantType: GrantType = .code) -> Explanation.Subject {
        Explanation.Subject(
            label: "--scopes", grant: ClientGrant(address: "--scopes", grantType: grantType, scopes: names, roles: []))
    }

    @Test func seedScopesAreUnknownAndTheFixPrefersReadOnly() throws {
        let explanation = explainer.explain(
            try operation("POST /api/v2/analytics/conversations/details/query"),
            subject: scopes(["analytics:view", "report:execute"]))
        #expect(
            explanation.unknownScopes == [
                .init(name: "analytics:view", suggestions: ["analytics:readonly", "analytics"]),
                .init(name: "report:execute", suggestions: []),
            ])
        #expect(explanation.result?.verdict == .denied)
        #expect(explanation.result?.suggestedScopes == ["analytics:readonly"])
        #expect(explanation.isProblem)
        #expect(
            explanation.text.contains(
                "missing scope: add any one of: analytics, analytics:readonly (least privilege: analytics:readonly)"))
        #expect(
            explanation.text.contains(
                "unknown scope analytics:view: not defined by the spec in force; did you mean analytics:readonly, analytics?"
            ))
    }

    @Test func withoutASubjectItExplainsEveryGrantKind() throws {
        let explanation = explainer.explain(try operation("getRoutingQueue"))
        #expect(
            explanation.gateLines == [
                "CLIENT-CREDENTIALS: the client's roles must grant ALL of: routing:queue:view (scopes do not apply)",
                "user grants (CODE, TOKEN, SAML2BEARER, SAML2-BEARER, PASSWORD): a token with any one of: routing, routing:readonly, and the signed-in user must hold ALL of: routing:queue:view",
            ])
        #expect(explanation.result == nil)
        #expect(!explanation.isProblem)
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let explanation = explainer.explain(
            try operation("GET /api/v2/routing/queues/{queueId}/users"), subject: scopes(["routing:readonly"]))
        let json = explanation.json.rendered(pretty: false)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
        #expect(
            Array(object.keys).sorted() == [
                "acceptsOAuth", "client", "deprecated", "endpoint", "gates", "missing", "notes", "otherSchemes",
                "overlays", "permissions", "preview", "problems", "scopeAlternatives", "scopes",
                "scopesApplyToEveryGrant", "spec", "unknownScopes", "unresolved", "verdict",
            ])
        #expect(object["deprecated"] as? Bool == true)
        #expect(object["verdict"] as? String == "allowed")
        #expect((object["endpoint"] as? [String: Any])?["operationId"] as? String == "getRoutingQueueUsers")
        #expect((object["permissions"] as? [String: Any])?["type"] as? String == "ANY")
    }

    @Test func guestOnlyEndpointsRefuseOAuthTokens() throws {
        let explanation = explainer.explain(
            try operation("GET /api/v2/webchat/guest/conversations/{conversationId}/members"),
            subject: scopes(["users"]))
        #expect(explanation.result?.verdict == .denied)
        #expect(explanation.gateLines == ["OAuth clients cannot call it: it takes Guest Chat JWT"])
    }

    @Test func errorBodiesAreRelatedToTheRequirement() throws {
        let queue = try operation("POST /api/v2/analytics/queues/observations/query")
        let permissions = try GatewayErrorBody.parse(
            #"{"message": "Missing any permissions: analytics:queueObservation:view", "code": "missing.any.permissions", "status": 403}"#
        )
        #expect(permissions.kind == .missingPermissions(mode: .any, permissions: ["analytics:queueObservation:view"]))
        let related = explainer.explain(queue, errorBody: permissions).errorBodyFindings
        #expect(
            related.first
                == "the caller lacks the permissions this endpoint checks: ANY of analytics:queueObservation:view")

        let scope = try GatewayErrorBody.parse(
            #"{"errorCode": "insufficient_scope", "message": "Token missing required scope: report:execute"}"#)
        #expect(scope.kind == .insufficientScope(scopes: ["report:execute"]))
        let gateway = explainer.explain(queue, subject: scopes([], .clientCredentials), errorBody: scope)
            .errorBodyFindings
        #expect(gateway.count == 2)
        #expect(gateway[0].hasPrefix("Genesys Cloud does not check scopes for CLIENT-CREDENTIALS tokens"))
        #expect(gateway[1].hasPrefix("the gateway requires report:execute, which the spec in force"))

        let refused = try GatewayErrorBody.parse(
            #"{"code": "bad.credentials", "status": 401, "message": "Invalid login credentials."}"#)
        #expect(refused.kind == .tokenRefused(code: "bad.credentials"))
        #expect(
            explainer.explain(queue, errorBody: refused).errorBodyFindings[0].contains(
                "not a scope or permission problem"))
        #expect(throws: InputError.self) { try GatewayErrorBody.parse("not json") }
    }
}
