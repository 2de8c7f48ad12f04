import Org

/// The calls the org's saved data actions make (`--org`): each action's request, made by the
/// OAuth client of its integration's `pureCloudOAuthClient` credential, at its
/// `requestUrlTemplate`. Actions whose client the answers do not name make no call here;
/// `OrgDataActionLinks` says why.
public struct OrgDataActionCallSource: CallSource {
    public init() {}

    public func calls(in inputs: CallSourceInputs) -> [DeclaredCall] {
        inputs.org.actions.compactMap { action in
            guard case .linked(let clientId, let url) = OrgDataActionLinks.link(action, in: inputs.org),
                let method = action.method
            else { return nil }
            let label = inputs.org.client(id: clientId)?.label ?? clientId
            let provenance = CallProvenance(
                source: "data action", range: action.range, subject: action.label,
                integration: action.integrationId)
            return DeclaredCall(
                caller: .orgClient(id: clientId, label: label), text: url.call(method: method), provenance: provenance)
        }
    }
}

/// Which client a saved data action runs with, and what it requests.
public enum OrgDataActionLinks {
    public enum Link: Sendable, Equatable {
        /// The action's request, made by the client `clientId`.
        case linked(clientId: String, url: DataActionURL)
        /// Why the action makes no call scopecheck can check.
        case unlinked(String)
    }

    public static func link(_ action: OrgDataAction, in org: OrgExport) -> Link {
        guard let integrationId = action.integrationId else { return .unlinked("it names no integrationId") }
        guard let clientId = org.clientId(ofIntegration: integrationId) else {
            guard let integration = org.integrations.first(where: { $0.id == integrationId }) else {
                return .unlinked(
                    "its integration \(integrationId) is not in the answers (save GET /api/v2/integrations/\(integrationId))"
                )
            }
            let save = integration.credentialIds.values.sorted().map { "GET /api/v2/integrations/credentials/\($0)" }
            return .unlinked(
                "the answers hold no credential with a clientId for its integration \(integrationId)"
                    + (save.isEmpty
                        ? " (save the integration with ?expand=config.current)"
                        : " (save \(save.joined(separator: ", ")))"))
        }
        guard action.method != nil, let template = action.urlTemplate else {
            return .unlinked("it has no config.request (requestType and requestUrlTemplate)")
        }
        switch DataActionURL.parse(template) {
        case .success(let url):
            if url.host == nil, !url.path.hasPrefix("/api/v2/") {
                return .unlinked("its request \(template) is not a Platform API path")
            }
            return .linked(clientId: clientId, url: url)
        case .failure:
            return .unlinked("its requestUrlTemplate is not a URL or path")
        }
    }
}
