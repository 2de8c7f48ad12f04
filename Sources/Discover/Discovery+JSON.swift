import Core

extension Discovery {
    /// The stable JSON form of `scopecheck discover --format json` (documented in
    /// docs/discover.md): `{"calls": [{"method", "path", "operationId", "file", "line",
    /// "confidence", ...}], ...}`.
    public var json: JSONOutput {
        let calls = self.calls.map { call in
            JSONOutput.fields([
                ("method", call.method.map(JSONOutput.string) ?? .null),
                ("path", .string(call.path)),
                ("operationId", call.operation?.operationId.map(JSONOutput.string) ?? .null),
                ("file", .string(call.file)),
                ("line", .int(call.line)),
                ("column", .int(call.column)),
                ("confidence", .string(call.confidence.rawValue)),
                ("evidence", .string(call.evidence.rawValue)),
                ("match", .string(call.match)),
                ("candidates", .array(call.candidates.map { .string($0.reference) })),
            ])
        }
        return .fields([
            ("calls", .array(calls)),
            ("filesScanned", .int(filesScanned)),
            ("skipped", .array(skipped.map { .fields([("file", .string($0.file)), ("reason", .string($0.reason))]) })),
            ("spec", .string(specName)),
        ])
    }
}
