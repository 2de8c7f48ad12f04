import Core
import Foundation
import Testing

/// `scopecheck --version` names the release and, in a release binary, the commit it was built
/// from; `scripts/release.sh` records the commit by replacing one exact line of
/// `ToolVersion.swift`, which must therefore be there (the script also fails without it).
struct VersionTests {
    @Test func aCheckoutBuildSaysItHasNoCommit() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "scopecheck \(ToolVersion.current) (development build, no commit recorded)\n")
        #expect(ToolVersion.commit == nil)
    }

    @Test func theReleaseScriptFindsTheLineItRecordsTheCommitIn() throws {
        let root = TestSupport.packageRoot
        let script = try String(contentsOf: root.appendingPathComponent("scripts/release.sh"), encoding: .utf8)
        let source = try String(
            contentsOf: root.appendingPathComponent("Sources/Core/ToolVersion.swift"), encoding: .utf8)
        let assignment = try #require(
            script.split(separator: "\n").first { $0.hasPrefix("placeholder='") })
        let placeholder = assignment.dropFirst("placeholder='".count).dropLast()
        #expect(placeholder == "    public static let commit: String? = nil")
        #expect(source.split(separator: "\n").contains(placeholder))
    }
}
