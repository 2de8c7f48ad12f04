import Syntax

extension Discovery {
    /// A policy file declaring the calls found for `client` (an address), ready to review and
    /// save: one call per operation with a comment saying where it was found. Calls found only
    /// with low confidence, paths without a visible method and paths the spec lacks are listed
    /// as comments.
    public func policy(client: String) -> String {
        let active = operations(minimum: .medium)
        let activeReferences = Set(active.map(\.operation.reference))
        let weak = operations(minimum: .low).filter { !activeReferences.contains($0.operation.reference) }
        var lines = [
            "# Calls found by scopecheck discover in \(roots.joined(separator: ", ")) (\(filesScanned == 1 ? "1 file" : "\(filesScanned) files") scanned), "
                + "matched against \(specName).",
            "# Review before use: each call says where it was found and how sure the match is.",
            "client \(HCLQuoting.quote(client)) {",
        ]
        let entries = active.map { item in
            (text: HCLQuoting.quote(item.operation.reference) + ",", comment: Self.locations(item.calls))
        }
        let width = entries.map(\.text.count).max() ?? 0
        lines.append(entries.isEmpty ? "  calls = []" : "  calls = [")
        for entry in entries {
            lines.append(
                "    " + entry.text.padding(toLength: width, withPad: " ", startingAt: 0) + " # " + entry.comment)
        }
        for item in weak {
            lines.append(
                "    # \(HCLQuoting.quote(item.operation.reference)), # \(Self.locations(item.calls)): uncomment if it is a call"
            )
        }
        for call in calls where call.operation == nil {
            if call.candidates.isEmpty {
                lines.append("    # \(call.location): \(call.match) is not an operation of \(specName)")
            } else {
                let choices = call.candidates.map { HCLQuoting.quote($0.reference) }.joined(separator: " or ")
                lines.append("    # \(call.location): \(call.match) with no visible method: \(choices)")
            }
        }
        if !entries.isEmpty { lines.append("  ]") }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `src/app.py:12 (SDK method, high), src/a.js:4 (path, medium)`, at most 3 places.
    private static func locations(_ calls: [DiscoveredCall]) -> String {
        let shown = calls.prefix(3).map { call in
            "\(call.file):\(call.line) (\(call.evidence == .sdkMethod ? "SDK method" : "path"), \(call.confidence.rawValue))"
        }
        let more = calls.count > 3 ? " and \(calls.count - 3) more" : ""
        return shown.joined(separator: ", ") + more
    }
}
