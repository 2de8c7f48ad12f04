/// The inputs of `explain` that come from outside: a gateway error body (JSON, or a pasted HTTP
/// exchange with headers) and an access token (decoded locally as a JWT).
enum ExplainFuzzTarget {
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? GatewayErrorBody.parse(text)
    }
}
