import Foundation
import Testing

@testable import Core
@testable import Terraform
@testable import scopecheck

@Suite struct ModuleDiscoveryTests {
    static func tree() throws -> URL {
        let root = try TestSupport.temporaryDirectory()
        for path in ["a/main.tf", "a/b/x.tf.json", "a/.terraform/modules/m/main.tf", "c/readme.md", "d/e/f/vars.tf"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "".write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func filesStandForTheirModulesAndRepeatsCollapse() throws {
        let root = try Self.tree().path
        let modules = try ModuleDiscovery.modules(
            for: ["\(root)/a/main.tf", "\(root)/a", "\(root)/d/e/f/vars.tf"], recursive: false)
        #expect(modules == ["\(root)/a", "\(root)/d/e/f"])
    }

    @Test func recursiveWalksConfigurationFoldersOnly() throws {
        let root = try Self.tree().path
        let modules = try ModuleDiscovery.modules(for: [root], recursive: true)
        #expect(modules == ["\(root)/a", "\(root)/a/b", "\(root)/d/e/f"])
        let excluded = try ModuleDiscovery.modules(for: [root], recursive: true, excluded: { $0.hasSuffix("/d") })
        #expect(excluded == ["\(root)/a", "\(root)/a/b"])
    }

    @Test func symbolicLinkLoopsDoNotTrapTheWalk() throws {
        let root = try Self.tree()
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("a/loop"), withDestinationURL: root.appendingPathComponent("a"))
        let modules = try ModuleDiscovery.modules(for: [root.path], recursive: true)
        #expect(modules == ["\(root.path)/a", "\(root.path)/a/b", "\(root.path)/d/e/f"])
    }

    @Test func missingPathsAreInputErrors() {
        #expect(throws: InputError("/no/such/dir: no such file or directory")) {
            try ModuleDiscovery.modules(for: ["/no/such/dir"], recursive: false)
        }
    }
}
