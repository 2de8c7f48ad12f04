import Foundation
import Testing

@testable import Syntax

@Suite(.enabled(if: TestSupport.corpus != nil, "needs ../shared/corpus")) struct HCLCorpusTests {
    /// Every Terraform example of the Genesys Cloud provider parses without errors.
    @Test func providerExamplesParseWithoutErrors() throws {
        let root = try #require(TestSupport.corpusFile("terraform/provider-examples"))
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "tf" { files.append(url) }
        #expect(files.count == 378)
        var failures: [String] = []
        var blockCounts: [String: Int] = [:]
        for url in files.sorted(by: { $0.path < $1.path }) {
            let bytes = try [UInt8](Data(contentsOf: url))
            let parsed = HCLParser.parseFile(bytes: bytes, path: url.path)
            if let first = parsed.diagnostics.first(where: { $0.severity == .error }) {
                failures.append(first.description)
            }
            for block in parsed.body.blocks where block.type == "resource" || block.type == "data" {
                let key = ([block.type] + block.labels.prefix(1).map(\.value)).joined(separator: " ")
                blockCounts[key, default: 0] += 1
            }
        }
        #expect(failures.isEmpty, "\(failures.count) files failed:\n\(failures.joined(separator: "\n"))")
        // The counts the corpus summary gives (found there with a line-anchored grep).
        #expect(blockCounts["resource genesyscloud_oauth_client"] == 1)
        #expect(blockCounts["data genesyscloud_oauth_client"] == 1)
        #expect(blockCounts["resource genesyscloud_auth_role"] == 3)
        #expect(blockCounts["data genesyscloud_auth_role"] == 3)
    }
}
