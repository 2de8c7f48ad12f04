import Foundation
import Testing

@testable import Graph
@testable import Policy
@testable import Spec
@testable import Terraform

/// The provider endpoint table against the facts it was made from and the real Terraform of
/// the corpus, with the full-size reference spec in force.
@Suite(.enabled(if: TestSupport.corpus != nil, "needs ../shared/corpus"))
struct ProviderEndpointCorpusTests {
    static let catalog: SpecCatalog? = TestSupport.corpusFile("genesys/reference-swagger.json").flatMap { url in
        (try? SpecLoader.load(path: url.path, cache: nil)).map { SpecCatalog([$0.spec]) }
    }

    /// Where the permissions scopecheck reads from the spec for a type's endpoints differ from the
    /// provider docs' own list (`doc_permissions`, the union of every permission any of its
    /// endpoints lists), with why. Checked by hand against the reference swagger.
    static let disagreements: [String: (docsOnly: [String], why: String)] = [
        "resource genesyscloud_workforcemanagement_businessunits": (
            docsOnly: [
                "wfm:agentSchedulingPreferences:edit", "wfm:agentSchedulingPreferencesQuery:view",
                "wfm:agentSchedulingPreferencesSettings:view", "wfm:schedulingPreferencesQuery:view",
                "wfm:schedulingPreferencesSettings:edit", "wfm:schedulingPreferencesSettings:view",
            ],
            why:
                "GET /api/v2/workforcemanagement/businessunits/{businessUnitId} is ANY of 70 permissions in the reference spec; the live spec the provider's docs were generated from listed these 6 more: a spec version difference, not a docs error"
        ),
        "data genesyscloud_workforcemanagement_businessunits": (
            docsOnly: [
                "wfm:agentSchedulingPreferences:edit", "wfm:agentSchedulingPreferencesQuery:view",
                "wfm:agentSchedulingPreferencesSettings:view", "wfm:schedulingPreferencesQuery:view",
                "wfm:schedulingPreferencesSettings:edit", "wfm:schedulingPreferencesSettings:view",
            ],
            why: "the same operation as the resource"
        ),
    ]

    @Test func thePermissionsOfEveryTypeAreTheDocsOwnOrTheDifferenceIsExplained() throws {
        let catalog = try #require(Self.catalog)
        let factsURL = try #require(TestSupport.corpusFile("genesys/provider-api-usage.json"))
        let facts = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: factsURL)) as? [String: Any])
        var compared = 0
        for (key, mode, kind) in [("resources", ResourceMode.managed, "resource"), ("data_sources", .data, "data")] {
            let entries = try #require(facts[key] as? [String: [String: [String]]])
            for (type, entry) in entries.sorted(by: { $0.key < $1.key }) {
                let endpoints = try #require(ProviderEndpointTable.bundled.endpoints(of: mode, type: type))
                #expect(endpoints.map(\.description).sorted() == Set(entry["endpoints"] ?? []).sorted(), "\(type)")
                // The docs list every permission any endpoint lists, whatever ANY or ALL says.
                let mine = Set(
                    endpoints.flatMap { endpoint -> [String] in
                        guard case .governed(let operations) = catalog.resolve(endpoint.description) else { return [] }
                        return operations.flatMap(\.requirement.permissions)
                    })
                let docs = Set(entry["doc_permissions"] ?? [])
                let docsOnly = docs.subtracting(mine).sorted()
                let specOnly = mine.subtracting(docs).sorted()
                let explained = Self.disagreements["\(kind) \(type)"]
                #expect(specOnly == [], "\(kind) \(type): the spec requires more than the docs list: \(specOnly)")
                #expect(docsOnly == (explained?.docsOnly ?? []), "\(kind) \(type): the docs list more: \(docsOnly)")
                compared += 1
            }
        }
        #expect(compared == 257)
    }

    @Test func everyTypeOfTheCorpusIsInTheTableOrReportedUnknown() throws {
        let catalog = try #require(Self.catalog)
        let terraform = try #require(TestSupport.corpusFile("terraform"))
        var folders: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: terraform.path)
        var withFiles = Set<String>()
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".tf") { withFiles.insert((path as NSString).deletingLastPathComponent) }
        }
        folders = withFiles.sorted().map { terraform.appendingPathComponent($0).path }
        #expect(folders.count > 300)
        var unknown = Set<String>()
        var known = Set<String>()
        for folder in folders {
            let module = AnalyzedModule(
                directory: folder,
                configuration: ModuleLoader.load(directory: folder, options: TerraformLoadOptions(environment: [:])))
            let graph = RequirementGraph(
                modules: [module], specs: catalog, policy: Policy(), sources: [ProviderCallSource()])
            let deployer = try #require(graph.deployers.first)
            unknown.formUnion(deployer.unknownTypes.map(\.label))
            known.formUnion(deployer.types.filter { $0.endpoints != nil }.map(\.label))
            #expect(deployer.calls.count == deployer.types.reduce(0) { $0 + ($1.endpoints?.count ?? 0) })
        }
        // Each is used by one example and is no data source of the provider at v1.84.1 (checked in
        // its source): a typo of ..._definitions, a registration commented out, a data source the
        // provider never had, a left-over example.
        #expect(
            unknown.sorted() == [
                "data.genesyscloud_employeeperformance_externalmetrics_definition",
                "data.genesyscloud_integration_action_draft", "data.genesyscloud_routing_settings",
                "data.genesyscloud_widget_deployment",
            ])
        #expect(known.filter { !$0.hasPrefix("data.") }.count == 143)
    }
}
