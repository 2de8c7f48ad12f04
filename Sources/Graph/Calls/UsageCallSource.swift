import Org

/// The calls a client usage export says clients made (`--usage`): one call a row, at the row.
public struct UsageCallSource: CallSource {
    public init() {}

    public func calls(in inputs: CallSourceInputs) -> [DeclaredCall] {
        inputs.usage.export.rows.compactMap { row in
            let caller: Caller? =
                if let id = row.clientId, let client = inputs.org.client(id: id) {
                    .orgClient(id: id, label: client.label)
                } else {
                    inputs.usage.defaultCaller
                }
            guard let caller else { return nil }
            let provenance = CallProvenance(
                source: "usage", range: row.range, subject: "row (\(row.countsText))")
            return DeclaredCall(caller: caller, text: row.call, provenance: provenance)
        }
    }
}
