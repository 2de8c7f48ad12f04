import Core
import Foundation

/// A directory of spec indexes (see `SpecIndexCodec`), so a spec that has been read once loads
/// in a few milliseconds the next time. Indexes are named by the XXH64 and length of the spec
/// file, so any change to the file misses, and identical files share an index; a spec read with
/// scope-list semantics chosen by the user has its own index beside the detected one. Overlays are
/// not cached: they are applied to the loaded spec (see `SpecSet`).
///
/// Finding the index of an unchanged spec does not read the spec: beside the indexes, a key file
/// per spec path records the file's identity (`FileIdentity`: device, inode, size, mtime, ctime)
/// and the content hash read from it. When the file's identity still equals the recorded one,
/// the recorded hash names the index; any rewrite changes the ctime, so it misses and the file is
/// read and hashed again. A key is recorded only for a file left alone for `settleWindow` before
/// it was read, so a rewrite within the same timestamp tick cannot hide behind equal times.
///
/// The cache never makes loading fail: a missing, corrupt or outdated index is rebuilt, and a
/// directory that cannot be written just means nothing is cached. Concurrent runs are safe:
/// an index is written to a unique temporary file in the same directory, then renamed into place.
public struct SpecCache: Equatable, Sendable {
    /// The directory holding the indexes (created on first store).
    public let directory: String
    /// Nanoseconds a spec file must have been left unchanged before its identity may stand for
    /// its content (2 s: above every common file system's timestamp granularity).
    public let settleWindow: Int64

    public init(directory: String, settleWindow: Int64 = 2_000_000_000) {
        self.directory = directory
        self.settleWindow = settleWindow
    }

    /// The cache in `defaultDirectory(environment:)`, nil when there is none.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> SpecCache? {
        defaultDirectory(environment: environment).map { SpecCache(directory: $0) }
    }

    /// `$SCOPECHECK_CACHE_DIR` if set, else `$XDG_CACHE_HOME/scopecheck`, else
    /// `$HOME/.cache/scopecheck`; empty variables count as unset.
    public static func defaultDirectory(environment: [String: String]) -> String? {
        func variable(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let directory = variable("SCOPECHECK_CACHE_DIR") { return directory }
        if let cacheHome = variable("XDG_CACHE_HOME") { return cacheHome + "/scopecheck" }
        if let home = variable("HOME") { return home + "/.cache/scopecheck" }
        return nil
    }

    /// The file holding the index of a spec file of `length` bytes hashing to `contentHash`, read
    /// with the detected semantics, or with `semantics` when the user chose it.
    public func indexPath(contentHash: UInt64, length: Int, semantics: ScopeListSemantics? = nil) -> String {
        let reading = semantics.map { "-\($0.rawValue)" } ?? ""
        return "\(directory)/spec-\(ContentHash.hex(contentHash))-\(length)\(reading).index"
    }

    /// The key file recording the identity and content hash of the spec at `path` (made absolute
    /// against the working directory).
    public func keyPath(forSpecAt path: String) -> String {
        let absolute = PathResolution.resolve(path, against: FileManager.default.currentDirectoryPath)
        return "\(directory)/file-\(ContentHash.hex(ContentHash.xxh64(Array(absolute.utf8)))).key"
    }

    /// The content hash recorded for the spec at `path` when the file's identity is still
    /// `identity`; nil when there is no key, it is unreadable, or the file changed since.
    func recordedContentHash(ofSpecAt path: String, identity: FileIdentity) -> UInt64? {
        guard let data = FileManager.default.contents(atPath: keyPath(forSpecAt: path)),
            let key = SpecFileKey(String(decoding: data, as: UTF8.self)), key.identity == identity
        else { return nil }
        return key.contentHash
    }

    /// Records that the spec at `path`, with `identity` when it was read, hashes to
    /// `contentHash`, unless it changed within `settleWindow` of `now` (then the next run reads
    /// and hashes it again). Failures are ignored: the key only saves work.
    func record(specAt path: String, identity: FileIdentity, contentHash: UInt64, now: Int64) {
        guard identity.isSettled(at: now, window: settleWindow) else { return }
        let key = SpecFileKey(identity: identity, contentHash: contentHash).text
        let temporary = "\(directory)/.key-\(UUID().uuidString).tmp"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(key.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            return
        }
        if rename(temporary, keyPath(forSpecAt: path)) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// The cached spec for that content read with `semantics` (nil: detected), read from
    /// `source`; nil when absent or unusable.
    func load(contentHash: UInt64, length: Int, source: String, semantics: ScopeListSemantics?) -> APISpec? {
        let path = indexPath(contentHash: contentHash, length: length, semantics: semantics)
        guard let file = try? MappedFile(path: path) else { return nil }
        let spec = file.withBytes {
            SpecIndexCodec.decode($0, source: source, contentHash: contentHash, length: length)
        }
        return spec?.scopeListReading.requested == semantics ? spec : nil
    }

    /// Stores the index of `spec` (whose file hashes to `contentHash`); false when it could not be written.
    @discardableResult
    func store(_ spec: APISpec, contentHash: UInt64) -> Bool {
        let path = indexPath(
            contentHash: contentHash, length: spec.contentLength, semantics: spec.scopeListReading.requested)
        let temporary = "\(directory)/.spec-\(UUID().uuidString).tmp"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(SpecIndexCodec.encode(spec, contentHash: contentHash)).write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            return false
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            return false
        }
        return true
    }
}
