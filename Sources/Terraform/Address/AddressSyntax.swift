/// One step of a Terraform address or reference: a name (`module`, `genesyscloud_auth_role`,
/// `id`) or an instance key (`[0]`, `["k"]`).
public enum AddressStep: Hashable, Sendable {
    case name(String)
    case key(InstanceKey)
}

/// Why a text is not an address, as a phrase (`expected a name after "module.", found the end`).
public struct AddressSyntaxError: Error, Hashable, Sendable {
    public var message: String
}

/// Reads the address syntax of Terraform, the one reader of addresses (policies, plan JSON, the
/// command line): names joined by `.` — a name starts with a letter or `_` and goes on with
/// letters, digits, `_` and `-` — and instance keys in brackets, a whole number or a quoted
/// string with `\"` and `\\` escapes. Splats and expressions in brackets are not addresses.
public enum AddressSyntax {
    /// The steps of `text`.
    public static func steps(_ text: String) -> Result<[AddressStep], AddressSyntaxError> {
        var reader = Reader(scalars: Array(text.unicodeScalars))
        do {
            return .success(try reader.steps())
        } catch {
            return .failure(error)
        }
    }

    /// The canonical text of `steps` (`module.a["x"].t.n`), as Terraform prints addresses.
    public static func text(_ steps: some Sequence<AddressStep>) -> String {
        var text = ""
        for step in steps {
            switch step {
            case .name(let name): text += (text.isEmpty ? "" : ".") + name
            case .key(let key): text += key.description
            }
        }
        return text
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0
        var read: [AddressStep] = []

        mutating func steps() throws(AddressSyntaxError) -> [AddressStep] {
            try name()
            while index < scalars.count {
                switch scalars[index] {
                case ".":
                    index += 1
                    try name()
                case "[":
                    try key()
                default:
                    let rest = String(String.UnicodeScalarView(scalars[index...]))
                    throw AddressSyntaxError(message: "unexpected \"\(rest)\" after \"\(AddressSyntax.text(read))\"")
                }
            }
            return read
        }

        /// A name at the cursor.
        private mutating func name() throws(AddressSyntaxError) {
            let start = index
            if index < scalars.count, isNameStart(scalars[index]) {
                index += 1
                while index < scalars.count, isNameStart(scalars[index]) || isDigitOrDash(scalars[index]) {
                    index += 1
                }
            }
            guard index > start else {
                let place = read.isEmpty ? " at the start" : " after \"\(AddressSyntax.text(read)).\""
                throw AddressSyntaxError(message: "expected a name\(place), found \(found)")
            }
            read.append(.name(String(String.UnicodeScalarView(scalars[start..<index]))))
        }

        /// `[0]` or `["text"]` at the cursor.
        private mutating func key() throws(AddressSyntaxError) {
            index += 1
            let key: InstanceKey
            if index < scalars.count, scalars[index] == "\"" {
                index += 1
                var text = ""
                while index < scalars.count, scalars[index] != "\"" {
                    if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
                    text.unicodeScalars.append(scalars[index])
                    index += 1
                }
                guard index < scalars.count else {
                    throw AddressSyntaxError(message: "the quoted instance key has no closing quote")
                }
                index += 1
                key = .string(text)
            } else {
                let digits = index
                while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
                guard index > digits, let number = Int(String(String.UnicodeScalarView(scalars[digits..<index])))
                else {
                    throw AddressSyntaxError(
                        message: "an instance key is a number or a quoted string: [0] or [\"name\"]")
                }
                key = .int(number)
            }
            guard index < scalars.count, scalars[index] == "]" else {
                throw AddressSyntaxError(message: "the instance key has no closing \"]\"")
            }
            index += 1
            read.append(.key(key))
        }

        /// The character at the cursor in quotes, or `the end`.
        private var found: String { index < scalars.count ? "\"\(scalars[index])\"" : "the end" }

        private func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || scalar.properties.isAlphabetic
        }

        private func isDigitOrDash(_ scalar: Unicode.Scalar) -> Bool {
            ("0"..."9").contains(scalar) || scalar == "-"
        }
    }
}
