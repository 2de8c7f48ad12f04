import Core
import Foundation
import Genesys
import Graph
import Syntax

/// The claims of a JWT access token that say what the token may do, decoded locally for
/// `explain --token`. Only the header and payload are read (base64url, then JSON); the
/// signature is never checked, printed or kept, and the token is never sent anywhere.
public struct JWTClaims: Equatable, Sendable {
    /// The header's `alg`.
    public var algorithm: String?
    /// `scope` (space-separated) or `scp` (a list or space-separated); nil when neither is there.
    public var scopes: [String]?
    /// `org_id` or `organization_id`.
    public var organizationId: String?
    /// `exp`.
    public var expiresAt: Date?
    /// `iat`.
    public var issuedAt: Date?
    /// `iss`.
    public var issuer: String?
    /// `aud` (a string or a list).
    public var audience: [String]
    /// `grant_type`, as written.
    public var grantType: String?
    /// `client_id`, else `azp` or `cid`.
    public var clientId: String?
    /// Claims present with a value of the wrong kind, one sentence each (`exp is not a number`).
    public var problems: [String]

    /// The longest token read; anything longer is not an access token.
    public static let maximumLength = 64 * 1024

    /// Decodes `token` (optionally prefixed by `Bearer `). Throws a usage error that never
    /// repeats the token when it is not a signed JWT with a JSON object payload.
    public static func decode(_ token: String) throws(InputError) -> JWTClaims {
        var text = token.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.lowercased().hasPrefix("bearer ") {
            text = String(text.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        }
        guard text.utf8.count <= maximumLength else {
            throw InputError("--token is longer than \(maximumLength / 1024) KB: not an access token")
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 5 {
            throw InputError("--token is an encrypted JWT (JWE): its claims cannot be read without the key")
        }
        guard parts.count == 3 else {
            throw InputError(
                "--token is not a JWT (three base64url parts separated by dots); Genesys Cloud access tokens are "
                    + "usually opaque and cannot be decoded locally: pass the token's scopes with --scopes instead")
        }
        guard let header = object(parts[0]) else {
            throw InputError("--token: the JWT header is not base64url-encoded JSON")
        }
        guard let payload = object(parts[1]) else {
            throw InputError("--token: the JWT payload is not a base64url-encoded JSON object")
        }
        var reader = ClaimReader(payload: payload)
        return JWTClaims(
            algorithm: header["alg"]?.stringValue, scopes: reader.scopes(),
            organizationId: reader.firstString(["org_id", "organization_id"]),
            expiresAt: reader.date("exp"), issuedAt: reader.date("iat"), issuer: reader.firstString(["iss"]),
            audience: reader.strings("aud") ?? [], grantType: reader.firstString(["grant_type"]),
            clientId: reader.firstString(["client_id", "azp", "cid"]), problems: reader.problems)
    }

    /// The grant type the `grant_type` claim names (OAuth or Terraform spelling), if it names one.
    public var knownGrantType: GrantType? {
        guard let grantType else { return nil }
        switch grantType.lowercased() {
        case "client_credentials", "client-credentials": return .clientCredentials
        case "authorization_code", "code": return .code
        case "implicit", "token": return .token
        case "password": return .password
        case "urn:ietf:params:oauth:grant-type:saml2-bearer", "saml2-bearer", "saml2bearer": return .saml2Bearer
        default: return GrantType(rawValue: grantType)
        }
    }

    /// The JSON object encoded in one base64url part, or nil.
    private static func object(_ part: Substring) -> JSONNode? {
        var base64 = String(part).replacing("-", with: "+").replacing("_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64) else { return nil }
        let root = JSONDocument.parse(bytes: Array(data), path: "--token", maximumDepth: 32).root
        return root?.objectMembers == nil ? nil : root
    }
}

/// A decoded token and the moment it was read, which decides whether it has expired.
public struct DecodedToken: Equatable, Sendable {
    public var claims: JWTClaims
    public var decodedAt: Date

    public init(claims: JWTClaims, decodedAt: Date) {
        self.claims = claims
        self.decodedAt = decodedAt
    }

    /// Whether `exp` has passed; nil without an `exp`.
    public var isExpired: Bool? { claims.expiresAt.map { $0 <= decodedAt } }

    /// What the token presents, checked like `--scopes`: its grant type when the `grant_type`
    /// claim names one (else `fallback`) and its scopes. A client-credentials token does not
    /// carry its client's roles: they are `roles` when the caller knows them (the client's
    /// saved API answers), else one role whose permissions are unknown, so the verdict stays
    /// open rather than reading "no roles".
    public func grant(fallback: GrantType, roles: [RoleGrant]? = nil) -> ClientGrant {
        let grantType = claims.knownGrantType ?? fallback
        let unknownRoles = RoleGrant(
            reference: "the roles of client \(claims.clientId ?? "(no client_id claim)")", division: nil, policies: nil,
            unresolvedReason:
                "a client-credentials token does not carry its client's roles; give --org with the client's saved API answers"
        )
        return ClientGrant(
            address: "--token", grantType: grantType, scopes: claims.scopes ?? [],
            roles: roles ?? (grantType.actsAsClient ? [unknownRoles] : []))
    }

    /// `2026-11-02T10:00:00Z`, in UTC.
    public static func format(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}

/// Reads claims of the expected kinds from a payload, noting those of another kind.
private struct ClaimReader {
    let payload: JSONNode
    var problems: [String] = []

    /// The latest NumericDate accepted (the end of year 9999).
    private static let latestDate = 253_402_300_799.0

    mutating func firstString(_ names: [String]) -> String? {
        for name in names {
            guard let node = payload[name] else { continue }
            if let text = node.stringValue { return text }
            if let number = node.numberValue, number.isFinite { return Value.format(number) }
            problems.append("\(name) is \(node.kindName), not a string")
        }
        return nil
    }

    mutating func strings(_ name: String) -> [String]? {
        guard let node = payload[name] else { return nil }
        if let text = node.stringValue { return [text] }
        if let items = node.arrayValue {
            let texts = items.compactMap(\.stringValue)
            if texts.count == items.count { return texts }
        }
        problems.append("\(name) is \(node.kindName), not a string or a list of strings")
        return nil
    }

    mutating func scopes() -> [String]? {
        for name in ["scope", "scp"] {
            guard let node = payload[name] else { continue }
            if let text = node.stringValue { return text.split(whereSeparator: \.isWhitespace).map(String.init) }
            if let items = node.arrayValue, items.allSatisfy({ $0.stringValue != nil }) {
                return items.compactMap(\.stringValue).flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(
                    String.init)
            }
            problems.append("\(name) is \(node.kindName), not a space-separated string or a list of strings")
        }
        return nil
    }

    mutating func date(_ name: String) -> Date? {
        guard let node = payload[name] else { return nil }
        guard let seconds = node.numberValue ?? node.stringValue.flatMap(Double.init), seconds.isFinite,
            abs(seconds) <= Self.latestDate
        else {
            problems.append("\(name) is not a date (seconds since 1970)")
            return nil
        }
        return Date(timeIntervalSince1970: seconds)
    }
}
