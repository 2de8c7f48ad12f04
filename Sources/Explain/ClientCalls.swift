import Core
import Graph

/// Every call one client makes, from every call source, each explained against the specs in
/// force: what `scopecheck explain --client ADDRESS [DIR]` prints when no endpoint is named.
public struct ClientCalls: Sendable {
    /// One call with its provenance and the explanation of each operation governing it.
    public struct Call: Sendable {
        public var call: DeclaredCall
        /// One per spec that knows the call; empty when none does.
        public var explanations: [Explanation]
        /// Why no operation governs the call, when none does.
        public var unresolved: String?
    }

    public var client: Explanation.Subject
    public var calls: [Call]

    /// Whether some call is denied or cannot be resolved.
    public var isProblem: Bool {
        calls.contains { $0.unresolved != nil || $0.explanations.contains(where: \.isProblem) }
    }
}

extension Explainer {
    /// The calls of `client`, explained for its grant.
    public func explainCalls(of client: GraphClient) -> ClientCalls {
        explainCalls(client.calls, subject: Explanation.Subject(label: client.client.address, grant: client.grant))
    }

    /// The calls of a client of the org's answers, explained for its grant.
    public func explainCalls(of client: OrgGraphClient) -> ClientCalls {
        explainCalls(client.calls, subject: Explanation.Subject(label: client.client.label, grant: client.grant))
    }

    private func explainCalls(_ calls: [ResolvedCall], subject: Explanation.Subject) -> ClientCalls {
        let calls = calls.map { call in
            ClientCalls.Call(
                call: call.call, explanations: call.governing.map { explain($0, subject: subject) },
                unresolved: catalog.unresolvedReason(call.resolution))
        }
        return ClientCalls(client: subject, calls: calls)
    }
}

extension ClientCalls {
    /// The calls one after the other, each headed by what it is and where it comes from.
    public var text: String {
        var sections = [heading + "\n"]
        for call in calls {
            let provenance = call.call.provenance
            let origin =
                provenance.subject == nil
                ? "\(provenance.source), \(call.call.range.description)" : provenance.description
            var lines = ["Call \(call.call.text) (\(origin))"]
            if let unresolved = call.unresolved { lines.append("  \(unresolved)") }
            sections.append(lines.joined(separator: "\n") + "\n")
            sections += call.explanations.map(\.text)
        }
        return sections.joined(separator: "\n")
    }

    /// `x makes 3 calls (2 from policy, 1 from discover)`, or that it makes none.
    private var heading: String {
        guard !calls.isEmpty else {
            return "\(client.label) makes no call that scopecheck knows of: declare its calls in a policy"
        }
        var counts: [(source: String, count: Int)] = []
        for call in calls {
            let source = call.call.provenance.source
            if let index = counts.firstIndex(where: { $0.source == source }) {
                counts[index].count += 1
            } else {
                counts.append((source, 1))
            }
        }
        let sources = counts.map { "\($0.count) from \($0.source)" }.joined(separator: ", ")
        return "\(client.label) makes \(calls.count == 1 ? "1 call" : "\(calls.count) calls") (\(sources))"
    }

    /// `{"client": ..., "calls": [{"call", "source", "file", "line", "column", "unresolved", "explanations",
    /// "subject", "via"}]}`: `subject` (what a derived call comes from, such as a data action) and
    /// `via` (the module calls its value came through) only when there are.
    public var json: JSONOutput {
        .fields([
            ("client", .string(client.label)),
            (
                "calls",
                .array(
                    calls.map { call in
                        .fields([
                            ("call", .string(call.call.text)), ("source", .string(call.call.provenance.source)),
                            ("file", .string(call.call.range.file)), ("line", .int(call.call.range.start.line)),
                            ("column", .int(call.call.range.start.column)),
                            ("unresolved", call.unresolved.map(JSONOutput.string)),
                            ("explanations", .array(call.explanations.map(\.json))),
                            ("subject", call.call.provenance.subject.map(JSONOutput.string)),
                            (
                                "via",
                                call.call.provenance.via.isEmpty
                                    ? nil : .array(call.call.provenance.via.map(JSONOutput.string))
                            ),
                        ])
                    })
            ),
        ])
    }
}
