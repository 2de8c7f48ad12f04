import Foundation

/// A spec given to scopecheck, optionally bound to the host whose calls it governs: written
/// `FILE` or `HOST=FILE` (`api.eu-gene.com=gateway.json`) on the command line or in a config.
public struct SpecBinding: Hashable, Sendable, CustomStringConvertible {
    /// Why a binding could not be parsed.
    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The host (normalised: lowercased, without port), or nil for a spec not bound to a host.
    public var host: String?
    /// The spec file.
    public var path: String
    /// The scope-list semantics chosen for this spec; nil: detected (see `ScopeListSemantics`).
    public var semantics: ScopeListSemantics?

    public init(path: String, host: String? = nil, semantics: ScopeListSemantics? = nil) {
        self.path = path
        self.host = host.map(HostName.key)
        self.semantics = semantics
    }

    /// Parses `FILE` or `HOST=FILE`. The part before the first `=` is a host only when it looks
    /// like one (see `HostName`) and the whole text is not an existing file, so paths containing
    /// `=` stay paths; a leading `=` (`=odd=name.json`) forces the rest to be read as a path.
    public static func parse(
        _ text: String, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) throws(ParseError) -> SpecBinding {
        guard !text.isEmpty else { throw ParseError(description: "empty spec: expected FILE or HOST=FILE") }
        if text.hasPrefix("=") {
            let path = String(text.dropFirst())
            guard !path.isEmpty else { throw ParseError(description: "\"=\" without a spec file after it") }
            return SpecBinding(path: path)
        }
        guard let equals = text.firstIndex(of: "="), !fileExists(text),
            let host = HostName.normalized(String(text[..<equals]))
        else { return SpecBinding(path: text) }
        let path = String(text[text.index(after: equals)...])
        guard !path.isEmpty else {
            throw ParseError(description: "\"\(text)\" binds the host \(host) to no spec file: expected HOST=FILE")
        }
        return SpecBinding(path: path, host: host)
    }

    /// `HOST=FILE` or `FILE` (a path with `=` in it is written `=FILE`).
    public var description: String {
        if let host { return "\(host)=\(path)" }
        return path.contains("=") ? "=\(path)" : path
    }
}
