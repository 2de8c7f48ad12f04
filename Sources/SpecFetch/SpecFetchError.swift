import Spec

/// Why `spec fetch` could not deliver a spec. Nothing is written when it fails.
public enum SpecFetchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No HTTP answer at all: refused connection, unknown host, timeout before the response.
    case transport(url: String, reason: String)
    /// The server answered with a status other than 200.
    case httpStatus(url: String, status: Int)
    /// The body ended before the `Content-Length` the server announced.
    case truncated(url: String, received: Int64, expected: Int64)
    /// The transfer broke off after the response began, without a `Content-Length` to compare.
    case interrupted(url: String, received: Int64, reason: String)
    /// The body arrived whole but is not a Swagger 2.0 / OpenAPI 3 JSON document.
    case notASpec(url: String, error: SpecError)
    /// The spec could not be written to its destination.
    case write(path: String, reason: String)

    /// One line for the person running the command: what failed and with which numbers.
    public var description: String {
        switch self {
        case .transport(let url, let reason):
            return "cannot download \(url): \(reason)"
        case .httpStatus(let url, let status):
            return "\(url) answered HTTP \(status) (\(Self.statusText(status))), not 200 with the API spec"
        case .truncated(let url, let received, let expected):
            return
                "the download of \(url) was cut short: received \(received) of \(expected) bytes (Content-Length)"
        case .interrupted(let url, let received, let reason):
            return "the download of \(url) broke off after \(received) bytes: \(reason)"
        case .notASpec(let url, let error):
            var detail = "expected \(error.expected), found \(error.found)"
            if let position = error.position { detail += " at line \(position.line), column \(position.column)" }
            return "\(url) did not return an API spec: \(error.summary); \(detail)"
        case .write(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }

    /// The reason phrase of common statuses, for messages.
    static func statusText(_ status: Int) -> String {
        switch status {
        case 301, 302, 303, 307, 308: "redirect"
        case 400: "bad request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not found"
        case 429: "too many requests"
        case 500: "internal server error"
        case 502: "bad gateway"
        case 503: "service unavailable"
        case 504: "gateway timeout"
        default: status >= 500 ? "server error" : status >= 400 ? "client error" : "unexpected status"
        }
    }
}
