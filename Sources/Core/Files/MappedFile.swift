#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file mapped read-only into memory, so large inputs are read without copying.
/// On Linux the pages are populated up front (`MAP_POPULATE`), which is cheaper than faulting
/// them in one by one during a scan. The mapping lives as long as the object.
public final class MappedFile: @unchecked Sendable {
    /// The path the file was opened from.
    public let path: String
    /// The file's size in bytes.
    public let count: Int
    /// What the file system said of the file when it was opened.
    public let identity: FileIdentity
    private let base: UnsafeMutableRawPointer?

    /// Why a file could not be mapped.
    public struct OpenError: Error, Sendable, CustomStringConvertible {
        /// The path that was being opened.
        public var path: String
        /// The system's reason, e.g. "No such file or directory".
        public var reason: String

        public var description: String { "cannot read \(path): \(reason)" }
    }

    /// Opens and maps `path`. Throws `OpenError` when it is missing, unreadable or not a regular file.
    public init(path: String) throws(OpenError) {
        self.path = path
        // Non-blocking, so that opening a FIFO returns at once (and is then refused).
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw OpenError(path: path, reason: Self.systemReason()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw OpenError(path: path, reason: Self.systemReason()) }
        guard let identity = FileIdentity(status) else { throw OpenError(path: path, reason: "not a regular file") }
        self.identity = identity
        count = Int(status.st_size)
        guard count > 0 else {
            base = nil
            return
        }
        #if os(Linux)
            let flags = MAP_PRIVATE | MAP_POPULATE
        #else
            let flags = MAP_PRIVATE
        #endif
        let address = mmap(nil, count, PROT_READ, flags, descriptor, 0)
        guard let address, address != MAP_FAILED else { throw OpenError(path: path, reason: Self.systemReason()) }
        base = address
    }

    deinit {
        if let base { munmap(base, count) }
    }

    /// Calls `body` with the file's bytes; the buffer must not escape the call.
    public func withBytes<Result, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
