/// Turns a lint report into the text of one output format. Writers are pure: they never read
/// files or write output, so the same report always renders to the same string.
public protocol ReportWriter: Sendable {
    /// The complete output for `report`, ending with a newline.
    func render(_ report: LintReport) -> String
}
