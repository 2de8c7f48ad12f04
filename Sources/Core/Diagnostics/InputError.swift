/// An input a command cannot work with at all — a path that does not exist, no API spec, a
/// config file with errors, a token that is not a JWT — as opposed to problems inside the
/// files, which are diagnostics and findings. The command line reports it and exits 2.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    /// The error of `diagnostics`' errors, one a line, each `file:line:col: summary`.
    public init(_ diagnostics: [Diagnostic]) {
        message = diagnostics.filter { $0.severity == .error }.map(\.located).joined(separator: "\n")
    }

    public var description: String { message }
}
