/// An API spec to check against: `FILE`, or `HOST=FILE` for the spec of the gateway at `HOST`
/// (`api.eu-gene.com=specs/eu-gene.json`). The same syntax serves `spec` in the config and
/// `--spec` on the command line.
public struct SpecBinding: Hashable, Sendable, CustomStringConvertible {
    /// The API host the spec belongs to, if bound to one.
    public var host: String?
    public var file: String

    public init(host: String?, file: String) {
        self.host = host
        self.file = file
    }

    public var description: String { host.map { "\($0)=\(file)" } ?? file }

    /// Reads `FILE` or `HOST=FILE`. Text before the first `=` counts as a host only when it holds
    /// no `/`, so `./specs/a=b.json` is a file. The error is a sentence saying what is wrong.
    public static func parse(_ text: String) -> Result<SpecBinding, SpecBindingError> {
        guard let equals = text.firstIndex(of: "="), !text[..<equals].contains("/") else {
            guard !text.isEmpty else { return .failure(SpecBindingError(message: "The spec entry is empty")) }
            return .success(SpecBinding(host: nil, file: text))
        }
        let host = String(text[..<equals])
        let file = String(text[text.index(after: equals)...])
        guard !host.isEmpty else {
            return .failure(SpecBindingError(message: "The spec entry \"\(text)\" has no host before \"=\""))
        }
        guard host.unicodeScalars.allSatisfy(isHostCharacter) else {
            return .failure(SpecBindingError(message: "\"\(host)\" is not a host name (in the spec entry \"\(text)\")"))
        }
        guard !file.isEmpty else {
            return .failure(SpecBindingError(message: "The spec entry \"\(text)\" has no file after \"=\""))
        }
        return .success(SpecBinding(host: host, file: file))
    }

    /// Letters, digits, `.`, `-` and a `:` before a port.
    private static func isHostCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "." || scalar == "-" || scalar == ":"
    }
}

/// Why a `spec` entry cannot be read.
public struct SpecBindingError: Error, Hashable, Sendable {
    public var message: String
}
