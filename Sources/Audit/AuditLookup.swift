import Core
import Graph

/// Finds the client `audit --client` names among the clients of the configuration and of the
/// org's answers: by Terraform address, by client id, or by name.
public enum AuditLookup {
    public static func find(_ reference: String, in graph: RequirementGraph) throws(InputError) -> AuditSubject {
        let terraform = graph.clients.filter {
            $0.client.address == reference || $0.client.instance.resourceAddress == reference
        }
        if terraform.count == 1 { return .terraform(terraform[0]) }
        let byId = graph.orgClients.filter { $0.client.id == reference }
        if byId.count == 1 { return .org(byId[0]) }
        if terraform.isEmpty, byId.isEmpty {
            let named =
                graph.clients.filter { $0.client.name == reference }.map(AuditSubject.terraform)
                + graph.orgClients(matching: reference).map(AuditSubject.org)
            if named.count == 1 { return named[0] }
            if named.count > 1 {
                throw InputError(
                    "several clients are named \"\(reference)\": \(named.map(\.label).joined(separator: ", ")); name one by address or id"
                )
            }
        }
        if terraform.count > 1 {
            throw InputError(
                "\(reference) has several instances or modules: \(terraform.map(\.module.directory).joined(separator: ", "))"
            )
        }
        let known =
            graph.clients.map(\.client.address) + graph.clients.compactMap(\.client.name)
            + graph.orgClients.map(\.client.id) + graph.orgClients.compactMap(\.client.name)
        let hint =
            known.isEmpty
            ? "; the inputs hold no OAuth client (give a Terraform directory or --org)"
            : ClosestName.hint(for: reference, among: Set(known))
        throw InputError("no client \(reference) in the inputs\(hint)")
    }

    /// Every client the inputs hold: the configuration's, then the org's.
    public static func all(in graph: RequirementGraph) -> [AuditSubject] {
        graph.clients.map(AuditSubject.terraform) + graph.orgClients.map(AuditSubject.org)
    }
}
