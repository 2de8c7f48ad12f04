import Foundation
import Testing

@testable import Core

@Suite struct SupportTests {
    @Test func contentHashIsXXH64() {
        #expect(ContentHash.xxh64(Array("".utf8)) == 0xEF46_DB37_51D8_E999)
        #expect(ContentHash.xxh64(Array("a".utf8)) == 0xD24E_C4F1_A98C_6E5B)
        #expect(ContentHash.xxh64(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        #expect(ContentHash.xxh64(Array("Nobody inspects the spammish repetition".utf8)) == 0xFBCE_A83C_8A37_8BF1)
        #expect(ContentHash.hex(0xAB) == "00000000000000ab")
    }

    @Test func contentHashSeesEveryByte() {
        let base = Array(repeating: UInt8(7), count: 100)
        let hashes = Set(
            (0..<base.count).map { index in
                var changed = base
                changed[index] ^= 1
                return ContentHash.xxh64(changed)
            })
        #expect(hashes.count == base.count)
        #expect(!hashes.contains(ContentHash.xxh64(base)))
    }

    @Test func editDistanceCountsSingleEdits() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("same", "same") == 0)
        #expect(EditDistance.between("kitten", "sitting", limit: 2) == nil)
        #expect(EditDistance.between("abc", "abcdefgh", limit: 3) == nil)
    }

    @Test func bytesRoundTripThroughWriterAndReader() throws {
        var writer = ByteWriter()
        writer.write(UInt8(9))
        writer.write(UInt32(0xDEAD_BEEF))
        writer.write(UInt64.max)
        for value in [0, 127, 128, 300, Int(Int32.max), Int.max] { writer.writeVarint(value) }
        writer.write(contentsOf: Array("ok".utf8))
        #expect(writer.bytes.count == 1 + 4 + 8 + (1 + 1 + 2 + 2 + 5 + 9) + 2)
        try writer.bytes.withUnsafeBytes { bytes throws in
            var reader = ByteReader(bytes)
            #expect(try reader.readByte() == 9)
            #expect(try reader.readUInt32() == 0xDEAD_BEEF)
            #expect(try reader.readUInt64() == .max)
            for value in [0, 127, 128, 300, Int(Int32.max), Int.max] { #expect(try reader.readVarint() == value) }
            #expect(Array(try reader.readBytes(count: 2)) == Array("ok".utf8))
            #expect(reader.isAtEnd)
            #expect(throws: ByteReader.OutOfData.self) { try reader.readByte() }
        }
    }

    @Test func byteReaderRefusesOverlongVarints() {
        let bytes = [UInt8](repeating: 0xFF, count: 12)
        bytes.withUnsafeBytes { buffer in
            var reader = ByteReader(buffer)
            #expect(throws: ByteReader.OutOfData.self) { try reader.readVarint() }
        }
    }

    @Test func locatesLinesAndColumnsInScalars() {
        let text = Array("ab\nçd€x\n".utf8)
        text.withUnsafeBytes { bytes in
            #expect(SourcePosition.locating(byteOffset: 0, in: bytes) == SourcePosition(line: 1, column: 1, byte: 0))
            #expect(SourcePosition.locating(byteOffset: 3, in: bytes) == SourcePosition(line: 2, column: 1, byte: 3))
            #expect(SourcePosition.locating(byteOffset: 9, in: bytes) == SourcePosition(line: 2, column: 4, byte: 9))
            #expect(SourcePosition.locating(byteOffset: 11, in: bytes) == SourcePosition(line: 3, column: 1, byte: 11))
        }
    }

    @Test func mapsFilesAndReportsWhyNot() throws {
        let directory = try TestSupport.temporaryDirectory()
        let path = directory.appendingPathComponent("f.txt").path
        try Data("hello".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try MappedFile(path: path).withBytes { Array($0) } == Array("hello".utf8))
        let empty = directory.appendingPathComponent("empty").path
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(try MappedFile(path: empty).count == 0)
        #expect(throws: MappedFile.OpenError.self) { try MappedFile(path: directory.path) }
        let missing = try #require(throws: MappedFile.OpenError.self) { try MappedFile(path: path + ".missing") }
        #expect(missing.reason == "No such file or directory")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
    func readsPeakResidentMemory() throws {
        let peak = try #require(PeakMemory.residentHighWaterMark())
        #expect(peak > 1_000_000)
    }
}
