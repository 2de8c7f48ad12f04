import Core

/// The text of a spec key file (see `SpecCache`): one line,
/// `scopecheck-spec-key 1 DEVICE INODE SIZE MTIME_NS CTIME_NS CONTENT_HASH_HEX`.
struct SpecFileKey: Equatable {
    static let header = "scopecheck-spec-key 1"

    var identity: FileIdentity
    var contentHash: UInt64

    init(identity: FileIdentity, contentHash: UInt64) {
        self.identity = identity
        self.contentHash = contentHash
    }

    /// The key in `text`; nil unless it is one well-formed line of this format version.
    init?(_ text: String) {
        guard text.hasPrefix(Self.header + " "), text.hasSuffix("\n") else { return nil }
        let fields = text.dropFirst(Self.header.count + 1).dropLast().split(
            separator: " ", omittingEmptySubsequences: false)
        guard fields.count == 6, let device = UInt64(fields[0]), let inode = UInt64(fields[1]),
            let size = Int64(fields[2]), let modified = Int64(fields[3]), let changed = Int64(fields[4]),
            let contentHash = UInt64(fields[5], radix: 16)
        else { return nil }
        self.init(
            identity: FileIdentity(device: device, inode: inode, size: size, modified: modified, changed: changed),
            contentHash: contentHash)
    }

    var text: String {
        let fields = [
            "\(identity.device)", "\(identity.inode)", "\(identity.size)", "\(identity.modified)",
            "\(identity.changed)",
            ContentHash.hex(contentHash),
        ]
        return Self.header + " " + fields.joined(separator: " ") + "\n"
    }
}
