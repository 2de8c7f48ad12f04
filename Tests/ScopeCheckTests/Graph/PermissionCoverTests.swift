import Testing

@testable import Genesys
@testable import Graph

@Suite struct PermissionCoverTests {
    func requirement(_ mode: PermissionMode, _ permissions: [String]) -> EndpointRequirement {
        EndpointRequirement(label: "X", scopeAlternatives: [], permissionMode: mode, permissions: permissions)
    }

    @Test func anyListsShareOnePermissionWhenTheyCan() {
        let result = PermissionCover.minimum([
            requirement(.any, ["analytics:conversationDetail:view", "analytics:agentConversationDetail:view"]),
            requirement(.any, ["analytics:agentConversationDetail:view", "routing:queue:view"]),
        ])
        #expect(result.permissions == ["analytics:agentConversationDetail:view"])
        #expect(
            result.policies == [
                PermissionPolicy(domain: "analytics", entity: "agentConversationDetail", actions: ["view"])
            ])
        #expect(result.isProvenMinimal)
    }

    @Test func allListsForceEveryPermissionAndTiesGoToFewerPolicies() {
        let result = PermissionCover.minimum([
            requirement(.all, ["routing:queue:edit", "routing:queue:add"]),
            requirement(.any, ["analytics:queueObservation:view", "routing:queue:view"]),
        ])
        // analytics:queueObservation:view would also be one permission, but a second policy.
        #expect(result.permissions == ["routing:queue:add", "routing:queue:edit", "routing:queue:view"])
        #expect(
            result.policies == [PermissionPolicy(domain: "routing", entity: "queue", actions: ["add", "edit", "view"])])
    }

    @Test func mergesPerDomainAndEntityAndKeepsOtherShapesApart() {
        let (policies, others) = PermissionCover.merge([
            "routing:queue:view", "analytics:queueObservation:view", "routing:queue:add", "group_creation",
            "routing-x:a:view",
        ])
        #expect(
            policies.map(\.description) == [
                "analytics:queueObservation:view", "routing:queue:add,view", "routing-x:a:view",
            ])
        #expect(others == ["group_creation"])
    }

    @Test func endpointsWithoutPermissionChecksNeedNone() {
        let result = PermissionCover.minimum([requirement(.any, [])])
        #expect(
            result == PermissionCover.Result(permissions: [], policies: [], otherPermissions: [], isProvenMinimal: true)
        )
    }
}
