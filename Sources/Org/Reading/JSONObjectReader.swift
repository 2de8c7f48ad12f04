import Core
import Syntax

/// Reads the fields of one JSON object of a saved API answer, each by its JSON path
/// (`$.entities[2].roleDivisions[0].roleId`), so a value of the wrong shape is an input error
/// that names the file, the line and the path.
struct JSONObjectReader {
    let node: JSONNode
    /// The path of `node` from the document root.
    let path: String
    let file: String

    init(_ node: JSONNode, path: String, file: String) throws(InputError) {
        guard node.objectMembers != nil else {
            throw Self.error(file: file, node: node, path: path, expected: "an object")
        }
        self.node = node
        self.path = path
        self.file = file
    }

    /// Whether the object has `key` (with any value but null).
    func has(_ key: String) -> Bool {
        guard let value = node[key] else { return false }
        return !value.isNull
    }

    /// The string at `key`; nil when it is absent or null.
    func string(_ key: String) throws(InputError) -> String? {
        guard let value = node[key], !value.isNull else { return nil }
        guard let text = value.stringValue else {
            throw Self.error(file: file, node: value, path: "\(path).\(key)", expected: "a string")
        }
        return text
    }

    /// The whole number at `key`; nil when it is absent or null.
    func integer(_ key: String) throws(InputError) -> Int? {
        guard let value = node[key], !value.isNull else { return nil }
        guard let number = value.numberValue, number.rounded() == number, abs(number) < 1e15 else {
            throw Self.error(file: file, node: value, path: "\(path).\(key)", expected: "a whole number")
        }
        return Int(number)
    }

    /// The strings of the array at `key`; empty when it is absent or null.
    func strings(_ key: String) throws(InputError) -> [String] {
        try array(key).map { element throws(InputError) in
            guard let text = element.node.stringValue else {
                throw Self.error(file: file, node: element.node, path: element.path, expected: "a string")
            }
            return text
        }
    }

    /// The objects of the array at `key`; empty when it is absent or null.
    func objects(_ key: String) throws(InputError) -> [JSONObjectReader] {
        try array(key).map { element throws(InputError) in
            try JSONObjectReader(element.node, path: element.path, file: file)
        }
    }

    /// The object at `key`; nil when it is absent or null.
    func object(_ key: String) throws(InputError) -> JSONObjectReader? {
        guard let value = node[key], !value.isNull else { return nil }
        return try JSONObjectReader(value, path: "\(path).\(key)", file: file)
    }

    /// The members of the object at `key` as readers of their object values; empty when absent.
    func objectMembers(_ key: String) throws(InputError) -> [(key: String, value: JSONObjectReader)] {
        guard let object = try object(key) else { return [] }
        return try (object.node.objectMembers ?? []).map { member throws(InputError) in
            (member.key, try JSONObjectReader(member.value, path: "\(object.path).\(member.key)", file: file))
        }
    }

    /// The range of the object in its file, for reports.
    var range: SourceRange { node.range }

    private func array(_ key: String) throws(InputError) -> [(node: JSONNode, path: String)] {
        guard let value = node[key], !value.isNull else { return [] }
        guard let elements = value.arrayValue else {
            throw Self.error(file: file, node: value, path: "\(path).\(key)", expected: "an array")
        }
        return elements.enumerated().map { index, element in (element, "\(path).\(key)[\(index)]") }
    }

    /// `file:line:col: $.path: expected X, found Y`.
    static func error(file: String, node: JSONNode, path: String, expected: String) -> InputError {
        let start = node.range.start
        return InputError(
            "\(file):\(start.line):\(start.column): \(path): expected \(expected), found \(node.kindName)")
    }
}
