import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for download tests: it listens on an ephemeral port,
/// answers at most `maximumRequests` requests (one per connection) from canned responses by
/// path, and stops. Every wait is bounded (accept and read time out), so a test can never hang
/// on it.
final class LocalHTTPServer: @unchecked Sendable {
    /// One canned answer.
    struct Response {
        var status: Int
        var reason: String
        var headers: [(String, String)]
        var body: [UInt8]
        /// Bytes to announce in `Content-Length`; nil: the body's size.
        var announcedLength: Int?

        /// A 200 with `body` as JSON.
        static func json(_ body: String) -> Response {
            Response(status: 200, reason: "OK", headers: [("Content-Type", "application/json")], body: Array(body.utf8))
        }

        /// A status with a short text body.
        static func status(_ status: Int, _ reason: String) -> Response {
            Response(
                status: status, reason: reason, headers: [("Content-Type", "text/plain")], body: Array(reason.utf8))
        }

        /// `body` cut off after `sent` bytes while announcing its full length, then the connection closes.
        static func truncated(_ body: String, sent: Int) -> Response {
            Response(
                status: 200, reason: "OK", headers: [("Content-Type", "application/json")],
                body: Array(body.utf8.prefix(sent)), announcedLength: body.utf8.count)
        }
    }

    let port: UInt16
    private let listener: Int32
    private let routes: [String: Response]
    private let maximumRequests: Int
    private let timeoutMilliseconds: Int32
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var paths: [String] = []

    /// The request paths served, in order.
    var requestedPaths: [String] { lock.withLock { paths } }

    /// Starts serving `routes` (unknown paths get a 404) on a background thread.
    init(routes: [String: Response], maximumRequests: Int, timeoutSeconds: Int = 5) throws {
        self.routes = routes
        self.maximumRequests = maximumRequests
        self.timeoutMilliseconds = Int32(timeoutSeconds * 1000)
        #if canImport(Glibc)
            let stream = Int32(SOCK_STREAM.rawValue)
        #else
            let stream = SOCK_STREAM
        #endif
        let socketDescriptor = socket(AF_INET, stream, 0)
        guard socketDescriptor >= 0 else { throw POSIXError(.EIO) }
        var reuse: Int32 = 1
        setsockopt(socketDescriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(socketDescriptor, 8) == 0 else {
            close(socketDescriptor)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketDescriptor, $0, &length) }
        }
        listener = socketDescriptor
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// `http://127.0.0.1:<port><path>`.
    func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    /// Waits (bounded) for the serving thread to finish.
    func stop() {
        _ = done.wait(timeout: .now() + .seconds(Int(timeoutMilliseconds / 1000) + 2))
    }

    private func serve() {
        defer {
            close(listener)
            done.signal()
        }
        for _ in 0..<maximumRequests {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, timeoutMilliseconds) > 0 else { return }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            handle(connection)
            close(connection)
        }
    }

    private func handle(_ connection: Int32) {
        var timeout = timeval(tv_sec: Int(timeoutMilliseconds / 1000), tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.ends(with: Array("\r\n\r\n".utf8)), request.count < 65536 {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            request += buffer[0..<count]
        }
        let requestLine = String(decoding: request.prefix { $0 != UInt8(ascii: "\r") }, as: UTF8.self)
        let parts = requestLine.split(separator: " ")
        let path = parts.count > 1 ? String(parts[1]) : "/"
        lock.withLock { paths.append(path) }
        let response = routes[path] ?? .status(404, "Not Found")
        var head = "HTTP/1.1 \(response.status) \(response.reason)\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(response.announcedLength ?? response.body.count)\r\nConnection: close\r\n\r\n"
        send(connection, Array(head.utf8) + response.body)
    }

    private func send(_ connection: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { LocalHTTPServer.write(connection, $0) }
            guard sent > 0 else { return }
            offset += sent
        }
    }
}

extension LocalHTTPServer {
    /// `send(2)` without SIGPIPE when the client has gone.
    fileprivate static func write(_ connection: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        #if canImport(Glibc)
            Glibc.send(connection, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
        #else
            Darwin.send(connection, bytes.baseAddress, bytes.count, 0)
        #endif
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
