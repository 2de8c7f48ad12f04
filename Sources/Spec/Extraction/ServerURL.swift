/// OpenAPI 3 server URLs (`https://{region}.example.com/v1`): their variables replaced, and split
/// into host and path.
enum ServerURL {
    /// A server variable: its `default` and its `enum` values.
    struct Variable {
        var name: String
        var defaultValue: String?
        var values: [String]
    }

    /// The most URLs one server expands to (enum values multiply).
    static let expansionLimit = 32

    /// The URLs `url` stands for: every `{name}` of a defined variable replaced by its default
    /// first, then by each of its enum values, in order, at most `expansionLimit`. References to
    /// undefined variables stay as they are.
    static func expansions(of url: String, variables: [Variable]) -> [String] {
        var urls = [url]
        for variable in variables where url.contains("{\(variable.name)}") {
            var values: [String] = variable.defaultValue.map { [$0] } ?? []
            values += variable.values.filter { !values.contains($0) }
            guard !values.isEmpty else { continue }
            urls = urls.flatMap { partial in
                values.map { partial.replacingOccurrences(of: "{\(variable.name)}", with: $0) }
            }
            urls = Array(urls.prefix(expansionLimit))
        }
        return urls
    }

    /// The host (without user info, with any port) and the path (without a trailing `/`; empty for
    /// none) of an absolute URL; a relative URL (`/v1`) has no host.
    static func split(_ url: String) -> (host: String?, path: String) {
        guard let schemeEnd = url.range(of: "://") else { return (nil, trimmedPath(Substring(url))) }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        let path = rest[authorityEnd...].prefix { $0 != "?" && $0 != "#" }
        return (authority.isEmpty ? nil : String(authority), trimmedPath(path))
    }

    private static func trimmedPath(_ path: Substring) -> String {
        var path = path
        while path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
