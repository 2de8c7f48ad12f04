import Core

/// The syntactic check of a `calls` entry: `METHOD /path`, `METHOD https://host/path`, or a
/// single name (operationId or SDK method name). Whether the call exists is decided later,
/// against the API spec.
enum PolicyCallSyntax {
    /// The HTTP methods a call may name.
    static let methods = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]

    /// The problems of `call`, none when it is well formed.
    static func problems(in call: Located<String>) -> [Diagnostic] {
        let words = call.value.split(whereSeparator: \.isWhitespace)
        guard let first = words.first.map(String.init) else {
            return [
                .error(
                    "Empty call",
                    detail:
                        "Write \"METHOD /api/v2/...\", a URL after the method, an operationId or an SDK method name.",
                    at: call.range)
            ]
        }
        let method = methods.contains(first.uppercased()) ? first.uppercased() : nil
        guard words.count > 1 else {
            if let method {
                return [.error("The call \"\(call.value)\" needs a path: \"\(method) /api/v2/...\"", at: call.range)]
            }
            if isTarget(first) {
                return [.error("The call \"\(call.value)\" needs an HTTP method: \"GET \(first)\"", at: call.range)]
            }
            return []
        }
        guard method == first else {
            let suggestion = method ?? ClosestName.to(first.uppercased(), among: methods)
            let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? ""
            return [
                .error(
                    "Unknown HTTP method \"\(first)\" in the call \"\(call.value)\"\(hint)",
                    detail: "Methods are \(methods.joined(separator: ", ")).", at: call.range)
            ]
        }
        let target = String(words[1])
        guard isTarget(target) else {
            return [
                .error(
                    "Expected a path (\"/api/v2/...\") or a URL after \"\(first)\" in the call \"\(call.value)\"",
                    at: call.range)
            ]
        }
        guard words.count == 2 else {
            return [.error("Unexpected text after the path in the call \"\(call.value)\"", at: call.range)]
        }
        return []
    }

    /// Whether `text` is a path or an HTTP(S) URL.
    private static func isTarget(_ text: String) -> Bool {
        text.hasPrefix("/") || text.hasPrefix("https://") || text.hasPrefix("http://")
    }
}
