import Policy

/// The calls a policy's `client` blocks declare (`calls = [...]`).
public struct PolicyCallSource: CallSource {
    public init() {}

    public func calls(in inputs: CallSourceInputs) -> [DeclaredCall] {
        inputs.policy.clients.flatMap { block in
            block.calls.map { call in
                DeclaredCall(
                    caller: .client(block.selector), text: call.text,
                    provenance: CallProvenance(source: "policy", range: call.range))
            }
        }
    }
}
