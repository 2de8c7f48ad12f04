/// A corrupt spec cache must be rebuilt, never trusted or crashed on: the input is the payload
/// of an index, wrapped in an intact header (right magic, version, lengths and checksum) so the
/// decoder itself reads it.
enum SpecCacheFuzzTarget {
    static func run(_ bytes: [UInt8]) {
        let hash: UInt64 = 7
        let length = 1234
        var writer = ByteWriter()
        writer.write(contentsOf: Array("SCOPEIDX".utf8))
        writer.write(SpecIndexCodec.formatVersion)
        writer.write(UInt64(length))
        writer.write(hash)
        writer.write(UInt64(bytes.count))
        bytes.withUnsafeBytes { writer.write(ContentHash.xxh64($0)) }
        writer.write(contentsOf: bytes)
        let index = writer.bytes
        guard
            let spec = index.withUnsafeBytes({
                SpecIndexCodec.decode($0, source: "fuzz.json", contentHash: hash, length: length)
            })
        else { return }
        let operationIndex = OperationIndex(spec)
        for operation in spec.operations.prefix(4) { _ = operationIndex.resolve(operation.reference) }
    }
}
