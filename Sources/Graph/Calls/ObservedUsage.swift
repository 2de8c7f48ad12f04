import Org

/// Usage query results and whose they are: a row with the id of a client of the org's answers
/// is that client's; any other row is `defaultCaller`'s (the client a command audits), or
/// nobody's when there is none.
public struct ObservedUsage: Sendable {
    public var export: UsageExport
    public var defaultCaller: Caller?

    public init(export: UsageExport, defaultCaller: Caller?) {
        self.export = export
        self.defaultCaller = defaultCaller
    }

    /// No observed usage.
    public static let none = ObservedUsage(export: .empty, defaultCaller: nil)
}
