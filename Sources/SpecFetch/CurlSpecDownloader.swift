import Core
import Foundation

/// Downloads with the system's `curl`, so the scopecheck binary links no networking library:
/// every command but `spec fetch` starts without libcurl and its TLS chain, and the release
/// binary links the Swift runtime statically. curl writes the body to a pipe that is read in
/// chunks and streamed to the file (progress is reported per chunk) and the response headers
/// to a file beside it, read for the status and `Content-Length`.
public struct CurlSpecDownloader: SpecDownloader {
    /// Seconds without any data (or to connect) before the transfer is abandoned.
    public var idleTimeout: Int
    /// Seconds the whole transfer may take.
    public var totalTimeout: Int
    /// The curl to run: a path, or a name looked up on `PATH`.
    public var curl: String

    public init(idleTimeout: Int = 60, totalTimeout: Int = 900, curl: String = "curl") {
        self.idleTimeout = idleTimeout
        self.totalTimeout = totalTimeout
        self.curl = curl
    }

    public func download(
        _ url: URL, to destination: String, progress: @escaping @Sendable (DownloadProgress) -> Void
    ) throws(SpecFetchError) -> DownloadResponse {
        let address = url.absoluteString
        guard let executable = Self.executable(named: curl) else {
            throw .transport(url: address, reason: "\(curl) was not found on PATH; spec fetch downloads with curl")
        }
        guard FileManager.default.createFile(atPath: destination, contents: nil),
            let output = FileHandle(forWritingAtPath: destination)
        else { throw .write(path: destination, reason: "cannot create the file") }
        defer { try? output.close() }
        let headerFile = destination + ".headers"
        defer { try? FileManager.default.removeItem(atPath: headerFile) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--silent", "--show-error", "--compressed", "--proto", "=http,https",
            "--connect-timeout", String(idleTimeout), "--speed-limit", "1", "--speed-time", String(idleTimeout),
            "--max-time", String(totalTimeout), "--header", "Accept: application/json",
            "--user-agent", "scopecheck/\(ToolVersion.current)", "--dump-header", headerFile,
            "--output", "-", "--", address,
        ]
        let body = Pipe()
        let errors = Pipe()
        process.standardOutput = body
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .transport(url: address, reason: "cannot run \(executable): \(error.localizedDescription)")
        }
        var received: Int64 = 0
        var writeError: String?
        var expected: Int64?
        var headersRead = false
        let reader = body.fileHandleForReading
        while let chunk = try? reader.read(upToCount: 1 << 16), !chunk.isEmpty {
            guard writeError == nil else { continue }
            do {
                try output.write(contentsOf: chunk)
            } catch {
                writeError = error.localizedDescription
                process.terminate()
                continue
            }
            received += Int64(chunk.count)
            if !headersRead, let headers = Self.responseHeaders(at: headerFile) {
                expected = headers.bodyLength
                headersRead = true
            }
            progress(DownloadProgress(received: received, expected: expected))
        }
        let message = Self.lastLine(of: errors.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        if let writeError { throw .write(path: destination, reason: writeError) }
        guard let headers = Self.responseHeaders(at: headerFile) else {
            throw .transport(url: address, reason: message ?? "curl exited with status \(process.terminationStatus)")
        }
        if received > 0, headers.bodyLength != expected {
            progress(DownloadProgress(received: received, expected: headers.bodyLength))
        }
        let failure =
            process.terminationStatus == 0
            ? nil : (message ?? "curl exited with status \(process.terminationStatus)")
        return DownloadResponse(
            status: headers.status, expectedLength: headers.bodyLength, receivedLength: received,
            transportError: failure)
    }

    /// `name` itself when it holds a slash, else the first executable `name` on `PATH`.
    static func executable(named name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// The final response's status and body length from a `--dump-header` file; nil when no
    /// complete status line arrived (nothing was answered).
    static func responseHeaders(at path: String) -> ResponseHeaders? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return ResponseHeaders(String(decoding: data, as: UTF8.self))
    }

    /// curl's last message line (`curl: (7) Failed to connect ...`), without the `curl: ` prefix.
    private static func lastLine(of data: Data) -> String? {
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard let last = lines.last?.trimmingCharacters(in: .whitespaces), !last.isEmpty else { return nil }
        return last.hasPrefix("curl: ") ? String(last.dropFirst(6)) : last
    }
}

/// The status and announced body length of the last response in a header dump (an interim
/// `100 Continue` block comes first when the server sent one).
struct ResponseHeaders: Equatable {
    var status: Int
    /// `Content-Length`, unless the body was sent encoded (then it counts the encoded bytes,
    /// not those written).
    var bodyLength: Int64?

    init?(_ text: String) {
        var status: Int?
        var length: Int64?
        var encoded = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("HTTP/") {
                let fields = line.split(separator: " ")
                guard fields.count >= 2, let code = Int(fields[1]) else { continue }
                (status, length, encoded) = (code, nil, false)
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" { length = Int64(value) }
            if name == "content-encoding", value.lowercased() != "identity" { encoded = true }
        }
        guard let status else { return nil }
        self.init(status: status, bodyLength: encoded ? nil : length)
    }

    init(status: Int, bodyLength: Int64?) {
        self.status = status
        self.bodyLength = bodyLength
    }
}
