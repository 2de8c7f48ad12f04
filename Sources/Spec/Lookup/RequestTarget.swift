/// How users write the target of a request: a path (`/api/v2/users/me`) or a URL
/// (`https://api.mypurecloud.ie/api/v2/users/me?expand=groups#x`).
package enum RequestTarget {
    /// The path of `target`: without scheme and host, query and fragment, and without a trailing
    /// slash; nil unless it starts with `/` (after any scheme and host).
    package static func path(of target: String) -> String? {
        var rest = Substring(target)
        if let schemeEnd = rest.range(of: "://") {
            rest = rest[schemeEnd.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        guard rest.hasPrefix("/") else { return nil }
        while rest.count > 1, rest.hasSuffix("/") { rest = rest.dropLast() }
        return String(rest)
    }
}

extension RequestTarget {
    /// The host of a URL target (`https://api.example.com:443/x` → `api.example.com`, compared as
    /// `HostName.key`), nil for a path.
    static func host(of target: String) -> String? {
        guard target.contains("://") else { return nil }
        return ServerURL.split(target).host.map(HostName.key)
    }
}
