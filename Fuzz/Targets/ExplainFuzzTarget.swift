import Foundation

/// The inputs of `explain` that come from outside: a gateway error body (JSON, or a pasted HTTP
/// exchange with headers) and an access token (decoded locally as a JWT). The first byte picks
/// how the rest is read: as an error body, as a token, or as a JWT payload (JSON) wrapped in a
/// token, so the claim reader sees JSON without having to find base64 first. No credential the
/// redaction recognises may survive it.
enum ExplainFuzzTarget {
    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let rest = Array(bytes.dropFirst())
        let text = String(decoding: rest, as: UTF8.self)
        switch selector % 3 {
        case 0:
            _ = try? GatewayErrorBody.parse(text)
            let redacted = CredentialRedaction.redact(text)
            FuzzCheck.require(
                CredentialRedaction.redact(redacted) == redacted, "explain: redaction is not idempotent")
        case 1:
            readToken(text)
        default:
            let payload = Data(rest).base64EncodedString().replacing("+", with: "-").replacing("/", with: "_")
                .replacing("=", with: "")
            readToken("eyJhbGciOiJub25lIn0.\(payload).")
        }
    }

    private static func readToken(_ token: String) {
        guard let claims = try? JWTClaims.decode(token) else { return }
        let decoded = DecodedToken(claims: claims, decodedAt: Date(timeIntervalSince1970: 1_800_000_000))
        _ = decoded.textRows
        _ = decoded.json.rendered()
        _ = decoded.grant(fallback: .code)
    }
}
