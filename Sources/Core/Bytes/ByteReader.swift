/// Reads what `ByteWriter` wrote from a borrowed buffer, refusing to read past its end, so
/// truncated or corrupt data ends in a thrown `ByteReader.OutOfData`, never a crash.
public struct ByteReader {
    /// Thrown when a read needs more bytes than remain, or a varint is malformed.
    public struct OutOfData: Error, Sendable {}

    private let bytes: UnsafeRawBufferPointer
    /// The offset of the next byte to read.
    public private(set) var offset: Int

    /// A reader over `bytes` (which must outlive it), starting at `offset`.
    public init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset == bytes.count }

    /// The number of bytes not read yet.
    public var remaining: Int { bytes.count - offset }

    /// Reads one byte.
    public mutating func readByte() throws(OutOfData) -> UInt8 {
        guard offset < bytes.count else { throw OutOfData() }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Reads 4 little-endian bytes.
    public mutating func readUInt32() throws(OutOfData) -> UInt32 {
        let raw = try readBytes(count: 4)
        return UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self))
    }

    /// Reads 8 little-endian bytes.
    public mutating func readUInt64() throws(OutOfData) -> UInt64 {
        let raw = try readBytes(count: 8)
        return UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    }

    /// Reads an unsigned LEB128 varint that fits in a non-negative `Int`.
    public mutating func readVarint() throws(OutOfData) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while shift < 63 {
            let byte = try readByte()
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return Int(result) }
            shift += 7
        }
        throw OutOfData()
    }

    /// The next `count` bytes, as a slice of the underlying buffer.
    public mutating func readBytes(count: Int) throws(OutOfData) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw OutOfData() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }
}
