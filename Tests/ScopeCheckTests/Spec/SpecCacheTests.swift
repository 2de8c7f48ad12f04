import Foundation
import Testing

@testable import Core
@testable import Spec

@Suite struct SpecCacheTests {
    /// A temporary directory holding `sample.json` (the sample spec) and an empty cache folder.
    /// The cache never trusts the file's identity (an hour's settle window), so these tests see
    /// the content-hash lookup alone; `SpecFileKeyTests` tests the identity lookup.
    struct Fixture {
        let specPath: String
        let cache: SpecCache
        let contentHash = ContentHash.xxh64(Array(sampleSwagger.utf8))

        init() throws {
            let directory = try TestSupport.temporaryDirectory()
            specPath = directory.appendingPathComponent("sample.json").path
            try Data(sampleSwagger.utf8).write(to: URL(fileURLWithPath: specPath))
            cache = SpecCache(
                directory: directory.appendingPathComponent("cache").path, settleWindow: 3_600_000_000_000)
        }

        var indexPath: String { cache.indexPath(contentHash: contentHash, length: sampleSwagger.utf8.count) }

        func cacheFiles() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: cache.directory).sorted()
        }
    }

    @Test func storesOnMissThenLoadsFromTheIndex() throws {
        let fixture = try Fixture()
        let uncached = try SpecLoader.load(path: fixture.specPath, cache: nil)
        #expect(uncached.cacheOutcome == .disabled)
        let first = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        #expect(first.cacheOutcome == .stored)
        #expect(!first.fromCache)
        #expect(
            try fixture.cacheFiles() == [
                "spec-\(ContentHash.hex(fixture.contentHash))-\(sampleSwagger.utf8.count).index"
            ])
        let second = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        #expect(second.fromCache)
        #expect(second.spec == uncached.spec)
    }

    @Test func sharesTheIndexBetweenIdenticalFilesButKeepsEachSource() throws {
        let fixture = try Fixture()
        _ = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        let copy = fixture.specPath + ".copy.json"
        try FileManager.default.copyItem(atPath: fixture.specPath, toPath: copy)
        let result = try SpecLoader.load(path: copy, cache: fixture.cache)
        #expect(result.fromCache)
        #expect(result.spec.source == copy)
        #expect(result.spec == (try SpecLoader.load(path: copy, cache: nil)).spec)
    }

    @Test func missesWhenTheSpecChanges() throws {
        let fixture = try Fixture()
        _ = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        let changed = sampleSwagger.replacingOccurrences(of: "Sample API", with: "Sample APJ")
        try Data(changed.utf8).write(to: URL(fileURLWithPath: fixture.specPath))
        let result = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        #expect(result.cacheOutcome == .stored)
        #expect(result.spec.title == "Sample APJ")
        #expect(try fixture.cacheFiles().count == 2)
    }

    @Test(arguments: [
        "flipped payload byte", "truncated", "garbage", "other format version", "empty",
    ])
    func rebuildsACorruptOrOutdatedIndex(damage: String) throws {
        let fixture = try Fixture()
        let expected = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache).spec
        var index = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture.indexPath)))
        switch damage {
        case "flipped payload byte": index[index.count - 10] ^= 0x01
        case "truncated": index.removeLast(7)
        case "garbage": index = Array("not an index at all, just some text".utf8)
        case "other format version": index[8] &+= 1
        default: index = []
        }
        try Data(index).write(to: URL(fileURLWithPath: fixture.indexPath))
        let rebuilt = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        #expect(rebuilt.cacheOutcome == .stored)
        #expect(rebuilt.spec == expected)
        let again = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        #expect(again.fromCache)
        #expect(again.spec == expected)
    }

    @Test func refusesEveryTruncationOfAnIndexWithoutCrashing() throws {
        let spec = try SpecLoader.parse(sampleSwagger, source: "s.json")
        let hash = ContentHash.xxh64(Array(sampleSwagger.utf8))
        let index = SpecIndexCodec.encode(spec, contentHash: hash)
        let length = spec.contentLength
        index.withUnsafeBytes { bytes in
            #expect(SpecIndexCodec.decode(bytes, source: "s.json", contentHash: hash, length: length) == spec)
            #expect(SpecIndexCodec.decode(bytes, source: "s.json", contentHash: hash &+ 1, length: length) == nil)
            #expect(SpecIndexCodec.decode(bytes, source: "s.json", contentHash: hash, length: length + 1) == nil)
            for count in 0..<bytes.count {
                let prefix = UnsafeRawBufferPointer(rebasing: bytes[0..<count])
                #expect(SpecIndexCodec.decode(prefix, source: "s.json", contentHash: hash, length: length) == nil)
            }
        }
    }

    @Test func anUnwritableCacheDirectoryOnlyMeansNoCache() throws {
        let fixture = try Fixture()
        let blocked = SpecCache(directory: fixture.specPath + "/cache")  // a path below a regular file
        let result = try SpecLoader.load(path: fixture.specPath, cache: blocked)
        #expect(result.cacheOutcome == .notStored)
        #expect(result.spec.operations.count == 7)
    }

    @Test func concurrentRunsAllLoadAndLeaveOneIntactIndex() async throws {
        let fixture = try Fixture()
        let expected = try SpecLoader.load(path: fixture.specPath, cache: nil).spec
        let path = fixture.specPath
        let cache = SpecCache(directory: fixture.cache.directory, settleWindow: 0)
        let specs = try await withThrowingTaskGroup(of: APISpec.self) { group in
            for _ in 0..<16 {
                group.addTask { try SpecLoader.load(path: path, cache: cache).spec }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(specs.count == 16)
        #expect(specs.allSatisfy { $0 == expected })
        let key = URL(fileURLWithPath: cache.keyPath(forSpecAt: path)).lastPathComponent
        #expect(try fixture.cacheFiles() == [key, URL(fileURLWithPath: fixture.indexPath).lastPathComponent])
        let again = try SpecLoader.load(path: path, cache: cache)
        #expect(again.fromCache)
        #expect(!again.specRead)
    }

    @Test func findsTheCacheDirectoryFromTheEnvironment() {
        #expect(
            SpecCache.defaultDirectory(environment: [
                "SCOPECHECK_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x", "HOME": "/h",
            ]) == "/c")
        #expect(
            SpecCache.defaultDirectory(environment: ["SCOPECHECK_CACHE_DIR": "", "XDG_CACHE_HOME": "/x", "HOME": "/h"])
                == "/x/scopecheck")
        #expect(SpecCache.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.cache/scopecheck")
        #expect(SpecCache.defaultDirectory(environment: [:]) == nil)
        #expect(SpecCache.standard(environment: ["HOME": "/h"]) == SpecCache(directory: "/h/.cache/scopecheck"))
    }
}
