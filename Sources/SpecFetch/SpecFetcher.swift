import Foundation
import Spec

/// What `spec fetch` delivered.
public struct SpecFetchResult: Sendable {
    /// Where the spec was written.
    public var path: String
    public var url: String
    /// The size of the written file.
    public var bytes: Int64
    /// The spec as read back, with `path` as its location.
    public var description: SpecDescription
    /// Whether the index was written to the cache (or already there).
    public var cacheOutcome: SpecLoadResult.CacheOutcome
}

/// Downloads an API spec, checks it is whole and readable, and only then puts it in place.
///
/// The body is streamed to a temporary file beside the destination; the HTTP status, the
/// `Content-Length` and the document itself (read with `SpecLoader`, which also builds the
/// index cache) are checked; then the temporary file is renamed over the destination, so
/// readers see the old spec or the new one, never a partial file. On any failure the temporary
/// file is removed and the destination is left as it was.
public struct SpecFetcher: Sendable {
    public var downloader: any SpecDownloader

    public init(downloader: any SpecDownloader = CurlSpecDownloader()) {
        self.downloader = downloader
    }

    /// Where `spec fetch` writes without `--output`: `genesys-swagger.json` in the cache
    /// directory, where `SpecLocator` looks for it; nil when there is no cache directory.
    public static func defaultDestination(environment: [String: String]) -> String? {
        SpecCache.defaultDirectory(environment: environment).map { $0 + "/" + SpecLocator.defaultFileName }
    }

    /// Fetches `url` into `destination`, indexing it into `cache` when given.
    public func fetch(
        _ url: URL, to destination: String, cache: SpecCache?,
        progress: @escaping @Sendable (DownloadProgress) -> Void = { _ in }
    ) throws(SpecFetchError) -> SpecFetchResult {
        let directory = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: directory.isEmpty ? "." : directory, withIntermediateDirectories: true)
        } catch {
            throw .write(path: destination, reason: error.localizedDescription)
        }
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(UUID().uuidString).download"
        defer { try? FileManager.default.removeItem(atPath: temporary) }

        let address = url.absoluteString
        let response = try downloader.download(url, to: temporary, progress: progress)
        guard response.status == 200 else { throw .httpStatus(url: address, status: response.status) }
        if let expected = response.expectedLength, response.receivedLength < expected {
            throw .truncated(url: address, received: response.receivedLength, expected: expected)
        }
        if let reason = response.transportError {
            throw .interrupted(url: address, received: response.receivedLength, reason: reason)
        }
        let loaded: SpecLoadResult
        do {
            loaded = try SpecLoader.load(path: temporary, cache: cache)
        } catch {
            throw .notASpec(url: address, error: error)
        }
        guard rename(temporary, destination) == 0 else {
            throw .write(path: destination, reason: String(cString: strerror(errno)))
        }
        var description = SpecDescription(loaded.spec)
        description.path = destination
        return SpecFetchResult(
            path: destination, url: address, bytes: response.receivedLength, description: description,
            cacheOutcome: loaded.cacheOutcome)
    }
}
