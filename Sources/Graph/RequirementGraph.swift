import Core
import Org
import Policy
import Terraform

/// The requirement graph: which client makes which call, what each call needs in the specs in
/// force, and what each client holds. It is built once per run from the model (modules, specs,
/// policy) and a list of call sources; rules, fixes, suggestions, explanations, inventories and
/// discovery read it and never resolve a call themselves.
public struct RequirementGraph: Sendable {
    /// The call sources every command uses unless told otherwise.
    public static let standardSources: [any CallSource] = [
        PolicyCallSource(), DataActionCallSource(), OrgDataActionCallSource(), UsageCallSource(),
    ]

    /// The standard sources, and the provider's calls when `deployer` is asked for or the
    /// policy says what the client that runs Terraform holds.
    public static func sources(for policy: Policy, deployer: Bool = false) -> [any CallSource] {
        standardSources + (deployer || !policy.deployers.isEmpty ? [ProviderCallSource()] : [])
    }

    public let modules: [AnalyzedModule]
    public let specs: SpecCatalog
    public let policy: Policy
    public let schema: ProviderSchema
    /// Every managed OAuth client of the modules, in module then address order, with its calls.
    public let clients: [GraphClient]
    /// The clients behind integrations whose client is not in the configuration, in module then
    /// first-call order, with their data actions' calls.
    public let externalClients: [ExternalClient]
    /// The clients of the org's API answers (`--org`), in the answers' order, with their calls.
    public let orgClients: [OrgGraphClient]
    /// The org's API answers the graph was built with (empty without `--org`).
    public let org: OrgExport
    /// The observed usage the graph was built with (empty without `--usage`).
    public let usage: UsageExport
    /// Every call of an OAuth client of the configuration, resolved, in source order: calls
    /// whose caller selects no client of the modules are here too; speculative calls no spec
    /// knows are not. The provider's own calls are the deployers', the org clients' calls theirs.
    public let calls: [ResolvedCall]
    /// The client that runs Terraform on each module, when the provider's calls are a source
    /// (`ProviderCallSource`); empty otherwise.
    public let deployers: [Deployer]
    /// The text of every file read into the graph: configuration and variables files, policy
    /// files and spec overlays.
    public let sourceFiles: SourceStore

    public init(
        modules: [AnalyzedModule], specs: SpecCatalog, policy: Policy, schema: ProviderSchema = .genesysCloud,
        sources: [any CallSource] = RequirementGraph.standardSources,
        providerEndpoints: ProviderEndpointTable = .bundled, org: OrgExport = .empty, usage: ObservedUsage = .none
    ) {
        self.org = org
        self.usage = usage.export
        self.modules = modules
        self.specs = specs
        self.policy = policy
        self.schema = schema
        sourceFiles = SourceStore(
            modules.flatMap(\.configuration.files).map(\.source) + policy.sources + specs.overlaySources)
        let inputs = CallSourceInputs(
            modules: modules, policy: policy, boundHosts: Set(specs.set.members.compactMap(\.boundHost)),
            providerEndpoints: providerEndpoints, org: org, usage: usage)
        var resolutions: [String: CallResolution] = [:]
        let resolved = sources.flatMap { $0.calls(in: inputs) }.compactMap { call -> ResolvedCall? in
            let resolution = resolutions[call.text] ?? specs.resolve(call.text)
            resolutions[call.text] = resolution
            // A call that may not go to the specs' API at all, and that no spec knows, is left out.
            if call.isSpeculative, case .unknown = resolution { return nil }
            return ResolvedCall(call: call, resolution: resolution)
        }
        var providerCalls: [String: [ResolvedCall]] = [:]
        var orgCalls: [String: [ResolvedCall]] = [:]
        var clientCalls: [ResolvedCall] = []
        for call in resolved {
            switch call.call.caller {
            case .deployer(let module): providerCalls[module, default: []].append(call)
            case .orgClient(let id, _): orgCalls[id, default: []].append(call)
            case .client, .moduleClient, .integrationClient: clientCalls.append(call)
            }
        }
        orgClients = org.clients.map { OrgGraphClient(client: $0, calls: orgCalls[$0.id] ?? [], org: org) }
        calls = clientCalls
        deployers =
            sources.contains { $0 is ProviderCallSource }
            ? modules.map { module in
                Deployer(
                    module: module, table: providerEndpoints, calls: providerCalls[module.directory] ?? [],
                    policies: policy.deployers)
            }
            : []
        let selection = ClientSelection(modules)
        var callsOfClient: [ClientSelection.Key: [ResolvedCall]] = [:]
        for call in calls {
            for key in selection.keys(selectedBy: call.call.caller) { callsOfClient[key, default: []].append(call) }
        }
        var policiesOfClient: [ClientSelection.Key: [ClientPolicy]] = [:]
        for block in policy.clients {
            for key in selection.keys(selectedBy: .client(block.selector)) {
                policiesOfClient[key, default: []].append(block)
            }
        }
        clients = modules.enumerated().flatMap { moduleIndex, module in
            module.clients.enumerated().map { clientIndex, client in
                let key = ClientSelection.Key(module: moduleIndex, client: clientIndex)
                let policies = policiesOfClient[key] ?? []
                // `derived_calls = false`: only the calls declared for the client count.
                let declaredOnly = policies.contains { $0.derivedCalls?.value == false }
                let calls = (callsOfClient[key] ?? []).filter { !declaredOnly || $0.call.provenance.subject == nil }
                return GraphClient(module: module, client: client, policies: policies, calls: calls)
            }
        }
        externalClients = Self.externalClients(calls, modules: modules, policy: policy)
    }

    /// The calls of integration clients grouped by integration, with the policy blocks about them.
    private static func externalClients(_ calls: [ResolvedCall], modules: [AnalyzedModule], policy: Policy)
        -> [ExternalClient]
    {
        var order: [String] = []
        var grouped: [String: (IntegrationIdentity, [ResolvedCall])] = [:]
        for call in calls {
            guard case .integrationClient(let integration) = call.call.caller else { continue }
            let key = integration.module + "\u{1F}" + integration.key
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: (integration, [])].1.append(call)
        }
        let moduleByDirectory = Dictionary(modules.map { ($0.directory, $0) }) { first, _ in first }
        return order.compactMap { key in
            guard let (integration, calls) = grouped[key], let module = moduleByDirectory[integration.module] else {
                return nil
            }
            let block = policy.integrations.first { $0.selector == integration.key }
            return ExternalClient(integration: integration, module: module, calls: calls, policy: block)
        }
    }

    /// Whether a caller names `client`: its address, the address of all its instances, or its
    /// configured name.
    public static func selects(_ caller: Caller, _ client: OAuthClient) -> Bool {
        switch caller {
        case .client(.address(let address)): address == client.address || address == client.instance.resourceAddress
        case .client(.name(let name)): client.name == name
        case .moduleClient(let address, _): address == client.address
        case .integrationClient, .deployer, .orgClient: false
        }
    }

    /// The clients of the org's answers `reference` names: by id, else by name.
    public func orgClients(matching reference: String) -> [OrgGraphClient] {
        let byId = orgClients.filter { $0.client.id == reference }
        return byId.isEmpty ? orgClients.filter { $0.client.name == reference } : byId
    }

    /// The client of the org's answers `reference` names by id or name, if any; a name several
    /// of them have is an input error.
    public func orgClient(_ reference: String) throws(InputError) -> OrgGraphClient? {
        let matches = orgClients(matching: reference)
        if matches.count > 1 {
            throw InputError(
                "several clients of --org are named \"\(reference)\": \(matches.map(\.client.label).joined(separator: ", ")); name one by id"
            )
        }
        return matches.first
    }

    /// Every role of every module, with its module.
    public var roles: [(module: AnalyzedModule, role: AuthRole)] {
        modules.flatMap { module in module.roles.map { (module, $0) } }
    }
}

/// The clients of the modules indexed by the ways callers name them.
private struct ClientSelection {
    /// A client: its module's and its own position.
    struct Key: Hashable {
        var module: Int
        var client: Int
    }

    private var byAddress: [String: [Key]] = [:]
    private var byName: [String: [Key]] = [:]
    private let directories: [String]

    init(_ modules: [AnalyzedModule]) {
        directories = modules.map(\.directory)
        for (moduleIndex, module) in modules.enumerated() {
            for (clientIndex, client) in module.clients.enumerated() {
                let key = Key(module: moduleIndex, client: clientIndex)
                for address in Set([client.address, client.instance.resourceAddress]) {
                    byAddress[address, default: []].append(key)
                }
                if let name = client.name { byName[name, default: []].append(key) }
            }
        }
    }

    /// The clients `caller` names, in module then client order.
    func keys(selectedBy caller: Caller) -> [Key] {
        switch caller {
        case .client(.address(let address)): byAddress[address] ?? []
        case .client(.name(let name)): byName[name] ?? []
        case .moduleClient(let address, let module):
            (byAddress[address] ?? []).filter { directories[$0.module] == module }
        case .integrationClient, .deployer, .orgClient: []
        }
    }
}
