import Core
import Foundation
import Graph
import Syntax

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

    /// The largest error body read; longer input is refused rather than scanned.
    public static let maximumLength = 1 << 20

    /// Reads an error body: a JSON object, or a pasted HTTP exchange (`curl -v` output) whose
    /// last JSON object is the body. Credentials are removed first (`CredentialRedaction`), so
    /// nothing read from the input can print a token. Throws a message saying what was expected
    /// when no JSON object is found; the message never repeats the input.
    public static func parse(_ text: String) throws(InputError) -> GatewayErrorBody {
        guard text.utf8.count <= maximumLength else {
            throw InputError("--error-body is larger than \(maximumLength >> 20) MB; pass the response body only")
        }
        let redacted = CredentialRedaction.redact(text)
        guard let object = jsonObject(in: redacted) else {
            let whole = JSONDocument.parse(redacted, path: "--error-body")
            if redacted.drop(while: \.isWhitespace).first == "{", let problem = whole.diagnostics.first,
                let position = problem.range?.start
            {
                throw InputError(
                    "--error-body is not valid JSON: line \(position.line), column \(position.column): \(problem.summary): \(problem.detail)"
                )
            }
            throw InputError("--error-body must be a JSON object such as {\"code\": \"missing.any.permissions\", ...}")
        }
        let status =
            object["status"]?.numberValue.flatMap { Int(exactly: $0) }
            ?? object["status"]?.stringValue.flatMap { Int($0) }
        let code = ["code", "errorCode", "error"].lazy.compactMap { object[$0]?.stringValue }.first
        let message = ["message", "error_description", "errorMessage"].lazy.compactMap { object[$0]?.stringValue }
            .first
        return GatewayErrorBody(
            status: status, code: code, message: message,
            kind: classify(code: code, message: message, params: object["messageParams"]?.objectMembers ?? []))
    }

    /// How many lines starting with `{` are tried as the start of the body of a pasted exchange.
    private static let bodyStartCandidates = 64

    /// The whole text as a JSON object, or else the object running from one of the last lines
    /// that start with `{` to the end (the body after the headers of a pasted exchange).
    private static func jsonObject(in text: String) -> JSONNode? {
        let whole = JSONDocument.parse(text, path: "--error-body")
        if let root = whole.root { return root.objectMembers == nil ? nil : root }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let starts = lines.indices.reversed().filter { lines[$0].drop(while: \.isWhitespace).first == "{" }
        for start in starts.prefix(bodyStartCandidates) {
            let candidate = lines[start...].joined(separator: "\n")
            if let root = JSONDocument.parse(candidate, path: "--error-body").root, root.objectMembers != nil {
                return root
            }
        }
        return nil
    }

    private static func classify(code: String?, message: String?, params: [JSONMember]) -> Kind {
        let lowered = code?.lowercased() ?? ""
        let paramText = params.sorted { $0.key < $1.key }.compactMap { member -> String? in
            if let text = member.value.stringValue { return text }
            if let list = member.value.arrayValue { return list.compactMap(\.stringValue).joined(separator: " ") }
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
