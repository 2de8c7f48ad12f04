import Graph
import Spec

/// Everything `scopecheck explain` says about one endpoint: the operation and its requirement in
/// the spec in force, and — when a client or scopes were given — the verdict with its reasons.
public struct Explanation: Sendable {
    /// Who is being checked: a Terraform client, or scopes typed on the command line.
    public struct Subject: Sendable {
        /// `genesyscloud_oauth_client.x`, or `--scopes`.
        public var label: String
        public var grant: ClientGrant

        public init(label: String, grant: ClientGrant) {
            self.label = label
            self.grant = grant
        }
    }

    /// A scope given that the spec does not define, with the nearest real ones.
    public struct UnknownScope: Equatable, Sendable {
        public var name: String
        public var suggestions: [String]
    }

    public var spec: SpecSummary
    /// The spec's name in findings (its file, and the host it is bound to).
    public var specName: String
    public var operation: APIOperation
    public var requirement: EndpointRequirement
    public var subject: Subject?
    public var unknownScopes: [UnknownScope]
    public var result: AccessResult?
    public var errorBody: GatewayErrorBody?
    /// How the error body relates to the requirement, one sentence each.
    public var errorBodyFindings: [String]
    /// The access token given with `--token`, decoded locally.
    public var token: DecodedToken? = nil

    /// Whether the answer is "this does not work": denied, or unknown scopes were given.
    public var isProblem: Bool {
        result?.verdict == .denied || !unknownScopes.isEmpty
    }
}

/// Builds explanations from the specs in force.
public struct Explainer: Sendable {
    public var catalog: SpecCatalog

    public init(catalog: SpecCatalog) {
        self.catalog = catalog
    }

    /// Explains `governing` (an operation of one spec in force), checking `subject` against it and
    /// relating `errorBody` to it when given. Scope names are checked against every spec in force.
    /// `token` is shown with its claims (the subject is then usually its grant).
    public func explain(
        _ governing: GoverningOperation, subject: Explanation.Subject? = nil, errorBody: GatewayErrorBody? = nil,
        token: DecodedToken? = nil
    ) -> Explanation {
        let requirement = governing.requirement
        let unknownScopes = (subject?.grant.scopes ?? []).filter { !catalog.isKnownScope($0) }.map {
            Explanation.UnknownScope(name: $0, suggestions: catalog.scopeSuggestions(for: $0))
        }
        let result = subject.map { AccessCheck.check($0.grant, requirement) }
        let spec = governing.spec
        let findings =
            errorBody.map {
                relate($0, to: governing.operation, requirement: requirement, spec: spec, grant: subject?.grant)
            } ?? []
        return Explanation(
            spec: SpecSummary(spec.spec), specName: spec.name, operation: governing.operation,
            requirement: requirement, subject: subject, unknownScopes: unknownScopes, result: result,
            errorBody: errorBody, errorBodyFindings: findings, token: token)
    }

    private func relate(
        _ body: GatewayErrorBody, to operation: APIOperation, requirement: EndpointRequirement, spec: LoadedSpec,
        grant: ClientGrant?
    ) -> [String] {
        let required = requirement.permissions.joined(separator: ", ")
        switch body.kind {
        case .tokenRefused(let code):
            return [
                "\(code): the token itself was refused (expired, issued for another region or org, or the client is inactive); this is not a scope or permission problem"
            ]
        case .notAuthorized:
            return ["not.authorized: denied without details; compare the requirement above with the caller's grants"]
        case .missingPermissions(let mode, let permissions):
            var lines = [
                requirement.permissions.isEmpty
                    ? "the gateway says permissions are missing, but the spec in force lists none for this endpoint"
                    : "the caller lacks the permissions this endpoint checks: \(requirement.permissionMode.rawValue) of \(required)"
            ]
            let unexpected = permissions.filter { !requirement.permissions.contains($0) }
            if !unexpected.isEmpty {
                lines.append(
                    "the gateway names permissions the spec in force does not list for this endpoint: \(unexpected.joined(separator: ", ")); the spec may be out of date"
                )
            }
            if let mode, mode != requirement.permissionMode, !requirement.permissions.isEmpty {
                lines.append(
                    "the gateway checks \(mode.rawValue) while the spec says \(requirement.permissionMode.rawValue)")
            }
            lines.append(
                "fix: for a CLIENT-CREDENTIALS client, grant one of them through a permission policy of one of its roles; for user grants, the signed-in user's roles must grant them (scopes cannot)"
            )
            return lines
        case .insufficientScope(let scopes):
            var lines: [String] = []
            if grant?.grantType?.actsAsClient == true, !requirement.scopesApplyToEveryGrant {
                lines.append(
                    "Genesys Cloud does not check scopes for CLIENT-CREDENTIALS tokens: an insufficient_scope answer comes from a gateway that enforces its own scope matrix"
                )
            }
            let accepted = requirement.scopeAlternatives.flatMap { $0 }
            for scope in scopes {
                if accepted.contains(scope) {
                    lines.append(
                        "\(scope) is accepted by this endpoint in the spec in force: add it to the client's scopes")
                } else if !catalog.isKnownScope(scope) {
                    lines.append(
                        "the gateway requires \(scope), which the spec in force (\(spec.name)) does not define: check against that gateway's own spec (--spec HOST=FILE) or an overlay (--overlay FILE)"
                    )
                } else {
                    lines.append(
                        "\(scope) is a real scope, but the spec in force does not accept it for this endpoint: the gateway enforces a different scope matrix"
                    )
                }
            }
            if scopes.isEmpty {
                lines.append(
                    "insufficient_scope without a scope name: the endpoint accepts \(accepted.joined(separator: ", "))")
            }
            return lines
        case .other(let code):
            return ["unrecognised error code \(code ?? "(none)"); the requirement above is what the spec in force says"]
        }
    }
}
