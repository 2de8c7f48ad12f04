import Core
import Syntax

/// The saved API answers of a path: its `.json` files, read with the one JSON reader.
enum JSONFiles {
    /// `path` itself when it is not a directory; every `.json` file under it, in path order,
    /// when it is one.
    static func list(_ path: String) -> [String] {
        guard let entries = DirectoryListing.entries(of: path) else { return [path] }
        var files: [String] = []
        for entry in entries where !entry.name.hasPrefix(".") {
            let child = path.hasSuffix("/") ? path + entry.name : path + "/" + entry.name
            if entry.isDirectory {
                files += list(child)
            } else if entry.name.hasSuffix(".json") {
                files.append(child)
            }
        }
        return files
    }

    /// The root of the JSON document in `file`; a read or syntax error is an input error.
    static func parse(_ file: String, what: String) throws(InputError) -> JSONNode {
        let bytes: [UInt8]
        switch InputFile.read(file) {
        case .success(let read): bytes = read
        case .failure(let problem):
            throw InputError(problem.isMissing ? "\(what) \(file) does not exist" : "cannot read \(file): \(problem)")
        }
        let document = JSONDocument.parse(bytes: bytes, path: file)
        if let error = document.diagnostics.first(where: { $0.severity == .error }) {
            throw InputError([error])
        }
        guard let root = document.root else { throw InputError("\(file): the file holds no JSON value") }
        return root
    }

    /// The objects a saved answer holds: the entities of a paged listing, the elements of an
    /// array, or the object itself.
    static func objects(of root: JSONNode, file: String, listKeys: [String] = ["entities"]) throws(InputError)
        -> [JSONObjectReader]
    {
        if let elements = root.arrayValue {
            return try elements.enumerated().map { index, element throws(InputError) in
                try JSONObjectReader(element, path: "$[\(index)]", file: file)
            }
        }
        let object = try JSONObjectReader(root, path: "$", file: file)
        for key in listKeys where object.has(key) {
            // A listing's key names its list: a value of another shape is an error at the key.
            return try object.objects(key)
        }
        return [object]
    }
}
