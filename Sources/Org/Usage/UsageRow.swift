import Core

/// One row of a client usage query's results (`ApiUsageRow` of
/// `GET /api/v2/oauth/clients/{clientId}/usage/query/results/{executionId}`): how often a client
/// called one endpoint, and with which status classes. Rows of several files, pages and dates
/// for the same client, method and endpoint are merged into one (`UsageExport`).
public struct UsageRow: Sendable, Equatable {
    /// `clientId`, when the row says (client queries may leave it out).
    public var clientId: String?
    public var clientName: String?
    /// `httpMethod`, uppercased.
    public var method: String
    /// `templateUri`: the endpoint's path template (`api/v2/users/{userId}`), as the API logs it.
    public var templateUri: String
    public var requests: Int
    public var status200: Int
    public var status300: Int
    public var status400: Int
    public var status429: Int
    public var status500: Int
    /// The first and last `date` of the merged rows (ISO 8601, as written).
    public var firstDate: String?
    public var lastDate: String?
    /// Where the first of the merged rows is written.
    public var range: SourceRange

    public init(
        clientId: String?, clientName: String?, method: String, templateUri: String, requests: Int, status200: Int,
        status300: Int, status400: Int, status429: Int, status500: Int, firstDate: String?, lastDate: String?,
        range: SourceRange
    ) {
        self.clientId = clientId
        self.clientName = clientName
        self.method = method
        self.templateUri = templateUri
        self.requests = requests
        self.status200 = status200
        self.status300 = status300
        self.status400 = status400
        self.status429 = status429
        self.status500 = status500
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.range = range
    }

    /// The call as scopecheck reads calls: `GET /api/v2/users/{userId}` (a leading `/` added).
    public var call: String {
        "\(method) \(templateUri.hasPrefix("/") ? templateUri : "/" + templateUri)"
    }

    /// The 4xx answers other than 429 (`status429` is a subset of `status400`): refusals, not
    /// rate limiting.
    public var refusals: Int { max(status400 - status429, 0) }

    /// Whether the row counts 4xx answers other than 429: the call is refused, at least some
    /// of the time.
    public var isDenied: Bool { refusals > 0 }

    /// `12 requests, 10 × 2xx, 2 × 4xx` for reports (4xx without the 429s, counted apart).
    public var countsText: String {
        var parts = ["\(requests) request\(requests == 1 ? "" : "s")"]
        for (count, label) in [
            (status200, "2xx"), (status300, "3xx"), (refusals, "4xx"), (status429, "429"), (status500, "5xx"),
        ] where count > 0 {
            parts.append("\(count) × \(label)")
        }
        return parts.joined(separator: ", ")
    }

    /// The row with `other`'s counts and dates added.
    func merged(with other: UsageRow) -> UsageRow {
        var row = self
        row.requests += other.requests
        row.status200 += other.status200
        row.status300 += other.status300
        row.status400 += other.status400
        row.status429 += other.status429
        row.status500 += other.status500
        row.clientName = row.clientName ?? other.clientName
        row.firstDate = [row.firstDate, other.firstDate].compactMap { $0 }.min()
        row.lastDate = [row.lastDate, other.lastDate].compactMap { $0 }.max()
        return row
    }
}
