/// How far a download has come: bytes received and, when the server announced it, the total.
public struct DownloadProgress: Equatable, Sendable, CustomStringConvertible {
    public var received: Int64
    /// The `Content-Length`, when known.
    public var expected: Int64?

    public init(received: Int64, expected: Int64?) {
        self.received = received
        self.expected = expected
    }

    /// Whole percent done, when the total is known.
    public var percent: Int? {
        guard let expected, expected > 0 else { return nil }
        return Int(min(100, received * 100 / expected))
    }

    /// `3.4 MB of 38.2 MB (8%)`, or `3.4 MB` when the total is unknown.
    public var description: String {
        guard let expected, let percent else { return Self.megabytes(received) }
        return "\(Self.megabytes(received)) of \(Self.megabytes(expected)) (\(percent)%)"
    }

    /// Bytes in decimal megabytes with one decimal: `38.2 MB`.
    static func megabytes(_ bytes: Int64) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
