/// Appends little-endian integers, LEB128 variable-length integers and raw bytes to a growing
/// buffer: the writing half of a compact binary encoding (see `ByteReader`).
public struct ByteWriter: Sendable {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// Appends one byte.
    public mutating func write(_ value: UInt8) {
        bytes.append(value)
    }

    /// Appends `value` as 4 little-endian bytes.
    public mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends `value` as 8 little-endian bytes.
    public mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a non-negative `value` as an unsigned LEB128 varint (7 bits per byte, low bits first).
    public mutating func writeVarint(_ value: Int) {
        var remaining = UInt64(max(value, 0))
        while remaining >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    /// Appends raw bytes.
    public mutating func write<Bytes: Sequence>(contentsOf values: Bytes) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: values)
    }
}
