import Foundation
import Testing

@testable import Core
@testable import Fix

@Suite struct FixWriterTests {
    static let terraform = """
        resource "genesyscloud_oauth_client" "job" {
          name                  = "Job"
          authorized_grant_type = "CLIENT_CREDENTIALS"
        }

        """

    func plan() throws -> (directory: String, plan: FixPlan) {
        let (directory, context) = try LintFixture.context(["main.tf": Self.terraform])
        return (directory, FixPlanner.plan(context))
    }

    @Test func writesAtomicallyAndKeepsThePermissions() throws {
        let (directory, plan) = try plan()
        let file = (directory as NSString).appendingPathComponent("main.tf")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file)
        let (written, refused) = FixWriter.write(plan)
        #expect(written == [file])
        #expect(refused.isEmpty)
        #expect(try LintFixture.read(directory, "main.tf").contains("\"CLIENT-CREDENTIALS\""))
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["main.tf"])
    }

    @Test func refusesAFileChangedSinceItWasRead() throws {
        let (directory, plan) = try plan()
        let file = (directory as NSString).appendingPathComponent("main.tf")
        let edited = Self.terraform.replacingOccurrences(of: "\"Job\"", with: "\"Nightly job\"")
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let (written, refused) = FixWriter.write(plan)
        #expect(written.isEmpty)
        #expect(
            refused == [
                FixWriteError(file: file, reason: "it changed since it was read; not written (run lint --fix again)")
            ])
        #expect(try LintFixture.read(directory, "main.tf") == edited)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["main.tf"])
    }

    @Test func writesThroughASymbolicLink() throws {
        let (directory, plan) = try plan()
        let file = (directory as NSString).appendingPathComponent("main.tf")
        let real = (directory as NSString).appendingPathComponent("real.tf")
        try FileManager.default.moveItem(atPath: file, toPath: real)
        try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: "real.tf")
        #expect(FixWriter.write(plan).written == [file])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: file) == "real.tf")
        #expect(try LintFixture.read(directory, "real.tf").contains("\"CLIENT-CREDENTIALS\""))
    }
}
