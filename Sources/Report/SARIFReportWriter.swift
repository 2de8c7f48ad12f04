import Core
import Rules

/// A SARIF 2.1.0 log with one run, as GitHub code scanning and other SARIF viewers read it.
///
/// - `tool.driver` names scopecheck and lists every rule that ran (id, UpperCamel name,
///   descriptions, help link and text, default level, and for security rules
///   `properties.security-severity` with the `security` tag); results point at them by
///   `ruleIndex`.
/// - Each result has the rule's level, the message with the fix appended, a physical location
///   (the file as a relative URI under `%SRCROOT%`, and a 1-based region whose end column is
///   exclusive), the Terraform address as a logical location of kind `resource`, and the
///   finding's fingerprint as `partialFingerprints["scopecheck/v1"]`.
/// - Columns count Unicode scalars (`columnKind: unicodeCodePoints`).
/// - `artifacts` lists each file with a finding once; `properties` records the specs used and
///   how much was analysed.
public struct SARIFReportWriter: ReportWriter {
    /// The `$schema` every log declares.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The base id relative file URIs are resolved against.
    public static let sourceRootBaseID = "%SRCROOT%"
    /// The `partialFingerprints` key of finding fingerprints.
    public static let fingerprintKey = "scopecheck/v1"

    /// The absolute directory relative paths start from, recorded as `%SRCROOT%` when given.
    /// Leave it nil for output that is the same on every machine.
    public var sourceRoot: String?

    public init(sourceRoot: String? = nil) {
        self.sourceRoot = sourceRoot
    }

    public func render(_ report: LintReport) -> String {
        let files = Array(Set(report.findings.map(\.range.file))).sorted()
        let artifactIndex = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1, $0) })
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        let run = JSONOutput.object([
            ("tool", .object([("driver", driver(report))])),
            ("originalUriBaseIds", .object([(Self.sourceRootBaseID, sourceRootLocation)])),
            ("artifacts", .array(files.map { .object([("location", Self.artifactLocation(for: $0, index: nil))]) })),
            (
                "results",
                .array(
                    report.findings.map {
                        Self.result(for: $0, ruleIndex: ruleIndex[$0.rule], artifactIndex: artifactIndex[$0.range.file])
                    })
            ),
            ("columnKind", .string("unicodeCodePoints")),
            (
                "properties",
                .object([
                    ("specs", .array(report.specs.map(\.json))),
                    ("filesAnalyzed", .int(report.filesAnalyzed)),
                    ("modulesAnalyzed", .int(report.modulesAnalyzed)),
                ])
            ),
        ])
        return JSONOutput.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).rendered(pretty: true)
    }

    private func driver(_ report: LintReport) -> JSONOutput {
        .object([
            ("name", .string(LintReport.toolName)),
            ("version", .string(report.toolVersion)),
            ("informationUri", .string(LintReport.informationURI)),
            ("rules", .array(report.rules.map(Self.rule))),
        ])
    }

    private var sourceRootLocation: JSONOutput {
        guard let sourceRoot else {
            return .object([("description", .object([("text", .string("The directory scopecheck lint ran in."))]))])
        }
        var path = sourceRoot.replacing("\\", with: "/")
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return .object([("uri", .string("file://" + Self.percentEncoded(path)))])
    }

    private static func rule(_ rule: RuleDescriptor) -> JSONOutput {
        let explanation = rule.explanation.isEmpty ? rule.summary : rule.explanation
        let security: [(String, JSONOutput)] =
            rule.securitySeverity.map { severity in
                [
                    (
                        "properties",
                        .object([
                            ("security-severity", .string(String(severity))),
                            ("tags", .array([.string("security")])),
                        ])
                    )
                ]
            } ?? []
        return .object(
            [
                ("id", .string(rule.id)),
                ("name", .string(upperCamelName(of: rule.id))),
                ("shortDescription", .object([("text", .string(rule.summary))])),
                ("fullDescription", .object([("text", .string(explanation))])),
                ("helpUri", .string(rule.helpURI)),
                (
                    "help",
                    .object([
                        ("text", .string("\(explanation)\n\nDocumentation: \(rule.helpURI)")),
                        (
                            "markdown",
                            .string("**\(rule.summary)**\n\n\(explanation)\n\n[Documentation](\(rule.helpURI))")
                        ),
                    ])
                ),
                ("defaultConfiguration", .object([("level", .string(rule.defaultSeverity.rawValue))])),
            ] + security)
    }

    private static func result(for finding: Finding, ruleIndex: Int?, artifactIndex: Int?) -> JSONOutput {
        let region = ReportRegion(finding.range)
        var location: [(String, JSONOutput?)] = [
            (
                "physicalLocation",
                .object([
                    ("artifactLocation", artifactLocation(for: finding.range.file, index: artifactIndex)),
                    (
                        "region",
                        .object([
                            ("startLine", .int(region.startLine)), ("startColumn", .int(region.startColumn)),
                            ("endLine", .int(region.endLine)), ("endColumn", .int(region.endColumn)),
                        ])
                    ),
                ])
            )
        ]
        if let address = finding.address {
            location.append(
                (
                    "logicalLocations",
                    .array([.object([("fullyQualifiedName", .string(address)), ("kind", .string("resource"))])])
                ))
        }
        let related = finding.related.enumerated().map { index, related in
            let region = ReportRegion(related.range)
            return JSONOutput.object([
                ("id", .int(index + 1)),
                (
                    "physicalLocation",
                    .object([
                        ("artifactLocation", artifactLocation(for: related.range.file, index: nil)),
                        (
                            "region",
                            .object([("startLine", .int(region.startLine)), ("startColumn", .int(region.startColumn))])
                        ),
                    ])
                ),
                ("message", .object([("text", .string(related.message))])),
            ])
        }
        return .fields([
            ("ruleId", .string(finding.rule)),
            ("ruleIndex", ruleIndex.map(JSONOutput.int)),
            ("level", .string(finding.severity.rawValue)),
            ("message", .object([("text", .string(finding.messageWithFix))])),
            ("locations", .array([.fields(location)])),
            ("relatedLocations", related.isEmpty ? nil : .array(related)),
            ("partialFingerprints", .object([(fingerprintKey, .string(finding.fingerprint))])),
        ])
    }

    /// `{"uri", "uriBaseId", "index"}` for `file`: relative paths become URIs under `%SRCROOT%`,
    /// absolute ones `file://` URIs without a base.
    private static func artifactLocation(for file: String, index: Int?) -> JSONOutput {
        var path = file.replacing("\\", with: "/")
        while path.hasPrefix("./") { path.removeFirst(2) }
        if path.hasPrefix("/") {
            return .fields([("uri", .string("file://" + percentEncoded(path))), ("index", index.map(JSONOutput.int))])
        }
        return .fields([
            ("uri", .string(percentEncoded(path))), ("uriBaseId", .string(sourceRootBaseID)),
            ("index", index.map(JSONOutput.int)),
        ])
    }

    /// `path` with every byte other than unreserved URI characters and `/` percent-encoded.
    static func percentEncoded(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return encoded
    }

    /// `missing-scope` → `MissingScope`: each part between `-`, `_` or `.` capitalised.
    static func upperCamelName(of id: String) -> String {
        id.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }
}
