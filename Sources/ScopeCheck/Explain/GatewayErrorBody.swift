import Foundation

/// An error answer of the API gateway (`{"message", "code", "status", "messageParams"}`, or an
/// OAuth-style `insufficient_scope` body), classified so it can be related to a requirement.
public struct GatewayErrorBody: Equatable, Sendable {
    /// What the gateway said went wrong.
    public enum Kind: Equatable, Sendable {
        /// `missing.permissions` / `missing.any.permissions` / `missing.all.permissions`.
        case missingPermissions(mode: PermissionMode?, permissions: [String])
        /// `insufficient_scope`, with the scopes the message names.
        case insufficientScope(scopes: [String])
        /// `not.authorized`: denied without saying why.
        case notAuthorized
        /// 401 `bad.credentials` / `authentication.required` / `invalid_token`: the token itself was refused.
        case tokenRefused(code: String)
        /// Anything else.
        case other(code: String?)
    }

    public var status: Int?
    public var code: String?
    public var message: String?
    public var kind: Kind

    public init(status: Int?, code: String?, message: String?, kind: Kind) {
        self.status = status
        self.code = code
        self.message = message
        self.kind = kind
    }

    /// Reads an error body. Throws a message saying what was expected when `text` is not a JSON
    /// object.
    public static func parse(_ text: String) throws(UsageError) -> GatewayErrorBody {
        guard let data = text.data(using: .utf8),
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else {
            throw UsageError("--error-body must be a JSON object such as {\"code\": \"missing.any.permissions\", ...}")
        }
        let status = (object["status"] as? Int) ?? (object["status"] as? String).flatMap { Int($0) }
        let code = ["code", "errorCode", "error"].lazy.compactMap { object[$0] as? String }.first
        let message = ["message", "error_description", "errorMessage"].lazy.compactMap { object[$0] as? String }.first
        let params = (object["messageParams"] as? [String: Any]) ?? [:]
        return GatewayErrorBody(
            status: status, code: code, message: message,
            kind: classify(code: code, message: message, params: params))
    }

    private static func classify(code: String?, message: String?, params: [String: Any]) -> Kind {
        let lowered = code?.lowercased() ?? ""
        let paramText = params.keys.sorted().compactMap { key -> String? in
            if let text = params[key] as? String { return text }
            if let list = params[key] as? [String] { return list.joined(separator: " ") }
            return nil
        }.joined(separator: " ")
        let text = [message ?? "", paramText].joined(separator: " ")
        switch lowered {
        case "missing.permissions": return .missingPermissions(mode: nil, permissions: permissionNames(in: text))
        case "missing.any.permissions": return .missingPermissions(mode: .any, permissions: permissionNames(in: text))
        case "missing.all.permissions": return .missingPermissions(mode: .all, permissions: permissionNames(in: text))
        case "not.authorized": return .notAuthorized
        case "bad.credentials", "authentication.required", "invalid_token", "unauthorized":
            return .tokenRefused(code: code ?? lowered)
        case "insufficient_scope", "insufficient.scope", "missing.scope", "missing.scopes":
            return .insufficientScope(scopes: scopeNames(in: text))
        default:
            if text.lowercased().contains("missing required scope") {
                return .insufficientScope(scopes: scopeNames(in: text))
            }
            return .other(code: code)
        }
    }

    /// `domain:entity:action` words of a message.
    static func permissionNames(in text: String) -> [String] {
        unique(text.matches(of: /[A-Za-z][\w-]*:[\w*-]+:[\w*-]+/).map { String($0.output) })
    }

    /// The scope names after "scope:" / "scopes:" in a message, or any scope-shaped words.
    static func scopeNames(in text: String) -> [String] {
        if let match = text.firstMatch(of: /(?i)scopes?\s*:\s*(.+)$/) {
            let names = match.output.1.split(whereSeparator: { " ,;[]\"'".contains($0) }).map(String.init)
            let scopes = names.filter { $0.contains(where: \.isLetter) }
            if !scopes.isEmpty { return unique(scopes) }
        }
        return unique(text.matches(of: /[a-z][a-z0-9-]*(?::[a-z0-9-]+)+/).map { String($0.output) })
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
