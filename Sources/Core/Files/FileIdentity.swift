#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the file system knows of a file without reading it: device, inode, size, and the times
/// of its last content change (mtime) and last status change (ctime). Two equal identities of
/// one path mean the file was not rewritten between them, unless it was rewritten within the
/// file system's timestamp granularity of the first (see `isSettled(at:window:)`). ctime cannot
/// be set by a user, so a rewrite followed by `touch -d` to the old mtime still changes it.
public struct FileIdentity: Equatable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Last content change, in nanoseconds since the epoch.
    public var modified: Int64
    /// Last status change (any write, rename, chmod, utimes), in nanoseconds since the epoch.
    public var changed: Int64

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    /// The identity of the regular file at `path` (symbolic links followed); nil when it cannot
    /// be read or is not a regular file.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The identity in a `stat` result; nil unless it describes a regular file.
    public init?(_ status: stat) {
        guard (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
            let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
        #else
            let (modified, changed) = (status.st_mtim, status.st_ctim)
        #endif
        self.init(
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
            modified: Self.nanoseconds(modified), changed: Self.nanoseconds(changed))
    }

    /// Whether the file's last change lies more than `window` nanoseconds before `now` (both
    /// since the epoch). Only then can an identity stand for the content read: a file rewritten
    /// just after it was read, within one timestamp tick, could keep the same times ("racy").
    public func isSettled(at now: Int64, window: Int64) -> Bool {
        max(modified, changed) < now - window
    }

    /// The current time in nanoseconds since the epoch, from the clock file timestamps use.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
