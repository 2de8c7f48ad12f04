import Core

/// A data action as `GET /api/v2/integrations/actions` answers it (`Action`): the request its
/// integration's credentials make.
public struct OrgDataAction: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var integrationId: String?
    /// `config.request.requestType` (`GET`, `POST`, ...).
    public var method: String?
    /// `config.request.requestUrlTemplate`, Velocity as the API stores it.
    public var urlTemplate: String?
    /// Where the URL template is written in the saved answer (the action's object when it has none).
    public var range: SourceRange

    public init(
        id: String, name: String?, integrationId: String?, method: String?, urlTemplate: String?, range: SourceRange
    ) {
        self.id = id
        self.name = name
        self.integrationId = integrationId
        self.method = method
        self.urlTemplate = urlTemplate
        self.range = range
    }

    /// `Name (id)`, or the id alone.
    public var label: String { name.map { "\($0) (\(id))" } ?? id }
}
