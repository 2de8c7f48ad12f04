import Core

extension DecodedToken {
    /// The claims as `explain` prints them, label and value, in a fixed order; claims the token
    /// does not carry are left out.
    var textRows: [(String, String)] {
        var rows: [(String, String)] = []
        let claims = self.claims
        rows.append(("scope", claims.scopes.map { $0.isEmpty ? "(empty)" : $0.joined(separator: " ") } ?? "(none)"))
        if let organizationId = claims.organizationId { rows.append(("org_id", organizationId)) }
        if let expiresAt = claims.expiresAt {
            rows.append(("expires", "\(Self.format(expiresAt)) (\(isExpired == true ? "expired" : "valid"))"))
        }
        if let issuedAt = claims.issuedAt { rows.append(("issued", Self.format(issuedAt))) }
        if let issuer = claims.issuer { rows.append(("issuer", issuer)) }
        if !claims.audience.isEmpty { rows.append(("audience", claims.audience.joined(separator: ", "))) }
        if let grantType = claims.grantType { rows.append(("grant_type", grantType)) }
        if let clientId = claims.clientId { rows.append(("client_id", clientId)) }
        if let algorithm = claims.algorithm { rows.append(("algorithm", algorithm)) }
        rows += claims.problems.map { ("problem", $0) }
        return rows
    }

    /// The `token` member of `explain --format json` (documented in docs/explain.md).
    var json: JSONOutput {
        let strings = { (values: [String]) in JSONOutput.array(values.map(JSONOutput.string)) }
        let optional = { (value: String?) in value.map(JSONOutput.string) ?? .null }
        return .fields([
            ("scopes", claims.scopes.map(strings) ?? .null),
            ("orgId", optional(claims.organizationId)),
            ("expires", optional(claims.expiresAt.map(Self.format))),
            ("expired", isExpired.map(JSONOutput.bool) ?? .null),
            ("issued", optional(claims.issuedAt.map(Self.format))),
            ("issuer", optional(claims.issuer)),
            ("audience", strings(claims.audience)),
            ("grantType", optional(claims.grantType)),
            ("clientId", optional(claims.clientId)),
            ("algorithm", optional(claims.algorithm)),
            ("signatureChecked", .bool(false)),
            ("problems", strings(claims.problems)),
        ])
    }
}
