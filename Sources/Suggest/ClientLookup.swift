import Core
import Graph

/// Finds the client a command names by its Terraform address among the clients of the
/// requirement graph.
public enum ClientLookup {
    /// The client at `address`: its full instance address, or its resource address when that
    /// names a single instance. Unknown and ambiguous addresses are usage errors with the
    /// nearest address.
    public static func find(_ address: String, in graph: RequirementGraph) throws(InputError) -> GraphClient {
        let exact = graph.clients.filter { $0.client.address == address }
        let matches = exact.isEmpty ? graph.clients.filter { $0.client.instance.resourceAddress == address } : exact
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            let addresses = Set(matches.map(\.client.address))
            if addresses.count > 1 {
                throw InputError(
                    "\(address) has several instances; name one: \(addresses.sorted().joined(separator: ", "))")
            }
            let directories = matches.map(\.module.directory).joined(separator: ", ")
            throw InputError("\(address) is defined in several modules (\(directories)); lint one directory")
        }
        let known = Set(graph.clients.map(\.client.address)).sorted()
        let directories = graph.modules.map(\.directory).joined(separator: ", ")
        var hint = ClosestName.hint(for: address, among: known)
        if known.isEmpty {
            hint = "; it has no genesyscloud_oauth_client"
        } else if hint.isEmpty {
            hint = "; its clients: \(known.prefix(10).joined(separator: ", "))\(known.count > 10 ? ", ..." : "")"
        }
        throw InputError("no client \(address) in \(directories.isEmpty ? "the paths given" : directories)\(hint)")
    }
}
