import Foundation

/// Turns UTF-8 byte runs into `String`s, creating each distinct string once: repeated names
/// (scopes, tags, permissions) then share one allocation, and no `String` is built for a repeat.
/// An open-addressing table keyed by the XXH64 of the bytes; lookups compare the bytes themselves.
public struct StringInterner {
    private var strings: [String] = []
    private var hashes: [UInt64] = []
    /// Indexes into `strings`, -1 for an empty slot; the size is a power of two.
    private var slots: [Int32]

    /// An empty interner sized for about `capacity` distinct strings before it grows.
    public init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
    }

    /// The number of distinct strings interned so far.
    public var count: Int { strings.count }

    /// The interned string equal to `bytes` decoded as UTF-8 (invalid sequences become U+FFFD).
    public mutating func intern(_ bytes: UnsafeRawBufferPointer) -> String {
        let hash = ContentHash.xxh64(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if hashes[index] == hash, Self.equal(strings[index], bytes) { return strings[index] }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        slots[slot] = Int32(strings.count)
        strings.append(string)
        hashes.append(hash)
        if strings.count * 2 > slots.count { grow() }
        return string
    }

    /// The interned string equal to `string`.
    public mutating func intern(_ string: String) -> String {
        var copy = string
        return copy.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
    }

    private static func equal(_ string: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let utf8 = string.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { stored in
            guard let storedBase = stored.baseAddress, let base = bytes.baseAddress else { return true }
            return memcmp(storedBase, base, bytes.count) == 0
        } ?? utf8.elementsEqual(bytes)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
