import Core
import Rules
import Syntax

/// One accepted finding of a baseline. The fingerprint decides matches; the other fields are
/// there for people reading the file.
public struct BaselineEntry: Hashable, Sendable, Comparable {
    public var rule: String
    public var address: String?
    public var file: String
    public var fingerprint: String
    public var message: String

    public init(rule: String, address: String?, file: String, fingerprint: String, message: String) {
        self.rule = rule
        self.address = address
        self.file = file
        self.fingerprint = fingerprint
        self.message = message
    }

    /// The entry recording `finding`.
    public init(finding: Finding) {
        self.init(
            rule: finding.rule, address: finding.address, file: finding.range.file, fingerprint: finding.fingerprint,
            message: finding.message)
    }

    public static func < (lhs: BaselineEntry, rhs: BaselineEntry) -> Bool {
        (lhs.file, lhs.rule, lhs.address ?? "", lhs.message, lhs.fingerprint)
            < (rhs.file, rhs.rule, rhs.address ?? "", rhs.message, rhs.fingerprint)
    }

    /// The entry as a JSON object, keys in the documented order; a missing address is null.
    var json: JSONOutput {
        .object([
            ("rule", .string(rule)),
            ("address", address.map(JSONOutput.string) ?? .null),
            ("file", .string(file)),
            ("fingerprint", .string(fingerprint)),
            ("message", .string(message)),
        ])
    }

    /// Reads entry number `index` of the file at `path`.
    init(json: JSONNode, index: Int, path: String) throws(BaselineError) {
        guard json.objectMembers != nil else {
            throw BaselineError(path: path, message: "findings[\(index)] is not an object")
        }
        func string(_ key: String) throws(BaselineError) -> String {
            guard let value = json[key]?.stringValue else {
                throw BaselineError(path: path, message: "findings[\(index)] has no \"\(key)\" string")
            }
            return value
        }
        let address = json["address"]
        guard address == nil || address?.isNull == true || address?.stringValue != nil else {
            throw BaselineError(
                path: path, message: "findings[\(index)] has an \"address\" that is not a string or null")
        }
        self.init(
            rule: try string("rule"), address: address?.stringValue, file: try string("file"),
            fingerprint: try string("fingerprint"), message: try string("message"))
    }
}
