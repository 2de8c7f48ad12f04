import Core

/// The compact binary encoding of an `APISpec` kept in the cache (a "spec index").
///
///     header, 44 bytes, integers little-endian
///       magic            8 bytes  "SCOPEIDX"
///       format version   UInt32   `formatVersion`; any other value is not read
///       spec length      UInt64   size of the spec file the index was built from
///       spec hash        UInt64   XXH64 of that file (see `ContentHash`)
///       payload length   UInt64   bytes that follow the header
///       payload checksum UInt64   XXH64 of those bytes
///     payload
///       string table     varint count, then each string as varint length + UTF-8 bytes
///       spec             title, version, format, hosts, basePath?, scope-list reading,
///                        oauthSchemes, scopes
///       operations       varint count, then each operation's fields in declaration order
///
/// The scope-list reading is a byte for the semantics (0 any-of, 1 all-of) and a byte for its
/// basis (0 requested, 1 Genesys scheme + its name, 2 Genesys extension + its name, 3 standard).
///
/// Inside the payload every string is a varint index into the table (`index + 1` for an
/// optional string, 0 for nil) and every list is a varint count followed by its elements.
/// The source path is not stored: identical files share one index. Overlays are never stored
/// (they are applied after loading), so overlay notes are not part of the format.
enum SpecIndexCodec {
    /// Bumped whenever the layout or the meaning of a field changes (older indexes are rebuilt).
    static let formatVersion: UInt32 = 2
    private static let magic = Array("SCOPEIDX".utf8)
    private static let headerLength = 44

    /// The index of `spec`, built from a file of `spec.contentLength` bytes hashing to `contentHash`.
    static func encode(_ spec: APISpec, contentHash: UInt64) -> [UInt8] {
        var encoder = PayloadEncoder()
        encoder.encode(spec)
        let payload = encoder.payload()
        var writer = ByteWriter()
        writer.write(contentsOf: magic)
        writer.write(formatVersion)
        writer.write(UInt64(spec.contentLength))
        writer.write(contentHash)
        writer.write(UInt64(payload.count))
        writer.write(ContentHash.xxh64(payload))
        writer.write(contentsOf: payload)
        return writer.bytes
    }

    /// The spec stored in `bytes`, read from `source`, or nil unless `bytes` is an intact index of
    /// this format version built from a file of `length` bytes hashing to `contentHash`.
    static func decode(_ bytes: UnsafeRawBufferPointer, source: String, contentHash: UInt64, length: Int) -> APISpec? {
        guard bytes.count >= headerLength else { return nil }
        var header = ByteReader(bytes)
        guard let fileMagic = try? header.readBytes(count: magic.count), fileMagic.elementsEqual(magic),
            (try? header.readUInt32()) == formatVersion,
            (try? header.readUInt64()) == UInt64(length),
            (try? header.readUInt64()) == contentHash,
            let payloadLength = try? header.readUInt64(),
            payloadLength == UInt64(bytes.count - headerLength),
            let checksum = try? header.readUInt64()
        else { return nil }
        let payload = UnsafeRawBufferPointer(rebasing: bytes[headerLength...])
        guard ContentHash.xxh64(payload) == checksum else { return nil }
        var decoder = PayloadDecoder(payload)
        return try? decoder.decodeSpec(source: source, contentHash: contentHash, length: length)
    }
}

/// Writes the payload: the body first (collecting strings), then the string table before it.
private struct PayloadEncoder {
    private var body = ByteWriter()
    private var indexes: [String: Int] = [:]
    private var strings: [String] = []

    mutating func encode(_ spec: APISpec) {
        string(spec.title)
        string(spec.version)
        string(spec.format)
        list(spec.hosts)
        optional(spec.basePath)
        encode(spec.scopeListReading)
        list(spec.oauthSchemes)
        let scopes = spec.scopes.sorted { $0.key < $1.key }
        body.writeVarint(scopes.count)
        for (name, description) in scopes {
            string(name)
            string(description)
        }
        body.writeVarint(spec.operations.count)
        for operation in spec.operations { encode(operation) }
    }

    private mutating func encode(_ reading: ScopeListReading) {
        body.write(UInt8(reading.semantics == .anyOf ? 0 : 1))
        switch reading.basis {
        case .requested: body.write(UInt8(0))
        case .genesysScheme(let name):
            body.write(UInt8(1))
            string(name)
        case .genesysExtension(let name):
            body.write(UInt8(2))
            string(name)
        case .standard: body.write(UInt8(3))
        }
    }

    private mutating func encode(_ operation: APIOperation) {
        string(operation.method)
        string(operation.path)
        optional(operation.operationId)
        list(operation.tags)
        optional(operation.summary)
        body.write(operation.scopeRequirement.kind.rawValue)
        body.writeVarint(operation.scopeRequirement.alternatives.count)
        for alternative in operation.scopeRequirement.alternatives { list(alternative) }
        list(operation.otherSchemes)
        switch operation.permissions?.type {
        case nil: body.write(UInt8(0))
        case .any: body.write(UInt8(1))
        case .all: body.write(UInt8(2))
        }
        if let permissions = operation.permissions { list(permissions.permissions) }
        body.write(UInt8((operation.deprecated ? 1 : 0) | (operation.preview ? 2 : 0)))
        optional(operation.sdkMethodName)
    }

    private mutating func string(_ value: String) {
        body.writeVarint(index(of: value))
    }

    private mutating func optional(_ value: String?) {
        body.writeVarint(value.map { index(of: $0) + 1 } ?? 0)
    }

    private mutating func list(_ values: [String]) {
        body.writeVarint(values.count)
        for value in values { string(value) }
    }

    private mutating func index(of value: String) -> Int {
        if let index = indexes[value] { return index }
        indexes[value] = strings.count
        strings.append(value)
        return strings.count - 1
    }

    func payload() -> [UInt8] {
        var table = ByteWriter()
        table.writeVarint(strings.count)
        for string in strings {
            table.writeVarint(string.utf8.count)
            table.write(contentsOf: string.utf8)
        }
        table.write(contentsOf: body.bytes)
        return table.bytes
    }
}

/// Reads the payload back; any inconsistency throws, and the index is then rebuilt.
private struct PayloadDecoder {
    struct Corrupt: Error {}

    private var reader: ByteReader
    private var strings: [String] = []

    init(_ payload: UnsafeRawBufferPointer) {
        reader = ByteReader(payload)
    }

    mutating func decodeSpec(source: String, contentHash: UInt64, length: Int) throws -> APISpec {
        let stringCount = try count()
        strings.reserveCapacity(stringCount)
        for _ in 0..<stringCount {
            strings.append(String(decoding: try reader.readBytes(count: try reader.readVarint()), as: UTF8.self))
        }
        let title = try string()
        let version = try string()
        let format = try string()
        let hosts = try list()
        let basePath = try optional()
        let reading = try scopeListReading()
        let oauthSchemes = try list()
        var scopes: [String: String] = [:]
        for _ in 0..<(try count()) { scopes[try string()] = try string() }
        var operations: [APIOperation] = []
        let operationCount = try count()
        operations.reserveCapacity(operationCount)
        for _ in 0..<operationCount { operations.append(try operation()) }
        guard reader.isAtEnd else { throw Corrupt() }
        return APISpec(
            source: source, title: title, version: version, format: format, hosts: hosts, basePath: basePath,
            contentHash: ContentHash.hex(contentHash), contentLength: length, scopeListReading: reading,
            scopes: scopes, oauthSchemes: oauthSchemes, operations: operations)
    }

    private mutating func scopeListReading() throws -> ScopeListReading {
        let semantics: ScopeListSemantics
        switch try reader.readByte() {
        case 0: semantics = .anyOf
        case 1: semantics = .allOf
        default: throw Corrupt()
        }
        switch try reader.readByte() {
        case 0: return ScopeListReading(semantics: semantics, basis: .requested)
        case 1: return ScopeListReading(semantics: semantics, basis: .genesysScheme(try string()))
        case 2: return ScopeListReading(semantics: semantics, basis: .genesysExtension(try string()))
        case 3: return ScopeListReading(semantics: semantics, basis: .standard)
        default: throw Corrupt()
        }
    }

    private mutating func operation() throws -> APIOperation {
        var operation = APIOperation(method: try string(), path: try string())
        operation.operationId = try optional()
        operation.tags = try list()
        operation.summary = try optional()
        guard let kind = ScopeRequirement.Kind(rawValue: try reader.readByte()) else { throw Corrupt() }
        var alternatives: [[String]] = []
        for _ in 0..<(try count()) { alternatives.append(try list()) }
        operation.scopeRequirement = ScopeRequirement(kind: kind, alternatives: alternatives)
        operation.otherSchemes = try list()
        switch try reader.readByte() {
        case 0: break
        case 1: operation.permissions = PermissionRequirement(type: .any, permissions: try list())
        case 2: operation.permissions = PermissionRequirement(type: .all, permissions: try list())
        default: throw Corrupt()
        }
        let flags = try reader.readByte()
        operation.deprecated = flags & 1 != 0
        operation.preview = flags & 2 != 0
        operation.sdkMethodName = try optional()
        return operation
    }

    /// A count, refused when larger than the bytes left could hold (each element takes a byte).
    private mutating func count() throws -> Int {
        let count = try reader.readVarint()
        guard count <= reader.remaining else { throw Corrupt() }
        return count
    }

    private mutating func string() throws -> String {
        let index = try reader.readVarint()
        guard index < strings.count else { throw Corrupt() }
        return strings[index]
    }

    private mutating func optional() throws -> String? {
        let index = try reader.readVarint()
        guard index > 0 else { return nil }
        guard index <= strings.count else { throw Corrupt() }
        return strings[index - 1]
    }

    private mutating func list() throws -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }
}
