import Core
import Syntax
import Terraform

/// The calls the data actions of the configuration make (`genesyscloud_integration_action` and
/// `_draft`): each action's request, made by the OAuth client of its integration (see
/// `IntegrationLinks`), declared at its `request_url_template`.
///
/// Which actions call the Genesys Cloud Platform API: those of a Genesys Cloud data actions
/// integration (`purecloud-data-actions`, or a `pureCloudOAuthClient` credential), whatever
/// they request, and — speculatively — those whose integration is not known but whose URL is a
/// relative `/api/v2/` path. Actions of other integrations call other
/// services; they become calls only when a spec is bound to their URL's host.
public struct DataActionCallSource: CallSource {
    public init() {}

    public func calls(in inputs: CallSourceInputs) -> [DeclaredCall] {
        inputs.modules.flatMap { module -> [DeclaredCall] in
            let links = IntegrationLinks(module: module)
            return module.dataActions.compactMap { action in
                call(for: action, link: links.link(of: action), in: module.configuration, boundHosts: inputs.boundHosts)
            }
        }
    }

    /// The call `action` makes, when it makes one scopecheck can check.
    func call(
        for action: DataAction, link: IntegrationLinks.Link, in configuration: TerraformConfiguration,
        boundHosts: Set<String>
    ) -> DeclaredCall? {
        guard !action.isFunction, let method = action.method, let template = action.urlTemplate,
            let pieces = action.urlPieces, case .success(let url) = DataActionURL.parse(pieces)
        else { return nil }
        let speculative: Bool
        switch link.target {
        case .genesys:
            // Whatever it requests, a Genesys integration's action is a call of its client: one
            // no spec knows is reported as such.
            speculative = false
        case .other:
            guard let host = url.host, boundHosts.contains(host) else { return nil }
            speculative = false
        case .unknown:
            guard url.path.hasPrefix("/api/v2/") || url.host.map(boundHosts.contains) == true else { return nil }
            speculative = url.host.map { !boundHosts.contains($0) } ?? true
        }
        let origin = configuration.origin(of: template.expression, in: action.instance)
        let integration: String? =
            switch link.caller {
            case .integrationClient(let identity): identity.key
            case .client, .moduleClient, .deployer, .orgClient: link.integration?.address
            }
        let provenance = CallProvenance(
            source: "data action", range: origin.range, subject: action.address, via: origin.via,
            locatesFindings: true, integration: integration)
        return DeclaredCall(
            caller: link.caller, text: url.call(method: method), provenance: provenance, isSpeculative: speculative)
    }
}

extension AnalyzedModule {
    /// The data actions of the module's configuration.
    public var dataActions: [DataAction] {
        DataAction.resourceTypes.flatMap { configuration.resources(ofType: $0, mode: .managed) }.map(DataAction.init)
    }
}
