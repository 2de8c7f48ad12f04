import Testing

@testable import Genesys
@testable import Graph

@Suite struct AccessCheckTests {
    let detailsQuery = EndpointRequirement(
        label: "POST /api/v2/analytics/conversations/details/query",
        scopeAlternatives: [["analytics"], ["analytics:readonly"]], permissionMode: .any,
        permissions: ["analytics:conversationDetail:view", "analytics:agentConversationDetail:view"])
    let deleteQueue = EndpointRequirement(
        label: "DELETE /api/v2/routing/queues/{queueId}", scopeAlternatives: [["routing"]], permissionMode: .all,
        permissions: ["routing:queue:delete", "routing:queue:view"])

    func role(_ policies: [PermissionPolicy]) -> RoleGrant {
        RoleGrant(reference: "genesyscloud_auth_role.r", division: "*", policies: policies)
    }

    @Test func userGrantWithAnAcceptedScopeIsAllowedWithAUserCondition() {
        let client = ClientGrant(address: "c", grantType: .code, scopes: ["analytics:readonly"], roles: [])
        let result = AccessCheck.check(client, detailsQuery)
        #expect(result.verdict == .allowed)
        #expect(
            result.notes == [
                "the signed-in user must also hold ANY of: analytics:conversationDetail:view, analytics:agentConversationDetail:view"
            ])
    }

    @Test func userGrantWithoutScopesIsDeniedAndPrefersReadOnly() {
        let client = ClientGrant(
            address: "c", grantType: .token, scopes: ["routing"],
            roles: [role([PermissionPolicy(domain: "analytics", entity: "*", actions: ["*"])])])
        let result = AccessCheck.check(client, detailsQuery)
        #expect(result.verdict == .denied)
        #expect(result.missingScopeAlternatives == [["analytics"], ["analytics:readonly"]])
        #expect(result.suggestedScopes == ["analytics:readonly"])
        #expect(result.notes.first == "roles are ignored for TOKEN clients: tokens act as the signed-in user")
    }

    @Test func unknownScopesKeepTheVerdictOpen() {
        let client = ClientGrant(
            address: "c", grantType: .code, scopes: [], unknownScopes: ["scopes come from var.scopes (no value)"],
            roles: [])
        let result = AccessCheck.check(client, detailsQuery)
        #expect(result.verdict == .unknown)
        #expect(result.unresolved == ["scopes come from var.scopes (no value)"])
    }

    @Test func clientCredentialsIgnoreScopesAndNeedAnyPermission() {
        let granted = ClientGrant(
            address: "c", grantType: .clientCredentials, scopes: ["analytics"],
            roles: [role([PermissionPolicy(domain: "analytics", entity: "agentConversationDetail", actions: ["view"])])]
        )
        let result = AccessCheck.check(granted, detailsQuery)
        #expect(result.verdict == .allowed)
        #expect(result.notes == ["scopes are ignored for CLIENT-CREDENTIALS clients: analytics"])

        let wrongAction = ClientGrant(
            address: "c", grantType: .clientCredentials, scopes: [],
            roles: [role([PermissionPolicy(domain: "analytics", entity: "*", actions: ["add"])])])
        let denied = AccessCheck.check(wrongAction, detailsQuery)
        #expect(denied.verdict == .denied)
        #expect(denied.missingPermissions == detailsQuery.permissions)
        #expect(denied.missingPermissionMode == .any)
    }

    @Test func allModeListsOnlyThePermissionsNotGranted() {
        let client = ClientGrant(
            address: "c", grantType: .clientCredentials, scopes: [],
            roles: [role([PermissionPolicy(domain: "routing", entity: "queue", actions: ["view"])])])
        let result = AccessCheck.check(client, deleteQueue)
        #expect(result.verdict == .denied)
        #expect(result.missingPermissions == ["routing:queue:delete"])
        #expect(result.missingPermissionMode == .all)
    }

    @Test func rolesOutsideTheConfigurationAreUnknownGrants() {
        let external = RoleGrant(
            reference: "data.genesyscloud_auth_role.admin", division: nil, policies: nil,
            unresolvedReason:
                "a data source: the role exists in the org but its permissions are not in the configuration")
        let client = ClientGrant(address: "c", grantType: .clientCredentials, scopes: [], roles: [external])
        let result = AccessCheck.check(client, deleteQueue)
        #expect(result.verdict == .unknown)
        #expect(result.unresolved.count == 1)
        #expect(
            result.unresolved[0].hasPrefix(
                "the client's roles include data.genesyscloud_auth_role.admin: a data source"))
    }

    @Test func clientCredentialsWithoutRolesAreDenied() {
        let client = ClientGrant(address: "c", grantType: .clientCredentials, scopes: [], roles: [])
        let result = AccessCheck.check(client, detailsQuery)
        #expect(result.verdict == .denied)
        #expect(result.problems == ["the client has no roles, so its tokens hold no permissions"])
    }

    @Test func nonOAuthEndpointsAndUnknownGrantTypes() {
        let guest = EndpointRequirement(label: "GET /guest", scopeAlternatives: [], acceptsOAuth: false)
        let client = ClientGrant(address: "c", grantType: .code, scopes: ["analytics"], roles: [])
        #expect(AccessCheck.check(client, guest).problems == ["GET /guest does not accept OAuth tokens"])
        let noGrant = ClientGrant(address: "c", grantType: nil, scopes: [], roles: [])
        #expect(AccessCheck.check(noGrant, detailsQuery).verdict == .unknown)
    }

    @Test func wildcardPoliciesGrantEveryEntityAndAction() {
        let policy = PermissionPolicy(domain: "routing", entity: "*", actions: ["*"])
        #expect(policy.grants("routing:queue:delete"))
        #expect(!policy.grants("analytics:queue:delete"))
        #expect(!policy.grants("routing:queue"))
    }
}
