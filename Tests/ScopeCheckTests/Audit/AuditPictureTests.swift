import Core
import Foundation
import Genesys
import Graph
import Rules
import Testing

@testable import Audit

/// Two hand-made audits: a CLIENT-CREDENTIALS client whose role holds an excess policy and whose
/// second call lacks a permission, and a CODE client with a used and an unknown scope.
enum AuditPictureFixtures {
    static func range(_ file: String, _ line: Int) -> SourceRange {
        SourceRange(
            file: file, start: SourcePosition(line: line, column: 1, byte: 0),
            end: SourcePosition(line: line, column: 5, byte: 4))
    }

    static func call(
        _ text: String, verdict: AccessVerdict, needs: [String], missing: [String] = [], grantedBy: [String] = [],
        line: Int
    ) -> ClientAudit.Call {
        ClientAudit.Call(
            text: text, source: "policy", provenance: "policy at policy.hcl:\(line):3",
            range: range("policy.hcl", line),
            operations: [text], verdict: verdict,
            requirement: "scopes none; permissions \(needs.joined(separator: " and "))", permissionsNeeded: needs,
            missing: missing.map { "permission \($0)" }, missingPermissions: missing, missingScopes: [],
            grantedBy: grantedBy, divisions: verdict == .denied ? nil : "all (*)", unresolved: [], notes: [],
            deniedToday: false)
    }

    static func credentials(role reference: String = "Queue reader (r1)") -> ClientAudit {
        let view = PermissionPolicy(domain: "routing", entity: "queue", actions: ["view"])
        let delete = PermissionPolicy(domain: "routing", entity: "queue", actions: ["delete"])
        return ClientAudit(
            identity: ClientAudit.Identity(
                label: "genesyscloud_oauth_client.dash", id: nil, name: "Dashboard", grantType: "CLIENT-CREDENTIALS",
                state: "active", tokenLifetimeSeconds: 86400, definedAt: range("main.tf", 1), origin: "terraform"),
            specs: "PureCloud", scopes: [],
            roles: [
                ClientAudit.Role(
                    reference: reference, division: "*", policies: [view, delete],
                    effectivePermissions: ["routing:queue:delete", "routing:queue:view"], unknownReason: nil,
                    excessPolicies: [delete], narrowedPolicies: [])
            ],
            calls: [
                call(
                    "GET /api/v2/routing/queues", verdict: .allowed, needs: ["routing:queue:view"],
                    grantedBy: [reference], line: 2),
                call(
                    "POST /api/v2/routing/queues/{queueId}/members", verdict: .denied, needs: ["routing:queue:add"],
                    missing: ["routing:queue:add"], line: 5),
            ],
            findings: [
                Finding(
                    rule: "missing-permission", severity: .error,
                    message: "client can't call POST /api/v2/routing/queues/{queueId}/members",
                    range: range("main.tf", 1))
            ],
            change: ClientAudit.Change(
                addScopes: [], removeScopes: [], addPermissions: ["routing:queue:add"],
                removePolicies: ["routing:queue:delete (\(reference))"], narrowPolicies: [], caveats: []),
            notes: ["scopes are ignored for CLIENT-CREDENTIALS clients: what counts is the roles' permissions"])
    }

    static let code = ClientAudit(
        identity: ClientAudit.Identity(
            label: "genesyscloud_oauth_client.portal", id: nil, name: nil, grantType: "CODE", state: nil,
            tokenLifetimeSeconds: nil, definedAt: range("main.tf", 20), origin: "terraform"),
        specs: "PureCloud",
        scopes: [
            ClientAudit.Scope(name: "routing", status: .used, usedBy: ["GET /api/v2/routing/queues"], suggestions: []),
            ClientAudit.Scope(name: "routing:bogus", status: .unknown, usedBy: [], suggestions: ["routing:readonly"]),
        ],
        roles: [],
        calls: [
            ClientAudit.Call(
                text: "GET /api/v2/routing/queues", source: "policy", provenance: "policy at policy.hcl:9:3",
                range: range("policy.hcl", 9), operations: ["GET /api/v2/routing/queues"], verdict: .allowed,
                requirement: "scopes routing or routing:readonly; permissions routing:queue:view",
                permissionsNeeded: ["routing:queue:view"], missing: [], missingPermissions: [], missingScopes: [],
                grantedBy: [], divisions: nil, unresolved: [], notes: [], deniedToday: false)
        ],
        findings: [],
        change: ClientAudit.Change(
            addScopes: [], removeScopes: ["routing:bogus"], addPermissions: [], removePolicies: [], narrowPolicies: [],
            caveats: []),
        notes: [])
}

@Suite struct AuditPictureTests {
    let credentials = AuditPictureFixtures.credentials()
    let code = AuditPictureFixtures.code

    static let credentialsMermaid = #"""
        flowchart LR
            n0["client: genesyscloud_oauth_client.dash<br/>CLIENT-CREDENTIALS"]
            n1["role: Queue reader (r1)<br/>all divisions (*)"]
            n2["policy: routing:queue:view"]
            n3["policy: routing:queue:delete<br/>grants nothing needed"]
            n4["permission: routing:queue:view"]
            n5["permission: routing:queue:add<br/>not granted"]
            n6["allowed: GET /api/v2/routing/queues<br/>from policy"]
            n7["denied: POST /api/v2/routing/queues/{queueId}/members<br/>from policy"]
            n0 --> n1
            n1 --> n2
            n1 -.->|excess| n3
            n2 -->|granted| n4
            n4 -->|granted| n6
            n5 -.->|missing| n7
            classDef allowed fill:#e8f5e9,stroke:#2e7d32,color:#1b1b1b
            classDef denied fill:#ffebee,stroke:#c62828,color:#1b1b1b
            classDef unknown fill:#fff8e1,stroke:#b26a00,color:#1b1b1b
            classDef excess fill:#f5f5f5,stroke:#757575,color:#1b1b1b
            classDef missing fill:#ffffff,stroke:#c62828,color:#1b1b1b,stroke-dasharray: 5 5
            class n4,n6 allowed
            class n0,n7 denied
            class n3 excess
            class n5 missing
            linkStyle 3,4 stroke:#2e7d32,color:#2e7d32
            linkStyle 5 stroke:#c62828,color:#c62828
            linkStyle 2 stroke:#757575,color:#757575

        """#

    static let codeMermaid = #"""
        flowchart LR
            n0["client: genesyscloud_oauth_client.portal<br/>CODE"]
            n1["scope: routing"]
            n2["scope: routing:bogus<br/>no spec knows it"]
            n3["allowed: GET /api/v2/routing/queues<br/>from policy"]
            n0 --> n1
            n0 -.->|unknown| n2
            n1 -->|granted| n3
            classDef allowed fill:#e8f5e9,stroke:#2e7d32,color:#1b1b1b
            classDef denied fill:#ffebee,stroke:#c62828,color:#1b1b1b
            classDef unknown fill:#fff8e1,stroke:#b26a00,color:#1b1b1b
            classDef excess fill:#f5f5f5,stroke:#757575,color:#1b1b1b
            classDef missing fill:#ffffff,stroke:#c62828,color:#1b1b1b,stroke-dasharray: 5 5
            class n0,n3 allowed
            class n2 unknown
            linkStyle 2 stroke:#2e7d32,color:#2e7d32
            linkStyle 1 stroke:#757575,color:#757575

        """#

    @Test func dotDrawsRolesPoliciesPermissionsAndCalls() {
        let expected = #"""
            digraph audit {
                graph [rankdir=LR, labelloc=t, fontname="Helvetica", fontsize=12, label="OAuth client audit: genesyscloud_oauth_client.dash\ndenied: 1 of 2 calls refused"];
                node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, color="#424242", fillcolor="#ffffff"];
                edge [fontname="Helvetica", fontsize=10, color="#424242"];
                n0 [label="client: genesyscloud_oauth_client.dash\nCLIENT-CREDENTIALS", color="#c62828", fillcolor="#ffebee"];
                n1 [label="role: Queue reader (r1)\nall divisions (*)"];
                n2 [label="policy: routing:queue:view"];
                n3 [label="policy: routing:queue:delete\ngrants nothing needed", color="#757575", fillcolor="#f5f5f5"];
                n4 [label="permission: routing:queue:view", color="#2e7d32", fillcolor="#e8f5e9"];
                n5 [label="permission: routing:queue:add\nnot granted", color="#c62828", fillcolor="#ffffff", style="rounded,filled,dashed"];
                n6 [label="allowed: GET /api/v2/routing/queues\nfrom policy", color="#2e7d32", fillcolor="#e8f5e9"];
                n7 [label="denied: POST /api/v2/routing/queues/{queueId}/members\nfrom policy", color="#c62828", fillcolor="#ffebee"];
                { rank=same; n2; n3; }
                { rank=same; n4; n5; }
                { rank=same; n6; n7; }
                n0 -> n1;
                n1 -> n2;
                n1 -> n3 [label="excess", color="#757575", fontcolor="#757575", style=dotted];
                n2 -> n4 [label="granted", color="#2e7d32", fontcolor="#2e7d32", style=solid];
                n4 -> n6 [label="granted", color="#2e7d32", fontcolor="#2e7d32", style=solid];
                n5 -> n7 [label="missing", color="#c62828", fontcolor="#c62828", style=dashed];
            }

            """#
        #expect(credentials.dot == expected)
    }

    @Test func dotDrawsScopesOfAUserGrantClient() {
        let expected = #"""
            digraph audit {
                graph [rankdir=LR, labelloc=t, fontname="Helvetica", fontsize=12, label="OAuth client audit: genesyscloud_oauth_client.portal\nallowed: every call (1) is allowed"];
                node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, color="#424242", fillcolor="#ffffff"];
                edge [fontname="Helvetica", fontsize=10, color="#424242"];
                n0 [label="client: genesyscloud_oauth_client.portal\nCODE", color="#2e7d32", fillcolor="#e8f5e9"];
                n1 [label="scope: routing"];
                n2 [label="scope: routing:bogus\nno spec knows it", color="#b26a00", fillcolor="#fff8e1"];
                n3 [label="allowed: GET /api/v2/routing/queues\nfrom policy", color="#2e7d32", fillcolor="#e8f5e9"];
                { rank=same; n1; n2; }
                n0 -> n1;
                n0 -> n2 [label="unknown", color="#757575", fontcolor="#757575", style=dotted];
                n1 -> n3 [label="granted", color="#2e7d32", fontcolor="#2e7d32", style=solid];
            }

            """#
        #expect(code.dot == expected)
    }

    @Test func mermaidDrawsTheSamePicture() {
        #expect(credentials.mermaid == Self.credentialsMermaid)
        #expect(code.mermaid == Self.codeMermaid)
    }

    @Test func markdownHasTablesPictureFindingsChangeAndNotes() {
        let before = #"""
            ## OAuth client audit: genesyscloud_oauth_client.dash

            **Verdict:** denied: 1 of 2 calls refused

            | Fact | Value |
            | --- | --- |
            | Name | Dashboard |
            | Grant type | `CLIENT-CREDENTIALS` |
            | State | active |
            | Token lifetime | 86400 s |
            | Defined at | `main.tf:1:1` (Terraform) |
            | Specs | PureCloud |

            ### Picture


            """#
        let after = #"""

            ### Scopes

            None.

            ### Roles

            | Role | Division | Policies | Effective permissions |
            | --- | --- | --- | --- |
            | Queue reader (r1) | all divisions (\*) | `routing:queue:view`<br>`routing:queue:delete` (excess) | `routing:queue:delete`<br>`routing:queue:view` |

            ### Calls

            | Verdict | Call | Source | Needs | Missing / granted by | Divisions |
            | --- | --- | --- | --- | --- | --- |
            | allowed | `GET /api/v2/routing/queues` | policy at policy.hcl:2:3 | scopes none; permissions routing:queue:view | granted by Queue reader (r1) | all (\*) |
            | denied | `POST /api/v2/routing/queues/{queueId}/members` | policy at policy.hcl:5:3 | scopes none; permissions routing:queue:add | missing permission routing:queue:add | — |

            ### Findings

            - **error** `missing-permission` at `main.tf:1:1`: client can't call POST /api/v2/routing/queues/{queueId}/members

            ### Least-privilege change

            ```diff
            + permission routing:queue:add
            - policy routing:queue:delete (Queue reader (r1))
            ```

            ### Notes

            - scopes are ignored for CLIENT-CREDENTIALS clients: what counts is the roles' permissions

            """#
        #expect(credentials.markdown == before + "```mermaid\n" + Self.credentialsMermaid + "```\n" + after)
    }

    @Test func markdownOfAUserGrantClientHasScopes() {
        let before = #"""
            ## OAuth client audit: genesyscloud_oauth_client.portal

            **Verdict:** allowed: every call (1) is allowed

            | Fact | Value |
            | --- | --- |
            | Grant type | `CODE` |
            | State | not set |
            | Token lifetime | not set |
            | Defined at | `main.tf:20:1` (Terraform) |
            | Specs | PureCloud |

            ### Picture


            """#
        let after = #"""

            ### Scopes

            | Scope | Status | Detail |
            | --- | --- | --- |
            | `routing` | used | used by `GET /api/v2/routing/queues` |
            | `routing:bogus` | unknown | no spec in force has this scope; did you mean `routing:readonly` |

            ### Roles

            None.

            ### Calls

            | Verdict | Call | Source | Needs | Missing / granted by | Divisions |
            | --- | --- | --- | --- | --- | --- |
            | allowed | `GET /api/v2/routing/queues` | policy at policy.hcl:9:3 | scopes routing or routing:readonly; permissions routing:queue:view | — | — |

            ### Least-privilege change

            ```diff
            - scope routing:bogus
            ```

            """#
        #expect(code.markdown == before + "```mermaid\n" + Self.codeMermaid + "```\n" + after)
    }

    @Test func htmlIsOneSelfContainedPage() {
        let html = credentials.html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.contains("<title>OAuth client audit: genesyscloud_oauth_client.dash</title>"))
        #expect(html.contains("<svg"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<link") && !html.contains("<img") && !html.contains("@import"))
        #expect(html.contains("<td class=\"mark denied\">denied</td>"))
        #expect(html.contains(">missing</text>") && html.contains(">excess</text>") && html.contains(">granted</text>"))
        #expect(html.contains("<span class=\"add\">+ permission routing:queue:add</span>"))
        #expect(html == AuditPictureFixtures.credentials().html)
        #expect(code.html.contains(">unknown</text>"))
    }

    @Test func htmlEscapesEveryLabel() {
        let html = AuditPictureFixtures.credentials(role: "Role <b>&\"x\" 'y'").html
        #expect(html.contains("role: Role &lt;b&gt;&amp;&quot;x&quot; &#39;y&#39;</text>"))
        #expect(html.contains("<td>Role &lt;b&gt;&amp;&quot;x&quot; &#39;y&#39;</td>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("&\""))
    }

    @Test func dotMermaidAndMarkdownEscapeLabels() {
        let audit = AuditPictureFixtures.credentials(role: "Role <b>&\"x\" #1 a|b\\c\nd")
        #expect(audit.dot.contains(#"n1 [label="role: Role <b>&\"x\" #1 a|b\\c\nd\nall divisions (*)"];"#))
        #expect(
            audit.mermaid.contains(#"n1["role: Role #lt;b#gt;#amp;#quot;x#quot; #35;1 a|b\c d<br/>all divisions (*)"]"#)
        )
        #expect(audit.markdown.contains(#"| Role \<b\>\&"x" #1 a\|b\\c d | all divisions (\*) |"#))
    }

    @Test func unknownRolesAndMissingScopesAreMarked() {
        var audit = AuditPictureFixtures.code
        audit.calls[0].missingScopes = ["routing:readonly"]
        audit.roles = [
            ClientAudit.Role(
                reference: "Ghost", division: nil, policies: nil, effectivePermissions: [],
                unknownReason: "not in the inputs", excessPolicies: [], narrowedPolicies: [])
        ]
        let picture = AuditPicture(audit)
        #expect(picture.nodes.map(\.label).contains("scope: routing:readonly"))
        #expect(picture.nodes.first { $0.label == "role: Ghost" }?.tone == .unknown)
        #expect(audit.mermaid.contains("n0 -.->|unknown| n1"))
        #expect(audit.mermaid.contains("-.->|missing| n5"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")))
    func graphvizRendersTheDOT() throws {
        for audit in [credentials, code, AuditPictureFixtures.credentials(role: "Role <b>&\"x\"\\")] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
            process.arguments = ["-Tsvg"]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data(audit.dot.utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
    }
}
