import Foundation
import Testing

/// `scopecheck audit`, `suggest --client`, `discover --from-usage` and `explain --org` on
/// `samples/audit-org` (three OAuth clients over two pages, their roles, data actions,
/// integrations and credentials, and two pages of Queue Sync's usage), as a user runs them from
/// the package root: exact output and exit status.
@Suite(.enabled(if: CommandRunner.executable != nil)) struct AuditCommandTests {
    static let org = ["--org", "samples/audit-org/org", "--usage", "samples/audit-org/usage"]

    /// `scopecheck audit` with the sample's org answers and usage, then `arguments`.
    static func audit(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(["audit"] + org + arguments)
    }

    /// The JSON object `text` holds.
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: audit, every client

    @Test func theListingGivesEveryClientOneLine() throws {
        let output = try Self.audit([])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == Self.listing)
    }

    @Test func theListingAsJSON() throws {
        let output = try Self.audit(["--format", "json"])
        #expect(output.status == 1, "\(output.stderr)")
        let json = try Self.object(output.stdout)
        let clients = try #require(json["clients"] as? [[String: Any]])
        #expect(
            clients.map { $0["client"] as? String } == [
                "Wallboard Login (3f1c2a7e-0b5d-4c1e-9a8f-2d6b7c1e4a01)",
                "Queue Sync (8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02)",
                "Reporting Export (d2e9f6a4-3b1c-4d7e-8f0a-9c5b2e6d1a03)",
            ])
        #expect(clients.map { $0["origin"] as? String } == ["org", "org", "org"])
        #expect(clients.map { $0["grantType"] as? String } == ["CODE", "CLIENT-CREDENTIALS", "CLIENT-CREDENTIALS"])
        #expect(clients.map { $0["calls"] as? Int } == [0, 5, 1])
        #expect(clients.map { $0["denied"] as? Int } == [0, 1, 0])
        #expect(clients[1]["verdict"] as? String == "denied")
        #expect(clients[2]["verdict"] as? String == "allowed")
        #expect(
            clients.map { $0["summary"] as? String } == [
                "0 calls; 1 unknown scope", "5 calls, 1 denied, 1 unknown; change: +1 \u{2212}1", "1 call",
            ])
        #expect((json["notes"] as? [Any])?.isEmpty == true)
    }

    // MARK: audit --client

    @Test func queueSyncAsText() throws {
        let output = try Self.audit(["--client", "Queue Sync"])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == Self.queueSync)
    }

    @Test func queueSyncByIdIsTheSamePage() throws {
        let byId = try Self.audit(["--client", "8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02"])
        #expect(byId.status == 1)
        #expect(byId.stdout == Self.queueSync)
    }

    @Test func wallboardLoginById() throws {
        let output = try Self.audit(["--client", "3f1c2a7e-0b5d-4c1e-9a8f-2d6b7c1e4a01"])
        // Its unknown scope makes it a problem.
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout == Self.wallboard)
    }

    @Test func reportingExportIsClean() throws {
        let output = try Self.audit(["--client", "Reporting Export"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == Self.reportingExport)
    }

    @Test func queueSyncAsJSON() throws {
        let output = try Self.audit(["--client", "Queue Sync", "--format", "json"])
        #expect(output.status == 1, "\(output.stderr)")
        let json = try Self.object(output.stdout)
        let client = try #require(json["client"] as? [String: Any])
        #expect(client["id"] as? String == "8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02")
        #expect(client["name"] as? String == "Queue Sync")
        #expect(client["grantType"] as? String == "CLIENT-CREDENTIALS")
        #expect(client["state"] as? String == "active")
        #expect(client["accessTokenValiditySeconds"] as? Int == 86400)
        #expect(client["origin"] as? String == "org")
        #expect(client["file"] as? String == "samples/audit-org/org/oauth-clients-page-1.json")
        #expect(client["line"] as? Int == 32)
        #expect(json["verdict"] as? String == "denied")
        #expect(json["specs"] as? String == "samples/spec/genesys-platform-sample.json")
        #expect((json["scopes"] as? [Any])?.isEmpty == true)
        let roles = try #require(json["roles"] as? [[String: Any]])
        #expect(roles.count == 1)
        #expect(roles.first?["division"] as? String == "*")
        #expect(
            roles.first?["effectivePermissions"] as? [String] == [
                "analytics:conversationDetail:view", "routing:queue:view", "routing:wrapupCode:view",
            ])
        let calls = try #require(json["calls"] as? [[String: Any]])
        #expect(
            calls.map { "\($0["verdict"] ?? "") \($0["call"] ?? "") from \($0["source"] ?? "")" } == [
                "allowed GET /api/v2/routing/queues/{QUEUE_ID} from data action",
                "allowed GET /api/v2/routing/queues/{queueId} from usage",
                "denied POST /api/v2/routing/queues/{queueId}/members from usage",
                "allowed GET /api/v2/routing/wrapupcodes from usage",
                "unknown GET /api/v2/routing/queues/{queueId}/statistics from usage",
            ])
        #expect(calls[0]["operations"] as? [String] == ["GET /api/v2/routing/queues/{queueId}"])
        #expect(calls[0]["divisions"] as? String == "all (*)")
        #expect(
            calls[2]["missing"] as? [String] == ["permission ANY of: routing:queue:edit, routing:queueMember:manage"])
        #expect(calls[2]["deniedToday"] as? Bool == true)
        #expect(calls[2]["grantedBy"] as? [String] == [])
        #expect(calls[1]["deniedToday"] as? Bool == false)
        #expect(calls[4]["operations"] as? [String] == [])
        let change = try #require(json["change"] as? [String: Any])
        #expect(change["addPermissions"] as? [String] == ["routing:queue:edit"])
        #expect(
            change["removePolicies"] as? [String] == [
                "analytics:conversationDetail:view (Queue Sync Role (c0a1e2f3-1111-4a2b-8c3d-000000000001))"
            ])
        #expect(change["addScopes"] as? [String] == [])
        #expect(change["removeScopes"] as? [String] == [])
        #expect((change["caveats"] as? [String])?.count == 2)
        #expect((json["findings"] as? [Any])?.isEmpty == true)
    }

    @Test func everyFormatIsTheSameTwice() throws {
        for format in ["text", "json", "markdown", "html", "dot", "mermaid"] {
            let first = try Self.audit(["--client", "Queue Sync", "--format", format])
            let second = try Self.audit(["--client", "Queue Sync", "--format", format])
            #expect(first.status == 1, "\(format): \(first.stderr)")
            #expect(!first.stdout.isEmpty, "\(format)")
            #expect(first.stdout == second.stdout, "\(format)")
        }
    }

    @Test func markdownHasThePicture() throws {
        let output = try Self.audit(["--client", "Queue Sync", "--format", "markdown"])
        #expect(output.status == 1, "\(output.stderr)")
        let text = output.stdout
        #expect(text.hasPrefix("## OAuth client audit: Queue Sync (8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02)\n"))
        for line in [
            "**Verdict:** denied: 1 of 5 calls refused",
            "```mermaid",
            "    n1 -.->|excess| n4",
            "    n6 -.->|missing| n11",
            "| denied | `POST /api/v2/routing/queues/{queueId}/members` |",
            "+ permission routing:queue:edit",
            "- policy analytics:conversationDetail:view (Queue Sync Role (c0a1e2f3-1111-4a2b-8c3d-000000000001))",
        ] {
            #expect(text.contains(line), "\(line)")
        }
    }

    @Test func mermaidPicturesRolesPoliciesPermissionsAndCalls() throws {
        let output = try Self.audit(["--client", "Queue Sync", "--format", "mermaid"])
        #expect(output.status == 1, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "flowchart LR")
        for line in [
            #"    n0["client: Queue Sync<br/>CLIENT-CREDENTIALS"]"#,
            #"    n1["role: Queue Sync Role<br/>all divisions (*)"]"#,
            #"    n4["policy: analytics:conversationDetail:view<br/>grants nothing needed"]"#,
            #"    n6["permission: routing:queue:edit<br/>not granted"]"#,
            #"    n11["denied: POST /api/v2/routing/queues/{queueId}/members<br/>from usage, refused today"]"#,
            #"    n13["unknown: GET /api/v2/routing/queues/{queueId}/statistics<br/>from usage"]"#,
            "    n2 -->|granted| n5",
            "    n5 -->|granted| n9",
            "    n1 -.->|excess| n4",
            "    n6 -.->|missing| n11",
            "    n7 -.->|missing| n11",
            "    class n0,n11 denied",
        ] {
            #expect(lines.contains(line), "\(line)")
        }
    }

    @Test func dotPicturesTheSameGraph() throws {
        let output = try Self.audit(["--client", "Queue Sync", "--format", "dot"])
        #expect(output.status == 1, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "digraph audit {")
        #expect(lines.last == "}")
        for line in [
            ##"    n9 [label="allowed: GET /api/v2/routing/queues/{QUEUE_ID}\nfrom data action", color="#2e7d32", fillcolor="#e8f5e9"];"##,
            ##"    n11 [label="denied: POST /api/v2/routing/queues/{queueId}/members\nfrom usage, refused today", color="#c62828", fillcolor="#ffebee"];"##,
            ##"    n1 -> n4 [label="excess", color="#757575", fontcolor="#757575", style=dotted];"##,
            ##"    n6 -> n11 [label="missing", color="#c62828", fontcolor="#c62828", style=dashed];"##,
            ##"    n2 -> n5 [label="granted", color="#2e7d32", fontcolor="#2e7d32", style=solid];"##,
        ] {
            #expect(lines.contains(line), "\(line)")
        }
    }

    // MARK: audit errors

    @Test func anUnknownClientIdIsAUsageErrorWithAHint() throws {
        let output = try Self.audit(["--client", "3f1c2a7e-0b5d-4c1e-9a8f-2d6b7c1e4a02"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr == """
                scopecheck audit: error: no client 3f1c2a7e-0b5d-4c1e-9a8f-2d6b7c1e4a02 in the inputs; did you mean "3f1c2a7e-0b5d-4c1e-9a8f-2d6b7c1e4a01"?
                Run 'scopecheck audit --help' for usage.

                """)
    }

    @Test func anUnknownClientNameIsAUsageError() throws {
        let output = try Self.audit(["--client", "Queue Synk"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr.hasPrefix(
                #"scopecheck audit: error: no client Queue Synk in the inputs; did you mean "Queue Sync"?"#))
    }

    @Test func aClientWithoutAnyInputsSaysWhatToGive() throws {
        let output = try CommandRunner.run(["audit", "samples/audit-org/org", "--client", "Queue Sync"])
        #expect(output.status == 2)
        #expect(
            output.stderr.hasPrefix(
                "scopecheck audit: error: no client Queue Sync in the inputs; the inputs hold no OAuth client (give a Terraform directory or --org)\n"
            ))
    }

    @Test func aPictureFormatNeedsAClient() throws {
        for format in ["dot", "mermaid", "markdown", "html"] {
            let output = try Self.audit(["--format", format])
            #expect(output.status == 2, "\(format)")
            #expect(output.stdout.isEmpty)
            #expect(
                output.stderr == """
                    scopecheck audit: error: --format \(format) pictures one client: give --client
                    Run 'scopecheck audit --help' for usage.

                    """)
        }
    }

    @Test func aJSONFileGivenAsAPathIsNotTerraform() throws {
        let output = try Self.audit(["samples/audit-org/org/roles.json"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr.hasPrefix(
                "scopecheck audit: error: samples/audit-org/org/roles.json: not a Terraform file (expected a directory or a .tf, .tf.json, .tfvars or .tfvars.json file)\n"
            ))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let output = try Self.audit(["--client", "Queue Sync", "--format", "svg"])
        #expect(output.status == 2)
        #expect(
            output.stderr.hasPrefix(
                "scopecheck audit: error: --format takes text, json, markdown, html, dot, mermaid, not 'svg'\n"))
    }

    // MARK: suggest --client of --org

    @Test func suggestForQueueSyncAsText() throws {
        let output = try CommandRunner.run(["suggest"] + Self.org + ["--client", "Queue Sync", "--format", "text"])
        // One observed call is no operation of the spec: not covered.
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == Self.suggestText)
    }

    @Test func suggestForQueueSyncAsHCL() throws {
        let output = try CommandRunner.run(["suggest"] + Self.org + ["--client", "Queue Sync", "--format", "hcl"])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout == Self.suggestHCL)
        // HCL is the default format.
        let plain = try CommandRunner.run(["suggest"] + Self.org + ["--client", "Queue Sync"])
        #expect(plain.stdout == Self.suggestHCL)
    }

    @Test func suggestForAClientWithNoKnownCall() throws {
        let output = try CommandRunner.run(["suggest", "--client", "Wallboard Login", "--org", "samples/audit-org/org"])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr == """
                scopecheck suggest: scopecheck knows no call of Wallboard Login (3f1c2a7e-0b5d-4c1e-9a8f-2d6b7c1e4a01): give --usage with its usage query results (POST /api/v2/oauth/clients/3f1c2a7e-0b5d-4c1e-9a8f-2d6b7c1e4a01/usage/query), or save the data actions its integrations run

                """)
    }

    // MARK: discover --from-usage

    @Test func discoverFromUsageWithTheOrg() throws {
        let output = try CommandRunner.run([
            "discover", "--from-usage", "samples/audit-org/usage", "--org", "samples/audit-org/org",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == Self.discover)
    }

    @Test func discoverFromUsageWithoutTheOrg() throws {
        let output = try CommandRunner.run(["discover", "--from-usage", "samples/audit-org/usage"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Without the org's answers the client is known by its usage name only.
        #expect(lines.contains("# Client Queue Sync."))
        #expect(lines.contains(#"client "genesyscloud_oauth_client.queue_sync" {"#))
        #expect(
            lines.contains(
                "#   what the client holds is not known: give --org with its API answers to see what it lacks"))
        #expect(!output.stdout.contains("the client lacks"))
        // The same policy as with --org, apart from the client's comment and what it lacks.
        let calls = lines.filter { $0.hasPrefix("    ") }
        #expect(calls == Self.discover.split(separator: "\n").map(String.init).filter { $0.hasPrefix("    ") })
    }

    @Test func discoverFromUsageAndASourceIsAUsageError() throws {
        let output = try CommandRunner.run([
            "discover", "--from-usage", "samples/audit-org/usage", "samples/audit-org/terraform",
        ])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("scopecheck discover: error: give SRC or --from-usage, not both\n"))
    }

    // MARK: explain --org

    @Test func explainWithAClientOfTheOrg() throws {
        let output = try CommandRunner.run([
            "explain", "--org", "samples/audit-org/org", "--client", "Queue Sync",
            "POST /api/v2/routing/queues/{queueId}/members",
        ])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("POST /api/v2/routing/queues/{queueId}/members\n"))
        #expect(
            output.stdout.hasSuffix(
                """
                Checked: Queue Sync (8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02) (CLIENT-CREDENTIALS; no scopes, roles Queue Sync Role (c0a1e2f3-1111-4a2b-8c3d-000000000001))
                  verdict: denied
                  missing permission: ANY of: routing:queue:edit, routing:queueMember:manage

                """))
        let allowed = try CommandRunner.run([
            "explain", "--org", "samples/audit-org/org", "--client", "Queue Sync",
            "GET /api/v2/routing/queues/{queueId}",
        ])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.hasSuffix("  verdict: allowed\n"))
    }

    // MARK: expected outputs

    static let listing = """
        no calls Wallboard Login (3f1c2a7e-0b5d-4c1e-9a8f-2d6b7c1e4a01) (CODE, org): 0 calls; 1 unknown scope
        denied   Queue Sync (8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02) (CLIENT-CREDENTIALS, org): 5 calls, 1 denied, 1 unknown; change: +1 −1
        allowed  Reporting Export (d2e9f6a4-3b1c-4d7e-8f0a-9c5b2e6d1a03) (CLIENT-CREDENTIALS, org): 1 call

        """

    static let queueSync = """
        Client Queue Sync (8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02): CLIENT-CREDENTIALS, active, tokens valid 86400 s
          defined at samples/audit-org/org/oauth-clients-page-1.json:32:5 (the org's API answers)
          specs in force: samples/spec/genesys-platform-sample.json
        Verdict: denied: 1 of 5 calls refused

        Scopes
          (none)

        Roles
          Queue Sync Role (c0a1e2f3-1111-4a2b-8c3d-000000000001) in all divisions (*)
            policy routing:queue:view
            policy routing:wrapupCode:view
            policy analytics:conversationDetail:view
            grants analytics:conversationDetail:view, routing:queue:view, routing:wrapupCode:view

        Calls
          allowed  GET /api/v2/routing/queues/{QUEUE_ID}
                   from data action Get Queue (custom_-_0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01) at samples/audit-org/org/actions.json:40:33
                   operation GET /api/v2/routing/queues/{queueId}
                   needs permissions ALL of: routing:queue:view
                   granted by Queue Sync Role (c0a1e2f3-1111-4a2b-8c3d-000000000001)
                   divisions: all (*)
          allowed  GET /api/v2/routing/queues/{queueId}
                   from usage row (2880 requests, 2880 × 2xx) at samples/audit-org/usage/queue-sync-page-1.json:3:5
                   needs permissions ALL of: routing:queue:view
                   granted by Queue Sync Role (c0a1e2f3-1111-4a2b-8c3d-000000000001)
                   divisions: all (*)
          denied   POST /api/v2/routing/queues/{queueId}/members
                   from usage row (192 requests, 192 × 4xx) at samples/audit-org/usage/queue-sync-page-1.json:17:5
                   needs permissions ANY of: routing:queue:edit, routing:queueMember:manage
                   missing permission ANY of: routing:queue:edit, routing:queueMember:manage
                   observed: refused today (the usage rows count 4xx answers other than 429)
          allowed  GET /api/v2/routing/wrapupcodes
                   from usage row (24 requests, 24 × 2xx) at samples/audit-org/usage/queue-sync-page-1.json:31:5
                   needs permissions ALL of: routing:wrapupCode:view
                   granted by Queue Sync Role (c0a1e2f3-1111-4a2b-8c3d-000000000001)
                   divisions: all (*)
          unknown  GET /api/v2/routing/queues/{queueId}/statistics
                   from usage row (12 requests, 12 × 2xx) at samples/audit-org/usage/queue-sync-page-2.json:31:5
                   unknown: not an operation of the API spec in force (samples/spec/genesys-platform-sample.json); did you mean: GET /api/v2/routing/queues/{queueId}/users; GET /api/v2/routing/queues/{queueId}/wrapupcodes; GET /api/v2/routing/queues/{queueId}/members; GET /api/v2/routing/queues/{queueId}; GET /api/v2/routing/queues

        Least-privilege change
          + permission routing:queue:edit
          - policy analytics:conversationDetail:view (Queue Sync Role (c0a1e2f3-1111-4a2b-8c3d-000000000001))
          caveat: what to remove assumes the calls above are all the client makes
          caveat: calls no spec in force knows are not counted: GET /api/v2/routing/queues/{queueId}/statistics

        """

    static let wallboard = """
        Client Wallboard Login (3f1c2a7e-0b5d-4c1e-9a8f-2d6b7c1e4a01): CODE, active, tokens valid 86400 s
          defined at samples/audit-org/org/oauth-clients-page-1.json:3:5 (the org's API answers)
          specs in force: samples/spec/genesys-platform-sample.json
        Verdict: no call known

        Scopes
          analytics:readonly: unchecked: no call of the client is known
          routing:readonly: unchecked: no call of the client is known
          analytics:view: unknown: no spec in force has this scope; did you mean analytics:readonly, analytics

        Roles
          (none)

        Calls
          (none known)

        Least-privilege change
          caveat: no call of the client is known, so no change is proposed

        Notes
          scopecheck knows no call of this client: declare its calls in a policy, or give --usage with its usage query results

        """

    static let reportingExport = """
        Client Reporting Export (d2e9f6a4-3b1c-4d7e-8f0a-9c5b2e6d1a03): CLIENT-CREDENTIALS, active, tokens valid 3600 s
          defined at samples/audit-org/org/oauth-clients-page-2.json:3:5 (the org's API answers)
          specs in force: samples/spec/genesys-platform-sample.json
        Verdict: allowed: every call (1) is allowed

        Scopes
          (none)

        Roles
          Reporting Export Role (c0a1e2f3-2222-4a2b-8c3d-000000000002) in division 5a9b3c1d-7e2f-4a6b-9c8d-0e1f2a3b4c05 only
            policy analytics:conversationAggregate:view
            grants analytics:conversationAggregate:view

        Calls
          allowed  POST https://api.mypurecloud.com/api/v2/analytics/conversations/aggregates/query
                   from data action Queue Volume (custom_-_0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02) at samples/audit-org/org/actions.json:99:33
                   operation POST /api/v2/analytics/conversations/aggregates/query
                   needs permissions ANY of: analytics:conversationAggregate:view
                   granted by Reporting Export Role (c0a1e2f3-2222-4a2b-8c3d-000000000002)
                   divisions: 5a9b3c1d-7e2f-4a6b-9c8d-0e1f2a3b4c05 only: objects of other divisions are refused

        Least-privilege change
          none: the grant is the least its known calls need

        """

    static let suggestText = """
        Queue Sync (8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02) (CLIENT-CREDENTIALS): 5 known calls; the smallest role covering them grants 3 permissions in 2 permission policies.

        permission_policies: routing:queue:edit,view
        permission_policies: routing:wrapupCode:view

        routing:queue:edit, needed by:
          POST /api/v2/routing/queues/{queueId}/members (samples/audit-org/usage/queue-sync-page-1.json:17:5) checks ANY of: routing:queue:edit, routing:queueMember:manage

        routing:queue:view, needed by:
          GET /api/v2/routing/queues/{QUEUE_ID} → GET /api/v2/routing/queues/{queueId} (samples/audit-org/org/actions.json:40:33) checks ALL of: routing:queue:view
          GET /api/v2/routing/queues/{queueId} (samples/audit-org/usage/queue-sync-page-1.json:3:5) checks ALL of: routing:queue:view

        routing:wrapupCode:view, needed by:
          GET /api/v2/routing/wrapupcodes (samples/audit-org/usage/queue-sync-page-1.json:31:5) checks ALL of: routing:wrapupCode:view

        Not covered:
          GET /api/v2/routing/queues/{queueId}/statistics (samples/audit-org/usage/queue-sync-page-2.json:31:5): not an operation of the API spec in force (samples/spec/genesys-platform-sample.json); did you mean: GET /api/v2/routing/queues/{queueId}/users; GET /api/v2/routing/queues/{queueId}/wrapupcodes; GET /api/v2/routing/queues/{queueId}/members

        """

    static let suggestHCL = """
        # Least-privilege role for Queue Sync (8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02) (CLIENT-CREDENTIALS), covering its 5 known calls.
        # Not covered: "GET /api/v2/routing/queues/{queueId}/statistics" (samples/audit-org/usage/queue-sync-page-2.json:31:5): not an operation of the API spec in force (samples/spec/genesys-platform-sample.json); did you mean: GET /api/v2/routing/queues/{queueId}/users; GET /api/v2/routing/queues/{queueId}/wrapupcodes; GET /api/v2/routing/queues/{queueId}/members.
        resource "genesyscloud_auth_role" "queue_sync" {
          name        = "Queue Sync (least privilege)"
          description = "What Queue Sync (8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02) calls, as its data actions and observed usage show (scopecheck suggest)"

          permission_policies {
            domain      = "routing"
            entity_name = "queue"
            action_set  = ["edit", "view"]
          }

          permission_policies {
            domain      = "routing"
            entity_name = "wrapupCode"
            action_set  = ["view"]
          }
        }

        # Grant the role to the client: add this block to its genesyscloud_oauth_client, or in the admin UI (OAuth client, Roles tab).
        roles {
          role_id     = genesyscloud_auth_role.queue_sync.id
          division_id = "*"
        }

        """

    static let discover = """
        # Calls observed in client usage (samples/audit-org/usage/queue-sync-page-1.json, samples/audit-org/usage/queue-sync-page-2.json), matched against samples/spec/genesys-platform-sample.json.
        # Least privilege from observed traffic: review before use, since a call the period did not see is not here.

        # Client Queue Sync (8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02).
        client "genesyscloud_oauth_client.queue_sync" {
          calls = [
            "GET /api/v2/routing/queues/{queueId}",          # 2880 requests, 2880 × 2xx
            "POST /api/v2/routing/queues/{queueId}/members", # 192 requests, 192 × 4xx
            "GET /api/v2/routing/wrapupcodes",               # 24 requests, 24 × 2xx
            # GET /api/v2/routing/queues/{queueId}/statistics (12 requests, 12 × 2xx): not an operation of the API spec in force (samples/spec/genesys-platform-sample.json); did you mean: GET /api/v2/routing/queues/{queueId}/users; GET /api/v2/routing/queues/{queueId}/wrapupcodes; GET /api/v2/routing/queues/{queueId}/members; GET /api/v2/routing/queues/{queueId}; GET /api/v2/routing/queues
          ]
        }
        # Refused today (the rows count 4xx answers other than 429):
        # POST /api/v2/routing/queues/{queueId}/members: 192 of 192 requests answered 4xx (samples/audit-org/usage/queue-sync-page-1.json:17:5)
        #   needs scopes routing (user tokens); permissions ANY of: routing:queue:edit, routing:queueMember:manage
        #   the client lacks permission ANY of: routing:queue:edit, routing:queueMember:manage

        """
}
