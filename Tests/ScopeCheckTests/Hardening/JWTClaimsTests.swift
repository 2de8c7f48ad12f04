import Foundation
import Testing

@testable import Core
@testable import Explain
@testable import Graph
@testable import Syntax
@testable import scopecheck

/// `explain --token`: the claims are read locally from the header and payload; the signature is
/// never checked or shown; malformed tokens are refused without being repeated.
@Suite struct JWTClaimsTests {
    private static func part(_ json: String) -> String {
        Data(json.utf8).base64EncodedString().replacing("+", with: "-").replacing("/", with: "_")
            .replacing("=", with: "")
    }

    private static func token(_ payload: String, header: String = #"{"alg":"RS256","typ":"JWT"}"#) -> String {
        "\(part(header)).\(part(payload)).c2lnbmF0dXJl"
    }

    @Test func claimsAreRead() throws {
        let claims = try JWTClaims.decode(
            Self.token(
                #"{"scope":"analytics:readonly  routing","org_id":"org-1","exp":1893456000,"iat":1700000000,"iss":"https://login.mypurecloud.com","aud":["a","b"],"grant_type":"client_credentials","client_id":"c-1"}"#
            ))
        #expect(
            claims
                == JWTClaims(
                    algorithm: "RS256", scopes: ["analytics:readonly", "routing"], organizationId: "org-1",
                    expiresAt: Date(timeIntervalSince1970: 1_893_456_000),
                    issuedAt: Date(timeIntervalSince1970: 1_700_000_000),
                    issuer: "https://login.mypurecloud.com", audience: ["a", "b"], grantType: "client_credentials",
                    clientId: "c-1", problems: []))
        #expect(claims.knownGrantType == .clientCredentials)
    }

    @Test func alternativeClaimNames() throws {
        let claims = try JWTClaims.decode(
            "Bearer " + Self.token(#"{"scp":["a:readonly","b"],"organization_id":"o","azp":"client","aud":"x"}"#))
        #expect(claims.scopes == ["a:readonly", "b"])
        #expect(claims.organizationId == "o")
        #expect(claims.clientId == "client")
        #expect(claims.audience == ["x"])
        #expect(claims.expiresAt == nil)
    }

    @Test func claimsOfTheWrongKindAreProblems() throws {
        let claims = try JWTClaims.decode(Self.token(#"{"scope":42,"exp":"soon","aud":{"x":1},"iat":1e300}"#))
        #expect(claims.scopes == nil)
        #expect(
            claims.problems == [
                "scope is number, not a space-separated string or a list of strings",
                "exp is not a date (seconds since 1970)",
                "iat is not a date (seconds since 1970)",
                "aud is object, not a string or a list of strings",
            ])
    }

    @Test func expiryIsJudgedAtTheTimeOfReading() throws {
        let claims = try JWTClaims.decode(Self.token(#"{"scope":"a","exp":1700000000}"#))
        let before = DecodedToken(claims: claims, decodedAt: Date(timeIntervalSince1970: 1_600_000_000))
        let after = DecodedToken(claims: claims, decodedAt: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(before.isExpired == false)
        #expect(after.isExpired == true)
        #expect(
            before.textRows.map { "\($0.0) \($0.1)" } == [
                "scope a", "expires 2023-11-14T22:13:20Z (valid)", "algorithm RS256",
            ])
        #expect(after.textRows[1] == ("expires", "2023-11-14T22:13:20Z (expired)"))
        #expect(
            after.grant(fallback: .code) == ClientGrant(address: "--token", grantType: .code, scopes: ["a"], roles: []))
    }

    @Test func malformedTokensAreRefusedWithoutRepeatingThem() {
        let cases: [(String, String)] = [
            ("secret-opaque-token", "--token is not a JWT (three base64url parts separated by dots)"),
            ("a.b.c.d.e", "--token is an encrypted JWT (JWE): its claims cannot be read without the key"),
            ("!!!.\(Self.part("{}")).sig", "--token: the JWT header is not base64url-encoded JSON"),
            (
                "\(Self.part("{}")).\(Self.part("[1,2]")).sig",
                "--token: the JWT payload is not a base64url-encoded JSON object"
            ),
            (
                "\(Self.part("{}")).\(Self.part(String(repeating: "[", count: 100) + "]")).sig",
                "--token: the JWT payload is not a base64url-encoded JSON object"
            ),
            (String(repeating: "a", count: 70_000), "--token is longer than 64 KB: not an access token"),
        ]
        for (token, message) in cases {
            do {
                _ = try JWTClaims.decode(token)
                Issue.record("\(message) was accepted")
            } catch {
                #expect(error.description.hasPrefix(message))
                #expect(!error.description.contains("secret-opaque-token"))
            }
        }
    }

    @Test func explainShowsTheClaimsButNeverTheSignature() throws {
        let token = Self.token(#"{"scope":"routing:readonly","exp":4102444800}"#)
        let output = try CommandRunner.run(
            ["explain", "getRoutingQueues", "--spec", HostileFixture.sampleSpec, "--token", token, "--format", "json"])
        #expect(output.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
        let claims = json["token"] as? [String: Any] ?? [:]
        #expect(claims["scopes"] as? [String] == ["routing:readonly"])
        #expect(claims["expires"] as? String == "2100-01-01T00:00:00Z")
        #expect(claims["expired"] as? Bool == false)
        #expect(claims["signatureChecked"] as? Bool == false)
        #expect(json["verdict"] as? String == "allowed")
        #expect(!output.stdout.contains("c2lnbmF0dXJl"))
        let text = try CommandRunner.run([
            "explain", "getRoutingQueues", "--spec", HostileFixture.sampleSpec, "--token", token,
        ])
        #expect(
            text.stdout.contains(
                "Token (decoded locally; the signature is not checked):\n  scope        routing:readonly\n"))
        #expect(text.stdout.contains("Checked: --token (CODE; scopes routing:readonly)"))
        let both = try CommandRunner.run(
            ["explain", "getRoutingQueues", "--spec", HostileFixture.sampleSpec, "--token", token, "--scopes", "a"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("give one of --client, --scopes and --token, not --scopes and --token"))
    }

    /// The library and the command never open a network connection, except `spec fetch`'s
    /// downloader: no networking API is used anywhere else in their sources, so a token given to
    /// explain cannot be sent anywhere.
    @Test func noNetworkingCode() throws {
        let downloader = ["SpecFetch/", "scopecheck/SpecFetchCommand.swift"]
        let forbidden = ["URLSession", "URLRequest", "NSURLConnection", "CFNetwork", "socket(", "getaddrinfo"]
        let manager = FileManager.default
        let root = TestSupport.packageRoot.appendingPathComponent("Sources")
        let files = try #require(manager.enumerator(atPath: root.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > 100)
        for file in files where !downloader.contains(where: { file.hasPrefix($0) }) {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for name in forbidden { #expect(!text.contains(name), "Sources/\(file) uses \(name)") }
        }
    }
}
