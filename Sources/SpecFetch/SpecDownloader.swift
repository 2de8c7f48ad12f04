import Foundation

/// What a finished (or broken-off) HTTP transfer delivered.
public struct DownloadResponse: Equatable, Sendable {
    /// The HTTP status.
    public var status: Int
    /// The announced `Content-Length` of the body as sent, when given and meaningful (not with a
    /// `Content-Encoding` that the transfer decoded).
    public var expectedLength: Int64?
    /// The body bytes written to the destination file.
    public var receivedLength: Int64
    /// Why the transfer ended early, when it did after the response began.
    public var transportError: String?

    public init(status: Int, expectedLength: Int64?, receivedLength: Int64, transportError: String? = nil) {
        self.status = status
        self.expectedLength = expectedLength
        self.receivedLength = receivedLength
        self.transportError = transportError
    }
}

/// Fetches a URL into a file. `spec fetch` uses `CurlSpecDownloader`; tests may inject
/// their own. A downloader only moves bytes: `SpecFetcher` judges status, length and content.
public protocol SpecDownloader: Sendable {
    /// Downloads `url` into the file at `destination` (created or truncated), calling `progress`
    /// as bytes arrive. Throws `.transport` when no response arrived at all; a transfer that
    /// breaks off after the response began returns with `transportError` set.
    func download(_ url: URL, to destination: String, progress: @escaping @Sendable (DownloadProgress) -> Void)
        throws(SpecFetchError) -> DownloadResponse
}
