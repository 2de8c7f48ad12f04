import Core
import Genesys
import Syntax

/// Reads the JSON saved from the Platform API (`--org DIR`): every `.json` file of the
/// directory and its subdirectories, in name order, or one file. Each file holds one object, a
/// paged listing (`entities`) or an array of objects; each object is told apart by its keys:
/// `authorizedGrantType` (an `OAuthClient`), `permissionPolicies` (a `DomainOrganizationRole`),
/// `integrationId` (an `Action`), `integrationType` (an `Integration`), `credentialFields` (a
/// `Credential`) or `type` with `createdDate` (a `CredentialInfo` of the credentials listing). A file that is not JSON, or a value of the wrong shape, is an input error
/// naming the file and the JSON path.
public enum OrgExportLoader {
    public static func load(path: String) throws(InputError) -> OrgExport {
        var export = OrgExport()
        for file in JSONFiles.list(path) {
            let root = try JSONFiles.parse(file, what: "the org export")
            export.files.append(file)
            for object in try JSONFiles.objects(of: root, file: file) {
                try read(object, into: &export)
            }
        }
        return export
    }

    private static func read(_ object: JSONObjectReader, into export: inout OrgExport) throws(InputError) {
        if object.has("authorizedGrantType") {
            export.clients.append(try client(object))
        } else if object.has("permissionPolicies") {
            export.roles.append(try role(object))
        } else if object.has("integrationId") {
            export.actions.append(try action(object))
        } else if object.has("integrationType") {
            export.integrations.append(try integration(object))
        } else if object.has("credentialFields") || (object.has("type") && object.has("createdDate")) {
            // A `Credential`, or a `CredentialInfo` of the credentials listing, which holds no
            // fields: its integration's client stays unknown, and the audit says so.
            export.credentials.append(try credential(object))
        } else {
            let start = object.range.start
            throw InputError(
                "\(object.file):\(start.line):\(start.column): \(object.path): not an OAuth client, role, data action, "
                    + "integration or credential of the Platform API (expected authorizedGrantType, permissionPolicies, "
                    + "integrationId, integrationType or credentialFields)")
        }
    }

    private static func id(_ object: JSONObjectReader) throws(InputError) -> String {
        guard let id = try object.string("id") else {
            let start = object.range.start
            throw InputError("\(object.file):\(start.line):\(start.column): \(object.path): the object has no \"id\"")
        }
        return id
    }

    private static func client(_ object: JSONObjectReader) throws(InputError) -> OrgClient {
        var roles = try object.objects("roleDivisions").map { division throws(InputError) in
            OrgClient.RoleAssignment(
                roleId: try division.string("roleId") ?? "", divisionId: try division.string("divisionId"))
        }.filter { !$0.roleId.isEmpty }
        for roleId in try object.strings("roleIds") where !roles.contains(where: { $0.roleId == roleId }) {
            roles.append(OrgClient.RoleAssignment(roleId: roleId, divisionId: nil))
        }
        return OrgClient(
            id: try id(object), name: try object.string("name"), grantType: try object.string("authorizedGrantType"),
            scopes: try object.strings("scope"), roles: roles,
            accessTokenValiditySeconds: try object.integer("accessTokenValiditySeconds"),
            state: try object.string("state"), range: object.range)
    }

    private static func role(_ object: JSONObjectReader) throws(InputError) -> OrgRole {
        let policies = try object.objects("permissionPolicies").map { policy throws(InputError) in
            PermissionPolicy(
                domain: try policy.string("domain") ?? "", entity: try policy.string("entityName") ?? "",
                actions: try policy.strings("actionSet"))
        }
        return OrgRole(id: try id(object), name: try object.string("name"), policies: policies, range: object.range)
    }

    private static func action(_ object: JSONObjectReader) throws(InputError) -> OrgDataAction {
        let request = try object.object("config")?.object("request")
        let template = try request?.string("requestUrlTemplate")
        return OrgDataAction(
            id: try id(object), name: try object.string("name"), integrationId: try object.string("integrationId"),
            method: try request?.string("requestType"), urlTemplate: template,
            range: request?.node["requestUrlTemplate"]?.range ?? object.range)
    }

    private static func integration(_ object: JSONObjectReader) throws(InputError) -> OrgIntegration {
        var credentialIds: [String: String] = [:]
        for (name, credential) in try object.object("config")?.object("current")?.objectMembers("credentials") ?? [] {
            if let id = try credential.string("id") { credentialIds[name] = id }
        }
        return OrgIntegration(
            id: try id(object), name: try object.string("name"),
            typeId: try object.object("integrationType")?.string("id"),
            credentialIds: credentialIds, range: object.range)
    }

    private static func credential(_ object: JSONObjectReader) throws(InputError) -> OrgCredential {
        OrgCredential(
            id: try id(object), name: try object.string("name"), typeName: try object.object("type")?.string("name"),
            clientId: try object.object("credentialFields")?.string("clientId"), range: object.range)
    }
}
