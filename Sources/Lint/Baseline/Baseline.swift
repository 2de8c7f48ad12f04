import Core
import Rules
import Syntax

/// Findings accepted when the baseline was taken, so that only new ones are reported
/// (`--baseline FILE`). Findings match by fingerprint, which ignores positions, so a baseline
/// survives edits that move code. The file is JSON:
/// `{"version": 1, "tool": "scopecheck", "findings": [{"rule", "address", "file", "fingerprint", "message"}]}`.
public struct Baseline: Hashable, Sendable {
    /// The format version this scopecheck reads and writes.
    public static let version = 1
    public static let tool = "scopecheck"

    public var entries: [BaselineEntry]

    public init(entries: [BaselineEntry]) {
        self.entries = entries
    }

    /// The baseline file for `findings`, entries sorted by file, rule, address, message and
    /// fingerprint; pretty JSON with a trailing newline.
    public static func write(findings: [Finding]) -> String {
        let entries = findings.map(BaselineEntry.init(finding:)).sorted()
        let document = JSONOutput.object([
            ("version", .int(version)),
            ("tool", .string(tool)),
            ("findings", .array(entries.map(\.json))),
        ])
        return document.rendered(pretty: true)
    }

    /// Reads a baseline file's text; `path` names it in errors.
    public static func parse(text: String, path: String) throws(BaselineError) -> Baseline {
        let document = JSONDocument.parse(text, path: path)
        guard let root = document.root else {
            let problem = document.diagnostics.first
            let place = problem?.range.map { "line \($0.start.line), column \($0.start.column): " } ?? ""
            let detail = problem.map { "\($0.summary): \($0.detail)" } ?? "unreadable"
            throw BaselineError(path: path, message: "not valid JSON (\(place)\(detail))")
        }
        guard root.objectMembers != nil else {
            throw BaselineError(path: path, message: "expected a JSON object at the top level")
        }
        guard let number = root["version"]?.numberValue, let version = Int(exactly: number) else {
            throw BaselineError(path: path, message: "missing \"version\" number")
        }
        guard version == Self.version else {
            throw BaselineError(
                path: path,
                message: "unsupported baseline version \(version) (this scopecheck reads version \(Self.version))")
        }
        guard root["tool"]?.stringValue == tool else {
            throw BaselineError(path: path, message: "not a scopecheck baseline (\"tool\" must be \"scopecheck\")")
        }
        guard let items = root["findings"]?.arrayValue else {
            throw BaselineError(path: path, message: "missing \"findings\" list")
        }
        var entries: [BaselineEntry] = []
        for (index, item) in items.enumerated() {
            entries.append(try BaselineEntry(json: item, index: index, path: path))
        }
        return Baseline(entries: entries)
    }

    /// Reads the baseline file at `path`.
    public static func load(path: String) throws(BaselineError) -> Baseline {
        let data: [UInt8]
        switch InputFile.read(path) {
        case .success(let bytes): data = bytes
        case .failure(let problem):
            throw BaselineError(
                path: path, message: "can't read the file" + (problem.isMissing ? "" : ": it \(problem)"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw BaselineError(path: path, message: "not UTF-8 text")
        }
        return try parse(text: text, path: path)
    }

    /// Splits `findings` into those not in the baseline and those it accepts. Fingerprints
    /// count as a multiset: two equal entries accept two findings, a third is new. Findings are
    /// matched in report order and both lists come back in report order.
    public func filter(_ findings: [Finding]) -> (new: [Finding], baselined: [Finding]) {
        var remaining: [String: Int] = [:]
        for entry in entries { remaining[entry.fingerprint, default: 0] += 1 }
        var new: [Finding] = []
        var baselined: [Finding] = []
        for finding in findings.sortedForReport() {
            let fingerprint = finding.fingerprint
            if let count = remaining[fingerprint], count > 0 {
                remaining[fingerprint] = count - 1
                baselined.append(finding)
            } else {
                new.append(finding)
            }
        }
        return (new, baselined)
    }
}

/// Why a baseline file cannot be used.
public struct BaselineError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}
