import Foundation
import Testing

@testable import Core
@testable import Report
@testable import Rules

@Suite struct SARIFReportWriterTests {
    @Test func writesOneRunWithRulesArtifactsAndResults() {
        let expected = #"""
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {
                    "driver": {
                      "name": "scopecheck",
                      "version": "1.2.0-test",
                      "informationUri": "https://github.com/scopecheck/scopecheck",
                      "rules": [
                        {
                          "id": "client-without-roles",
                          "name": "ClientWithoutRoles",
                          "shortDescription": {
                            "text": "Client credentials client without roles"
                          },
                          "fullDescription": {
                            "text": "A client-credentials client needs at least one role."
                          },
                          "helpUri": "https://github.com/scopecheck/scopecheck/blob/main/docs/rules/client-without-roles.md",
                          "help": {
                            "text": "A client-credentials client needs at least one role.\n\nDocumentation: https://github.com/scopecheck/scopecheck/blob/main/docs/rules/client-without-roles.md",
                            "markdown": "**Client credentials client without roles**\n\nA client-credentials client needs at least one role.\n\n[Documentation](https://github.com/scopecheck/scopecheck/blob/main/docs/rules/client-without-roles.md)"
                          },
                          "defaultConfiguration": {
                            "level": "error"
                          }
                        },
                        {
                          "id": "excess-scope",
                          "name": "ExcessScope",
                          "shortDescription": {
                            "text": "Client has an unused scope"
                          },
                          "fullDescription": {
                            "text": "Unused scopes widen what a leaked secret can do."
                          },
                          "helpUri": "https://github.com/scopecheck/scopecheck/blob/main/docs/rules/excess-scope.md",
                          "help": {
                            "text": "Unused scopes widen what a leaked secret can do.\n\nDocumentation: https://github.com/scopecheck/scopecheck/blob/main/docs/rules/excess-scope.md",
                            "markdown": "**Client has an unused scope**\n\nUnused scopes widen what a leaked secret can do.\n\n[Documentation](https://github.com/scopecheck/scopecheck/blob/main/docs/rules/excess-scope.md)"
                          },
                          "defaultConfiguration": {
                            "level": "warning"
                          }
                        },
                        {
                          "id": "missing-scope",
                          "name": "MissingScope",
                          "shortDescription": {
                            "text": "Client lacks a required scope"
                          },
                          "fullDescription": {
                            "text": "Calls fail with 403 \"missing scope\" unless the client has <scope> & its role."
                          },
                          "helpUri": "https://github.com/scopecheck/scopecheck/blob/main/docs/rules/missing-scope.md",
                          "help": {
                            "text": "Calls fail with 403 \"missing scope\" unless the client has <scope> & its role.\n\nDocumentation: https://github.com/scopecheck/scopecheck/blob/main/docs/rules/missing-scope.md",
                            "markdown": "**Client lacks a required scope**\n\nCalls fail with 403 \"missing scope\" unless the client has <scope> & its role.\n\n[Documentation](https://github.com/scopecheck/scopecheck/blob/main/docs/rules/missing-scope.md)"
                          },
                          "defaultConfiguration": {
                            "level": "error"
                          }
                        },
                        {
                          "id": "unknown-endpoint",
                          "name": "UnknownEndpoint",
                          "shortDescription": {
                            "text": "Endpoint not in the spec"
                          },
                          "fullDescription": {
                            "text": "The endpoint is not in any spec, so its scopes cannot be checked."
                          },
                          "helpUri": "https://github.com/scopecheck/scopecheck/blob/main/docs/rules/unknown-endpoint.md",
                          "help": {
                            "text": "The endpoint is not in any spec, so its scopes cannot be checked.\n\nDocumentation: https://github.com/scopecheck/scopecheck/blob/main/docs/rules/unknown-endpoint.md",
                            "markdown": "**Endpoint not in the spec**\n\nThe endpoint is not in any spec, so its scopes cannot be checked.\n\n[Documentation](https://github.com/scopecheck/scopecheck/blob/main/docs/rules/unknown-endpoint.md)"
                          },
                          "defaultConfiguration": {
                            "level": "note"
                          }
                        }
                      ]
                    }
                  },
                  "originalUriBaseIds": {
                    "%SRCROOT%": {
                      "description": {
                        "text": "The directory scopecheck lint ran in."
                      }
                    }
                  },
                  "artifacts": [
                    {
                      "location": {
                        "uri": "main.tf",
                        "uriBaseId": "%SRCROOT%"
                      }
                    },
                    {
                      "location": {
                        "uri": "modules/my%20r%C3%A9seau%2Cv1%3A2/outputs.tf",
                        "uriBaseId": "%SRCROOT%"
                      }
                    }
                  ],
                  "results": [
                    {
                      "ruleId": "excess-scope",
                      "ruleIndex": 1,
                      "level": "warning",
                      "message": {
                        "text": "client \"Tableau de bord — équipe\" grants scopes it never uses:\nusers\n\nFix: remove \"users\" from scopes"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "main.tf",
                              "uriBaseId": "%SRCROOT%",
                              "index": 0
                            },
                            "region": {
                              "startLine": 1,
                              "startColumn": 1,
                              "endLine": 4,
                              "endColumn": 2
                            }
                          },
                          "logicalLocations": [
                            {
                              "fullyQualifiedName": "genesyscloud_oauth_client.dash",
                              "kind": "resource"
                            }
                          ]
                        }
                      ],
                      "partialFingerprints": {
                        "scopecheck/v1": "0db2cd1facd728b8"
                      }
                    },
                    {
                      "ruleId": "missing-scope",
                      "ruleIndex": 2,
                      "level": "error",
                      "message": {
                        "text": "client \"dash<&>\" can't call GET /api/v2/analytics: needs 100% of analytics, or analytics:readonly\n\nFix: add \"analytics:readonly\" to scopes"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "main.tf",
                              "uriBaseId": "%SRCROOT%",
                              "index": 0
                            },
                            "region": {
                              "startLine": 3,
                              "startColumn": 11,
                              "endLine": 3,
                              "endColumn": 42
                            }
                          },
                          "logicalLocations": [
                            {
                              "fullyQualifiedName": "genesyscloud_oauth_client.dash",
                              "kind": "resource"
                            }
                          ]
                        }
                      ],
                      "relatedLocations": [
                        {
                          "id": 1,
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "modules/my%20r%C3%A9seau%2Cv1%3A2/outputs.tf",
                              "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                              "startLine": 2,
                              "startColumn": 11
                            }
                          },
                          "message": {
                            "text": "the call \"GET /api/v2/flows/{id}\": policy"
                          }
                        }
                      ],
                      "partialFingerprints": {
                        "scopecheck/v1": "33418de5da08e609"
                      }
                    },
                    {
                      "ruleId": "unknown-endpoint",
                      "ruleIndex": 3,
                      "level": "note",
                      "message": {
                        "text": "endpoint 'GET /api/v2/flows/{id}' isn't in spec 'PureCloud' & won't be checked"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "modules/my%20r%C3%A9seau%2Cv1%3A2/outputs.tf",
                              "uriBaseId": "%SRCROOT%",
                              "index": 1
                            },
                            "region": {
                              "startLine": 2,
                              "startColumn": 11,
                              "endLine": 2,
                              "endColumn": 11
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {
                        "scopecheck/v1": "85bc24f87dc0af62"
                      }
                    }
                  ],
                  "columnKind": "unicodeCodePoints",
                  "properties": {
                    "specs": [
                      {
                        "path": "specs/platform-api.json",
                        "title": "PureCloud Platform API",
                        "format": "swagger-2.0",
                        "hash": "sha256:5f1e"
                      }
                    ],
                    "filesAnalyzed": 5,
                    "modulesAnalyzed": 2
                  }
                }
              ]
            }

            """#
        #expect(SARIFReportWriter().render(ReportFixtures.report) == expected)
    }

    @Test func emptyReportStillListsTheRulesThatRan() {
        let expected = #"""
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {
                    "driver": {
                      "name": "scopecheck",
                      "version": "1.2.0-test",
                      "informationUri": "https://github.com/scopecheck/scopecheck",
                      "rules": [
                        {
                          "id": "missing-scope",
                          "name": "MissingScope",
                          "shortDescription": {
                            "text": "Client lacks a required scope"
                          },
                          "fullDescription": {
                            "text": "Calls fail with 403 \"missing scope\" unless the client has <scope> & its role."
                          },
                          "helpUri": "https://github.com/scopecheck/scopecheck/blob/main/docs/rules/missing-scope.md",
                          "help": {
                            "text": "Calls fail with 403 \"missing scope\" unless the client has <scope> & its role.\n\nDocumentation: https://github.com/scopecheck/scopecheck/blob/main/docs/rules/missing-scope.md",
                            "markdown": "**Client lacks a required scope**\n\nCalls fail with 403 \"missing scope\" unless the client has <scope> & its role.\n\n[Documentation](https://github.com/scopecheck/scopecheck/blob/main/docs/rules/missing-scope.md)"
                          },
                          "defaultConfiguration": {
                            "level": "error"
                          }
                        }
                      ]
                    }
                  },
                  "originalUriBaseIds": {
                    "%SRCROOT%": {
                      "description": {
                        "text": "The directory scopecheck lint ran in."
                      }
                    }
                  },
                  "artifacts": [],
                  "results": [],
                  "columnKind": "unicodeCodePoints",
                  "properties": {
                    "specs": [],
                    "filesAnalyzed": 1,
                    "modulesAnalyzed": 1
                  }
                }
              ]
            }

            """#
        #expect(SARIFReportWriter().render(ReportFixtures.emptyReport) == expected)
    }

    @Test func absolutePathsAndSourceRootBecomeFileURIs() throws {
        let finding = Finding(
            rule: "adhoc", severity: .warning, message: "m", range: .wholeFile("/srv/infra dir/main.tf"))
        let report = LintReport(findings: [finding], rules: [], toolVersion: "1")
        let sarif = SARIFReportWriter(sourceRoot: "/home/ci/ré po").render(report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let root = try #require((run["originalUriBaseIds"] as? [String: [String: String]])?["%SRCROOT%"])
        #expect(root == ["uri": "file:///home/ci/r%C3%A9%20po/"])
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        // A rule without a descriptor has no ruleIndex; an absolute path has no base id.
        #expect(result["ruleIndex"] == nil)
        let location = try #require((result["locations"] as? [[String: Any]])?.first)
        let artifact = (location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
        #expect(artifact?["uri"] as? String == "file:///srv/infra%20dir/main.tf")
        #expect(artifact?["uriBaseId"] == nil)
    }

    @Test func relativePathsUseForwardSlashesWithoutDotPrefix() {
        let finding = Finding(
            rule: "adhoc", severity: .note, message: "m", range: .wholeFile(#"./modules\app\main.tf"#))
        let sarif = SARIFReportWriter().render(LintReport(findings: [finding], rules: [], toolVersion: "1"))
        #expect(sarif.contains(#""uri": "modules/app/main.tf","#))
    }

    @Test func clampsRegionsToValidSARIF() {
        let backwards = SourceRange(
            file: "a.tf", start: SourcePosition(line: 3, column: 0, byte: 20),
            end: SourcePosition(line: 2, column: 5, byte: 10))
        let region = ReportRegion(backwards)
        let span: [Int] = [region.startLine, region.startColumn, region.endLine, region.endColumn]
        #expect(span == [3, 1, 3, 1])
    }

    @Test func ruleNamesAreUpperCamelCase() {
        #expect(SARIFReportWriter.upperCamelName(of: "missing-scope") == "MissingScope")
        #expect(SARIFReportWriter.upperCamelName(of: "client_without-roles") == "ClientWithoutRoles")
    }

    @Test(.enabled(if: SARIFSchema.validatorAvailable)) func validatesAgainstTheSARIFSchema() throws {
        let schema = try #require(SARIFSchema.file)
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let hostile = Finding(
            rule: "adhoc", severity: .warning, message: "\u{0}", range: .wholeFile("/abs path/x.tf"))
        let reports = [
            ReportFixtures.report, ReportFixtures.emptyReport,
            LintReport(findings: [hostile], rules: [], toolVersion: ""),
        ]
        for (number, report) in reports.enumerated() {
            let log = directory.appendingPathComponent("report-\(number).sarif")
            try SARIFReportWriter().render(report).write(to: log, atomically: true, encoding: .utf8)
            let (status, output) = try SARIFSchema.validate(log, schema: schema)
            #expect(status == 0, "\(output)")
        }
    }

    @Test(.enabled(if: SARIFSchema.validatorAvailable)) func validatorRejectsAnInvalidLog() throws {
        let schema = try #require(SARIFSchema.file)
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("bad.sarif")
        try #"{"version": "2.1.0", "runs": [{"results": []}]}"#.write(to: log, atomically: true, encoding: .utf8)
        let (status, output) = try SARIFSchema.validate(log, schema: schema)
        #expect(status == 1)
        #expect(output.contains("'tool' is a required property"))
    }
}

/// The SARIF schema from the shared corpus and `Tests/tools/validate_sarif.py`, which needs
/// python3 with the `jsonschema` module.
enum SARIFSchema {
    static let file = TestSupport.corpusFile("sarif/sarif-schema-2.1.0.json")
    static let script = TestSupport.packageRoot.appendingPathComponent("Tests/tools/validate_sarif.py")

    /// Whether the schema exists and `python3 -c "import jsonschema"` succeeds.
    static let validatorAvailable: Bool = {
        guard file != nil else { return false }
        return (try? run(["python3", "-c", "import jsonschema"]).status) == 0
    }()

    /// Runs the validator on `log`: its exit status and combined output.
    static func validate(_ log: URL, schema: URL) throws -> (status: Int32, output: String) {
        try run(["python3", script.path, log.path, schema.path])
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
