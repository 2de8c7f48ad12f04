import Syntax

/// The request of a data action's `request_url_template` as the specs can match it: Velocity
/// references (`${input.x}`, `$input.x`, `$!{input.x}`, `$esc.url($input.x)`,
/// `$salesforce.escReserved(...)`, `${esc.dollar}`) and unknown Terraform interpolations become
/// `{…}` placeholders, which fill a `{param}` segment of a path template and nothing else; the
/// query string and a trailing `/` are dropped; an absolute URL keeps its host, unless a
/// reference stands in it (`https://api.${var.region}/...`), when only the path is known.
public struct DataActionURL: Hashable, Sendable {
    /// The host of an absolute URL, when it is written out (`api.mypurecloud.com`).
    public var host: String?
    /// Whether the URL is absolute but its host is not known (a reference stands in it).
    public var hostIsUnknown: Bool
    /// The path with placeholders: `/api/v2/users/{userId}/presences/PURECLOUD`.
    public var path: String

    public init(host: String? = nil, hostIsUnknown: Bool = false, path: String) {
        self.host = host
        self.hostIsUnknown = hostIsUnknown
        self.path = path
    }

    /// The text a call of `method` is resolved by: `METHOD /path` or `METHOD https://host/path`.
    public func call(method: String) -> String {
        "\(method.uppercased()) \(host.map { "https://\($0)" } ?? "")\(path)"
    }

    /// Why a template cannot be read as a request path.
    public enum Problem: Error, Hashable, Sendable {
        /// The template is not text (`var.lambda_arn`) or is unknown as a whole.
        case notText(String)
        /// A placeholder stands where the host or the path starts (`${credentials.loginUrl}/...`).
        case placeholderPrefix
        /// Not a URL or path (a Lambda ARN, a bare word).
        case notAPath(String)
    }

    /// The request of a template given as pieces of known text and unknown values (see
    /// `TemplatePiece`); Velocity is read from the text.
    public static func parse(_ pieces: [TemplatePiece]) -> Result<DataActionURL, Problem> {
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let known): text += known
            case .unknown: text += placeholderMarker
            }
        }
        return parse(text)
    }

    /// The request of a template's text.
    public static func parse(_ template: String) -> Result<DataActionURL, Problem> {
        var rest = VelocityTokens.split(template)[...]
        // The query string goes, from the first `?` outside a reference.
        if let question = rest.firstIndex(where: { $0.isText && $0.text.contains("?") }) {
            let before = String(rest[question].text.prefix { $0 != "?" })
            rest = rest[..<question] + (before.isEmpty ? [] : [VelocityTokens.Token.text(before)])
        }
        guard let first = rest.first else { return .failure(.notAPath(template)) }
        guard first.isText else { return .failure(.placeholderPrefix) }
        var host: String?
        var hostIsUnknown = false
        var tokens = Array(rest)
        if let scheme = first.text.range(of: "://") {
            tokens[0] = .text(String(first.text[scheme.upperBound...]))
            // The host runs to the first `/`; a reference in it (`https://$${input.Domain}.service-now.com/`)
            // leaves it unknown.
            guard let slash = tokens.firstIndex(where: { $0.text.contains("/") }) else {
                return .failure(.notAPath(template))
            }
            let lastHostPart = tokens[slash].text.prefix { $0 != "/" }
            hostIsUnknown = tokens[..<slash].contains { !$0.isText }
            if !hostIsUnknown {
                host = (tokens[..<slash].map(\.text).joined() + lastHostPart).lowercased()
            }
            tokens = [.text(String(tokens[slash].text.drop { $0 != "/" }))] + tokens[(slash + 1)...]
        }
        guard case .text(let leading) = tokens[0], leading.hasPrefix("/") else {
            return .failure(.notAPath(template))
        }
        var segments: [String] = []
        var current = ""
        var hasPlaceholder = false
        func finish() {
            segments.append(hasPlaceholder ? "{\(current.isEmpty ? "value" : current)}" : current)
            current = ""
            hasPlaceholder = false
        }
        for token in tokens {
            switch token {
            case .text(let text):
                for character in text {
                    if character == "/" { finish() } else if !hasPlaceholder { current.append(character) }
                }
            case .reference(let name):
                if !hasPlaceholder { current = name }
                hasPlaceholder = true
            }
        }
        finish()
        // The text before the first `/` is empty; a trailing `/` leaves an empty last segment.
        segments.removeFirst()
        if segments.count > 1, segments.last == "" { segments.removeLast() }
        return .success(
            DataActionURL(host: host, hostIsUnknown: hostIsUnknown, path: "/" + segments.joined(separator: "/")))
    }

    /// Stands for an unknown Terraform interpolation in the text read as Velocity.
    static let placeholderMarker = "${terraform.unknown}"
}

/// Velocity's references in a template's text.
enum VelocityTokens {
    /// Literal text, or a reference with the name it would fill a path parameter with.
    enum Token: Equatable {
        case text(String)
        case reference(String)

        var isText: Bool {
            if case .text = self { return true }
            return false
        }

        var text: String {
            if case .text(let text) = self { return text }
            return ""
        }
    }

    /// The text split into literal runs and references: `${...}` and `$!{...}` (braces matched,
    /// quotes respected), and `$name` followed by `.name`, `(...)` and `[...]` steps
    /// (`$esc.url($input.x)`). `$` before anything else is literal.
    static func split(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var literal = String.UnicodeScalarView()
        var index = 0
        func flush() {
            if !literal.isEmpty { tokens.append(.text(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        while index < scalars.count {
            guard scalars[index] == "$", let end = referenceEnd(scalars, from: index) else {
                literal.append(scalars[index])
                index += 1
                continue
            }
            flush()
            tokens.append(.reference(name(String(String.UnicodeScalarView(scalars[index..<end])))))
            index = end
        }
        flush()
        return tokens
    }

    /// The index after the reference starting with the `$` at `start`; nil when none starts there.
    private static func referenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        if index < scalars.count, scalars[index] == "!" { index += 1 }
        guard index < scalars.count else { return nil }
        if scalars[index] == "{" { return closing(scalars, from: index, open: "{", close: "}") }
        guard isNameStart(scalars[index]) else { return nil }
        index = name(scalars, from: index)
        while index < scalars.count {
            switch scalars[index] {
            case "." where index + 1 < scalars.count && isNameStart(scalars[index + 1]):
                index = name(scalars, from: index + 1)
            case "(":
                guard let end = closing(scalars, from: index, open: "(", close: ")") else { return index }
                index = end
            case "[":
                guard let end = closing(scalars, from: index, open: "[", close: "]") else { return index }
                index = end
            default:
                return index
            }
        }
        return index
    }

    /// The index after the bracket closing the one at `start`, nested brackets and quoted text
    /// passed over; nil when it is never closed.
    private static func closing(
        _ scalars: [Unicode.Scalar], from start: Int, open: Unicode.Scalar, close: Unicode.Scalar
    )
        -> Int?
    {
        var depth = 0
        var quote: Unicode.Scalar?
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == "\\" {
                    index += 1
                } else if scalar == open {
                    quote = nil
                }
            } else if scalar == "'" || scalar == "\"" {
                quote = scalar
            } else if scalar == open {
                depth += 1
            } else if scalar == close {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return nil
    }

    private static func name(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count,
            isNameStart(scalars[index]) || ("0"..."9").contains(scalars[index])
                || scalars[index] == "-"
        {
            index += 1
        }
        return index
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    /// The name a reference would fill a path parameter with, for messages: the input it reads
    /// (`${input.userId}` → `userId`, `$salesforce.escReserved($input.type)` → `type`), else its
    /// first name that is not a Velocity tool (`$esc.url('On Queue')` → `On`), else `value`.
    private static func name(_ reference: String) -> String {
        let names = reference.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
        if let input = names.firstIndex(where: { $0.lowercased() == "input" }), input + 1 < names.count {
            return names[input + 1]
        }
        let tools: Set = ["esc", "url", "dollar", "terraform", "unknown"]
        return names.first { !tools.contains($0) } ?? "value"
    }
}
