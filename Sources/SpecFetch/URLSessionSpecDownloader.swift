import Core
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Downloads with `URLSession` (FoundationNetworking on Linux), streaming the body to a file as
/// it arrives so a spec of tens of megabytes is never held in memory twice.
public struct URLSessionSpecDownloader: SpecDownloader {
    /// Seconds without any data before the transfer is abandoned.
    public var idleTimeout: TimeInterval
    /// Seconds the whole transfer may take.
    public var totalTimeout: TimeInterval

    public init(idleTimeout: TimeInterval = 60, totalTimeout: TimeInterval = 900) {
        self.idleTimeout = idleTimeout
        self.totalTimeout = totalTimeout
    }

    public func download(
        _ url: URL, to destination: String, progress: @escaping @Sendable (DownloadProgress) -> Void
    ) throws(SpecFetchError) -> DownloadResponse {
        guard FileManager.default.createFile(atPath: destination, contents: nil),
            let handle = FileHandle(forWritingAtPath: destination)
        else { throw .write(path: destination, reason: "cannot create the file") }
        defer { try? handle.close() }
        let transfer = StreamingTransfer(handle: handle, progress: progress)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = idleTimeout
        configuration.timeoutIntervalForResource = totalTimeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        var request = URLRequest(url: url)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("scopecheck/\(ToolVersion.current)", forHTTPHeaderField: "User-Agent")
        session.dataTask(with: request).resume()
        transfer.waitUntilFinished()
        session.finishTasksAndInvalidate()
        return try transfer.outcome(url: url, destination: destination)
    }
}

/// The delegate of one transfer: writes each chunk to the file and remembers what happened.
/// URLSession calls it on its own queue; the lock guards the state the caller reads afterwards.
private final class StreamingTransfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let handle: FileHandle
    private let progress: @Sendable (DownloadProgress) -> Void
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var response: HTTPURLResponse?
    private var received: Int64 = 0
    private var writeError: String?
    private var error: String?

    init(handle: FileHandle, progress: @escaping @Sendable (DownloadProgress) -> Void) {
        self.handle = handle
        self.progress = progress
    }

    func waitUntilFinished() { finished.wait() }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        lock.withLock { self.response = response as? HTTPURLResponse }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let update: DownloadProgress? = lock.withLock {
            guard writeError == nil else { return nil }
            do {
                try handle.write(contentsOf: data)
            } catch {
                writeError = error.localizedDescription
                dataTask.cancel()
                return nil
            }
            received += Int64(data.count)
            return DownloadProgress(received: received, expected: expectedLength)
        }
        if let update { progress(update) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.withLock { self.error = error.map { $0.localizedDescription } }
        finished.signal()
    }

    /// The announced body length, unless the body was sent encoded (then the length is of the
    /// encoded bytes, not of what was written).
    private var expectedLength: Int64? {
        guard let response, response.expectedContentLength >= 0 else { return nil }
        let encoding = response.value(forHTTPHeaderField: "Content-Encoding")?.lowercased()
        guard encoding == nil || encoding == "identity" else { return nil }
        return response.expectedContentLength
    }

    func outcome(url: URL, destination: String) throws(SpecFetchError) -> DownloadResponse {
        let (response, received, writeError, error, expected) = lock.withLock {
            (self.response, self.received, self.writeError, self.error, self.expectedLength)
        }
        if let writeError { throw .write(path: destination, reason: writeError) }
        guard let response else {
            throw .transport(url: url.absoluteString, reason: error ?? "no response")
        }
        return DownloadResponse(
            status: response.statusCode, expectedLength: expected, receivedLength: received, transportError: error)
    }
}
