/// A small, platform-independent string hash (64-bit FNV-1a over UTF-8) for fingerprints that
/// must stay the same across runs and machines — unlike `Hasher`, which is seeded per process.
public enum StableHash {
    /// The 16-digit lowercase hex FNV-1a hash of `text`.
    public static func hex(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
