#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the files scopecheck is given without trusting them: only regular files are read
/// (a FIFO, a device, a socket or a directory is refused at once, never waited on), and never
/// more than a size limit, so a hostile path cannot hang or exhaust memory.
public enum InputFile {
    /// The largest input file read: Terraform files, variables files, policies, configs,
    /// baselines, overlays and files read by `file()`.
    public static let maximumSize = 64 << 20

    /// Why a file was not read; `description` is a sentence fragment such as
    /// "is not a regular file (a FIFO)".
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var description: String
        /// Whether there is no file at the path at all (as opposed to one that cannot be read).
        public var isMissing = false
        /// Whether the file is larger than the limit it was read with.
        public var isTooLarge = false
    }

    /// The bytes of the regular file at `path` (symbolic links followed), at most `limit` of them.
    public static func read(_ path: String, limit: Int = maximumSize) -> Result<[UInt8], ReadError> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(ReadError(description: "cannot be read: \(systemReason())", isMissing: errno == ENOENT))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            return .failure(ReadError(description: "cannot be read: \(systemReason())"))
        }
        let type = status.st_mode & S_IFMT
        guard type == S_IFREG else {
            return .failure(ReadError(description: "is not a regular file (\(kind(of: type)))"))
        }
        guard Int(status.st_size) <= limit else {
            return .failure(
                ReadError(
                    description: "is larger than \(megabytes(limit)) (\(megabytes(Int(status.st_size))))",
                    isTooLarge: true))
        }
        return readAll(descriptor, expected: Int(status.st_size), limit: limit)
    }

    /// The bytes of `path` as text, for arguments that may name a pipe (`@/dev/stdin`): any file
    /// but a directory, read to its end or to `limit` bytes, whichever comes first.
    public static func readArgument(_ path: String, limit: Int) -> Result<[UInt8], ReadError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadError(description: "cannot be read: \(systemReason())")) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            return .failure(ReadError(description: "is a directory"))
        }
        return readAll(descriptor, expected: 0, limit: limit)
    }

    /// Reads to the end of the file, failing once more than `limit` bytes came.
    private static func readAll(_ descriptor: Int32, expected: Int, limit: Int) -> Result<[UInt8], ReadError> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expected, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress, buffer.count)
            }
            if count == 0 { return .success(bytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadError(description: "cannot be read: \(systemReason())"))
            }
            guard bytes.count + count <= limit else {
                return .failure(ReadError(description: "is larger than \(megabytes(limit))", isTooLarge: true))
            }
            bytes += chunk[0..<count]
        }
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, buffer, count)
        #else
            Darwin.read(descriptor, buffer, count)
        #endif
    }

    private static func kind(of type: mode_t) -> String {
        switch type {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a file"
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
