import Core
import Genesys
import Terraform

/// A `genesyscloud_auth_role` resource or data source instance read for analysis.
public struct AuthRole: Sendable {
    /// The Terraform resource type this reads.
    public static let resourceType = "genesyscloud_auth_role"

    public var instance: ResourceInstance
    public var policies: [PolicyEntry]

    public init(_ instance: ResourceInstance) {
        self.instance = instance
        policies = instance.blocks(ofType: "permission_policies").map(PolicyEntry.init)
    }

    public var address: String { instance.address }

    /// The configured `name`, when known.
    public var name: String? { instance.attribute("name")?.value.stringValue }

    /// Whether this is a `data` source: a role that exists in the org, defined elsewhere.
    public var isDataSource: Bool { instance.mode == .data }

    /// The role's permission policies, or why they cannot be known statically.
    public var resolvedPolicies: Result<[PermissionPolicy], RoleResolutionError> {
        if isDataSource {
            let label = name.map { " (\"\($0)\")" } ?? ""
            return .failure(
                RoleResolutionError(
                    "\(address)\(label) is a data source: the role exists in the org but its permissions are not in the configuration"
                ))
        }
        var resolved: [PermissionPolicy] = []
        for policy in policies {
            switch policy.resolved {
            case .success(let permissionPolicy): resolved.append(permissionPolicy)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(resolved)
    }
}

/// Why a role's permissions cannot be known.
public struct RoleResolutionError: Error, Equatable, Sendable {
    public var reason: String

    public init(_ reason: String) { self.reason = reason }
}

/// One `permission_policies { domain, entity_name, action_set }` block of a role.
public struct PolicyEntry: Sendable {
    public var domain: EvaluatedAttribute?
    public var entityName: EvaluatedAttribute?
    public var actionSet: EvaluatedAttribute?
    /// Whether the policy carries `conditions`: the permissions hold only when they are met.
    public var isConditional: Bool
    public var range: SourceRange

    public init(_ block: EvaluatedBlock) {
        domain = block.attribute("domain")
        entityName = block.attribute("entity_name")
        actionSet = block.attribute("action_set")
        isConditional = !block.blocks(ofType: "conditions").isEmpty
        range = block.range
    }

    /// The policy with every part known, or why it is not.
    public var resolved: Result<PermissionPolicy, RoleResolutionError> {
        guard let domain = domain?.value.stringValue, let entity = entityName?.value.stringValue else {
            let unknown = [self.domain, entityName].compactMap { $0?.value.firstUnknown }.first
            return .failure(
                RoleResolutionError(unknown?.reason ?? "a permission policy lacks its domain or entity_name"))
        }
        guard let actions = actionSet?.value.listValue else {
            let reason = actionSet?.value.firstUnknown?.reason ?? "action_set is not a known list"
            return .failure(RoleResolutionError("\(domain):\(entity): \(reason)"))
        }
        let names = actions.compactMap(\.stringValue)
        guard names.count == actions.count else {
            let reason = actionSet?.value.firstUnknown?.reason ?? "an action is not a string"
            return .failure(RoleResolutionError("\(domain):\(entity): \(reason)"))
        }
        return .success(PermissionPolicy(domain: domain, entity: entity, actions: names))
    }
}
