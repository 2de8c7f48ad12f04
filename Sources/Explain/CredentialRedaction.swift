import Core

/// Removes credentials from text pasted into `explain` (an error body, possibly with the HTTP
/// exchange around it) before anything of it is parsed or printed:
///
/// - header lines `Authorization:`, `Proxy-Authorization:`, `Cookie:`, `Set-Cookie:` and
///   `X-…-Token` / `-Key` / `-Secret` / `-Auth…` (any case), and the same names as JSON keys;
/// - JSON keys and form or query parameters holding tokens or secrets (`access_token`,
///   `refresh_token`, `id_token`, `client_secret`, `password`, `token`, `api_key`);
/// - `Bearer …` and `Basic …` credentials anywhere, and anything shaped like a JWT.
///
/// Each value becomes `(sensitive)`; the names stay, so the reader sees what was removed.
public enum CredentialRedaction {
    /// The text with every credential it recognises replaced by `Redaction.placeholder`.
    public static func redact(_ text: String) -> String {
        let placeholder = Redaction.placeholder
        var result = text
        // `Name: value` header lines (after the `> ` / `< ` of `curl -v`).
        let headerLine =
            #/(?im)^([ \t<>]*)((?:proxy-)?authorization|(?:set-)?cookie|x-[a-z0-9-]*(?:token|key|secret|auth)[a-z0-9-]*)([ \t]*:[ \t]*)[^\r\n]*/#
        result.replace(headerLine) { "\($0.output.1)\($0.output.2)\($0.output.3)\(placeholder)" }
        // `"name": "value"` for the same headers and for keys holding tokens or secrets.
        let jsonMember =
            #/(?i)("(?:(?:proxy-)?authorization|(?:set-)?cookie|x-[a-z0-9-]*(?:token|key|secret|auth)[a-z0-9-]*|(?:access|refresh|id)_token|client_secret|password|passwd|token|api_?key|secret)"\s*:\s*)"(?:[^"\\]|\\.)*"/#
        result.replace(jsonMember) { "\($0.output.1)\"\(placeholder)\"" }
        // `name=value` in a query string or form body.
        let parameter =
            #/(?i)((?:^|[?&\s])(?:(?:access|refresh|id)_token|client_secret|password|passwd|token|api_?key|secret)=)[^&\s"']+/#
        result.replace(parameter) { "\($0.output.1)\(placeholder)" }
        // `Bearer <credential>` and `Basic <credential>` anywhere.
        let schemeCredential = #/(?i)\b(bearer|basic)[ \t]+(?!\(sensitive\))[A-Za-z0-9._~+\/=-]{8,}/#
        result.replace(schemeCredential) { "\($0.output.1) \(placeholder)" }
        // Three base64url parts separated by dots, the first a JSON object: a JWT.
        result.replace(#/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/#) { _ in placeholder }
        return result
    }
}
