extension Discovery {
    /// One line per call found (`file:line:column  METHOD /path  operationId  confidence  (how)`),
    /// then a summary.
    public var text: String {
        var lines = calls.map { call -> String in
            let how =
                call.evidence == .sdkMethod
                ? "SDK method \(call.match)"
                : "path \(call.match)" + (call.methodSeen.map { ", method \($0) seen" } ?? ", no method seen")
            guard let operation = call.operation else {
                let what =
                    call.candidates.isEmpty
                    ? "not an operation of \(specName)"
                    : "one of: \(call.candidates.map(\.reference).joined(separator: ", "))"
                return "\(call.location)  ? \(call.match)  \(call.confidence.rawValue)  (\(how); \(what))"
            }
            return "\(call.location)  \(operation.reference)  \(operation.operationId ?? "-")  "
                + "\(call.confidence.rawValue)  (\(how))"
        }
        for skip in skipped { lines.append("\(skip.file): skipped (\(skip.reason))") }
        let operations = operations(minimum: .low).count
        let files = Set(calls.map(\.file)).count
        lines.append(
            "\(calls.count) call(s) of \(operations) operation(s) in \(files) file(s); "
                + "\(filesScanned) file(s) scanned, \(skipped.count) skipped")
        return lines.joined(separator: "\n") + "\n"
    }
}
