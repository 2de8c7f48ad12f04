import Foundation
import Testing

@testable import Core
@testable import Spec

#if canImport(Glibc)
    import Glibc
#endif

/// Finding a spec's index by the file's identity (device, inode, size, mtime, ctime), without
/// reading the spec, and never trusting an identity that could hide a change.
@Suite struct SpecFileKeyTests {
    /// The sample spec in a temporary directory and a cache that trusts any identity
    /// (`settleWindow` 0) unless told otherwise.
    struct Fixture {
        let specPath: String
        let cache: SpecCache

        init(settleWindow: Int64 = 0) throws {
            let directory = try TestSupport.temporaryDirectory()
            specPath = directory.appendingPathComponent("sample.json").path
            try Data(sampleSwagger.utf8).write(to: URL(fileURLWithPath: specPath))
            cache = SpecCache(directory: directory.appendingPathComponent("cache").path, settleWindow: settleWindow)
        }

        var keyExists: Bool { FileManager.default.fileExists(atPath: cache.keyPath(forSpecAt: specPath)) }
    }

    @Test func anUnchangedSpecIsFoundWithoutReadingIt() throws {
        let fixture = try Fixture()
        let first = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        #expect(first.cacheOutcome == .stored)
        #expect(first.specRead)
        #expect(fixture.keyExists)
        let second = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        #expect(second.cacheOutcome == .hit)
        #expect(!second.specRead)
        #expect(second.spec == (try SpecLoader.load(path: fixture.specPath, cache: nil)).spec)
    }

    @Test func aFileChangedTooRecentlyIsReadEveryTimeUntilItSettles() throws {
        let fixture = try Fixture(settleWindow: 3_600_000_000_000)
        _ = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        let second = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        #expect(second.cacheOutcome == .hit)
        #expect(second.specRead)
        #expect(!fixture.keyExists)
    }

    @Test func aRewriteThatKeepsTheSizeAndTheModificationTimeIsStillSeen() throws {
        let fixture = try Fixture()
        _ = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        let before = try #require(FileIdentity(path: fixture.specPath))
        Thread.sleep(forTimeInterval: 0.05)  // past the file system's timestamp tick
        let changed = sampleSwagger.replacingOccurrences(of: "Sample API", with: "Sample APJ")
        #expect(changed.utf8.count == sampleSwagger.utf8.count)
        try Data(changed.utf8).write(to: URL(fileURLWithPath: fixture.specPath), options: [])
        try Self.setModificationTime(of: fixture.specPath, nanoseconds: before.modified)
        let after = try #require(FileIdentity(path: fixture.specPath))
        #expect(after.modified == before.modified)
        #expect(after.size == before.size)
        let result = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        #expect(result.specRead)
        #expect(result.spec.title == "Sample APJ")
    }

    @Test(arguments: ["", "scopecheck-spec-key 1 1 2 3\n", "scopecheck-spec-key 9 1 2 3 4 5 ff\n", "garbage\u{0}\n"])
    func aDamagedKeyOnlyMeansTheSpecIsRead(key: String) throws {
        let fixture = try Fixture()
        _ = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        try Data(key.utf8).write(to: URL(fileURLWithPath: fixture.cache.keyPath(forSpecAt: fixture.specPath)))
        let result = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        #expect(result.cacheOutcome == .hit)
        #expect(result.specRead)
    }

    @Test func aKeyWhoseIndexIsGoneFallsBackToReadingTheSpec() throws {
        let fixture = try Fixture()
        let first = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        for name in try FileManager.default.contentsOfDirectory(atPath: fixture.cache.directory)
        where name.hasSuffix(".index") {
            try FileManager.default.removeItem(atPath: fixture.cache.directory + "/" + name)
        }
        let result = try SpecLoader.load(path: fixture.specPath, cache: fixture.cache)
        #expect(result.cacheOutcome == .stored)
        #expect(result.spec == first.spec)
    }

    @Test func theKeyTextRoundTrips() throws {
        let identity = FileIdentity(
            device: 2049, inode: 77, size: 18_789_828, modified: 1_765_000_000_123_456_789,
            changed: 1_765_000_001_000_000_000)
        let key = SpecFileKey(identity: identity, contentHash: 0x37de_22d7_7d3f_50f1)
        #expect(
            key.text
                == "scopecheck-spec-key 1 2049 77 18789828 1765000000123456789 1765000001000000000 37de22d77d3f50f1\n")
        #expect(SpecFileKey(key.text) == key)
        #expect(identity.isSettled(at: 1_765_000_003_000_000_001, window: 2_000_000_000))
        #expect(!identity.isSettled(at: 1_765_000_003_000_000_000, window: 2_000_000_000))
    }

    private static func setModificationTime(of path: String, nanoseconds: Int64) throws {
        let time = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        var times = [time, time]  // access and modification
        guard utimensat(AT_FDCWD, path, &times, 0) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
