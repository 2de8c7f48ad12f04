/// A Terraform resource address as policies write it:
/// `[module.NAME[KEY].]...[data.]TYPE.NAME[KEY]`, where a key is `[0]` or `["text"]`
/// (`module.team["a"].genesyscloud_oauth_client.dashboard[0]`).
public struct PolicyAddress: Hashable, Sendable, CustomStringConvertible {
    /// One `module.NAME[KEY]` step of the module path.
    public struct ModuleStep: Hashable, Sendable {
        public var name: String
        /// The instance key as written in canonical form (`[0]`, `["a"]`), if any.
        public var key: String?
    }

    public var modulePath: [ModuleStep]
    /// Whether the address starts (after the module path) with `data.`.
    public var isData: Bool
    public var type: String
    public var name: String
    /// The instance key in canonical form (`[0]`, `["a"]`), if any.
    public var key: String?

    /// The address in canonical form: the same text Terraform prints.
    public var description: String {
        let modules = modulePath.map { "module.\($0.name)\($0.key ?? "")." }.joined()
        return modules + (isData ? "data." : "") + "\(type).\(name)\(key ?? "")"
    }

    /// Parses `text`; the error is a phrase saying what is wrong.
    public static func parse(_ text: String) -> Result<PolicyAddress, AddressSyntaxError> {
        var reader = AddressReader(scalars: Array(text.unicodeScalars))
        do {
            return .success(try reader.address())
        } catch {
            return .failure(error)
        }
    }
}

/// Why a text is not a resource address.
public struct AddressSyntaxError: Error, Hashable, Sendable {
    public var message: String
}

/// A cursor over the characters of an address.
private struct AddressReader {
    let scalars: [Unicode.Scalar]
    var index = 0

    mutating func address() throws(AddressSyntaxError) -> PolicyAddress {
        var modulePath: [PolicyAddress.ModuleStep] = []
        var first = try identifier(after: nil)
        while first == "module" {
            try expectDot(after: "module")
            let name = try identifier(after: "module.")
            let key = try instanceKey()
            try expectDot(after: "module.\(name)\(key ?? "")")
            modulePath.append(PolicyAddress.ModuleStep(name: name, key: key))
            first = try identifier(after: "module.\(name)\(key ?? "").")
        }
        var isData = false
        var type = first
        if first == "data" {
            try expectDot(after: "data")
            isData = true
            type = try identifier(after: "data.")
        }
        try expectDot(after: type)
        let name = try identifier(after: "\(type).")
        let key = try instanceKey()
        guard index == scalars.count else {
            throw AddressSyntaxError(
                message:
                    "unexpected \"\(String(String.UnicodeScalarView(scalars[index...])))\" after \"\(type).\(name)\(key ?? "")\""
            )
        }
        return PolicyAddress(modulePath: modulePath, isData: isData, type: type, name: name, key: key)
    }

    /// A Terraform identifier: a letter or `_`, then letters, digits, `_` and `-`.
    private mutating func identifier(after context: String?) throws(AddressSyntaxError) -> String {
        let start = index
        if index < scalars.count, Self.isIdentifierStart(scalars[index]) {
            index += 1
            while index < scalars.count, Self.isIdentifierStart(scalars[index]) || Self.isDigitOrDash(scalars[index]) {
                index += 1
            }
        }
        guard index > start else {
            let place = context.map { " after \"\($0)\"" } ?? " at the start"
            let found = index < scalars.count ? "\"\(scalars[index])\"" : "the end"
            throw AddressSyntaxError(message: "expected a name\(place), found \(found)")
        }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    private mutating func expectDot(after context: String) throws(AddressSyntaxError) {
        guard index < scalars.count, scalars[index] == "." else {
            let found = index < scalars.count ? "\"\(scalars[index])\"" : "the end"
            throw AddressSyntaxError(message: "expected \".\" after \"\(context)\", found \(found)")
        }
        index += 1
    }

    /// `[0]` or `["text"]` in canonical form, if the next character opens one.
    private mutating func instanceKey() throws(AddressSyntaxError) -> String? {
        guard index < scalars.count, scalars[index] == "[" else { return nil }
        index += 1
        let key: String
        if index < scalars.count, scalars[index] == "\"" {
            key = try quotedKey()
        } else {
            let start = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            guard index > start else {
                throw AddressSyntaxError(message: "an instance key is a number or a quoted string: [0] or [\"name\"]")
            }
            key = String(String.UnicodeScalarView(scalars[start..<index]))
        }
        guard index < scalars.count, scalars[index] == "]" else {
            throw AddressSyntaxError(message: "the instance key has no closing \"]\"")
        }
        index += 1
        return "[\(key)]"
    }

    /// A quoted key, kept quoted with `"` and `\` escaped.
    private mutating func quotedKey() throws(AddressSyntaxError) -> String {
        index += 1
        var escaped = ""
        while index < scalars.count, scalars[index] != "\"" {
            if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
            if scalars[index] == "\"" || scalars[index] == "\\" { escaped += "\\" }
            escaped.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard index < scalars.count else {
            throw AddressSyntaxError(message: "the quoted instance key has no closing quote")
        }
        index += 1
        return "\"\(escaped)\""
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    private static func isDigitOrDash(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || scalar == "-"
    }
}
