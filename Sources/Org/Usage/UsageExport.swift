import Core

/// The observed calls of OAuth clients: the rows of client usage query results, from every file
/// and page given, merged by client, method and endpoint, in the order first seen.
public struct UsageExport: Sendable, Equatable {
    public var rows: [UsageRow]
    /// The files read, in order.
    public var files: [String]

    public init(rows: [UsageRow] = [], files: [String] = []) {
        self.rows = rows
        self.files = files
    }

    /// No usage at all.
    public static let empty = UsageExport()

    /// Reads usage query results (`ApiUsageQueryResult`: `{"results": [...]}`, a listing's
    /// `entities`, or an array of rows) from each path, a file or a directory of `.json` files.
    public static func load(paths: [String]) throws(InputError) -> UsageExport {
        var export = UsageExport()
        var index: [String: Int] = [:]
        for path in paths {
            for file in JSONFiles.list(path) {
                let root = try JSONFiles.parse(file, what: "the usage export")
                export.files.append(file)
                for object in try JSONFiles.objects(of: root, file: file, listKeys: ["results", "entities"]) {
                    let row = try Self.row(object)
                    let key = [row.clientId ?? "", row.method, row.call].joined(separator: "\u{1F}")
                    if let at = index[key] {
                        export.rows[at] = export.rows[at].merged(with: row)
                    } else {
                        index[key] = export.rows.count
                        export.rows.append(row)
                    }
                }
            }
        }
        return export
    }

    private static func row(_ object: JSONObjectReader) throws(InputError) -> UsageRow {
        guard let template = try object.string("templateUri"), let method = try object.string("httpMethod") else {
            let start = object.range.start
            throw InputError(
                "\(object.file):\(start.line):\(start.column): \(object.path): not a usage row "
                    + "(expected templateUri and httpMethod, as the client usage query results have them)")
        }
        let date = try object.string("date")
        return UsageRow(
            clientId: try object.string("clientId"), clientName: try object.string("clientName"),
            method: method.uppercased(), templateUri: template, requests: try object.integer("requests") ?? 0,
            status200: try object.integer("status200") ?? 0, status300: try object.integer("status300") ?? 0,
            status400: try object.integer("status400") ?? 0, status429: try object.integer("status429") ?? 0,
            status500: try object.integer("status500") ?? 0, firstDate: date, lastDate: date, range: object.range)
    }
}
