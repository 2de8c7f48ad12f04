import Foundation
import Testing

@testable import Core
@testable import Fix
@testable import Graph

/// `lint --fix` marks the variables and outputs that carry secrets `sensitive = true`, with one
/// inserted line that `terraform fmt` leaves alone.
@Suite struct SensitiveFixTests {
    /// The files of `terraform` after applying the plan, and what the plan left alone.
    private func fixed(_ terraform: String, extra: [String: String] = [:]) throws -> (text: String, skipped: [String]) {
        let (directory, context) = try LintFixture.context(["main.tf": terraform].merging(extra) { first, _ in first })
        let plan = FixPlanner.plan(context)
        #expect(FixWriter.write(plan).refused.isEmpty)
        let skipped = plan.skipped.map { "\($0.rule) \($0.address): \($0.reason)" }
        // A second plan has nothing left to add.
        let again = FixPlanner.plan(LintFixture.reload(directory))
        #expect(again.changes.isEmpty)
        return (try LintFixture.read(directory, "main.tf"), skipped)
    }

    @Test func alignedWithTheAttributeAboveOrAsAGroupOfItsOwn() throws {
        let result = try fixed(
            """
            variable "client_secret" {
              description = "The data-action client's secret."
              type        = string
            }

            variable "api_token" {
              type = string
            }

            variable "password" {}

            output "secret" {
              value = var.client_secret
            }

            provider "genesyscloud" {
              oauthclient_secret = var.client_secret
            }

            """)
        #expect(
            result.text == """
                variable "client_secret" {
                  description = "The data-action client's secret."
                  type        = string
                  sensitive   = true
                }

                variable "api_token" {
                  type = string

                  sensitive = true
                }

                variable "password" {}

                output "secret" {
                  value = var.client_secret

                  sensitive = true
                }

                provider "genesyscloud" {
                  oauthclient_secret = var.client_secret
                }

                """)
        #expect(
            result.skipped == ["variable-not-sensitive var.password: a one-line block: add sensitive = true by hand"])
    }

    @Test func anEmptyBlockAndWindowsLineBreaks() throws {
        let result = try fixed("variable \"password\" {\r\n}\r\n")
        #expect(result.text == "variable \"password\" {\r\n  sensitive = true\r\n}\r\n")
    }
}
