import Core
import Syntax

/// The modules `terraform init` installed for a root module, read from
/// `.terraform/modules/modules.json` (or `$TF_DATA_DIR/modules/modules.json`) as Terraform reads
/// it: `{"Modules": [{"Key": "a.b", "Source": "...", "Version": "1.0.0", "Dir": "..."}]}`. A key
/// is the module call names from the root joined with `.`; `Dir` is relative to the root
/// module's directory.
public struct ModuleManifest: Sendable {
    /// One installed module.
    public struct Record: Hashable, Sendable {
        public var key: String
        public var source: String
        public var version: String?
        /// Where it is installed, relative to the root module's directory.
        public var directory: String
    }

    /// The records by key.
    public var records: [String: Record] = [:]
    /// Problems reading the manifest (it is then empty).
    public var diagnostics: [Diagnostic] = []
    /// The manifest file, when there is one.
    public var path: String?

    /// An empty manifest: nothing is installed.
    public init() {}

    /// The manifest of the root module in `rootDirectory`; empty when there is none (the modules
    /// were never installed).
    public static func read(rootDirectory: String, environment: [String: String]) -> ModuleManifest {
        let dataDirectory =
            environment["TF_DATA_DIR"].map { PathResolution.resolve($0, against: rootDirectory) }
            ?? PathResolution.join(rootDirectory, ".terraform")
        let path = PathResolution.join(PathResolution.join(dataDirectory, "modules"), "modules.json")
        var manifest = ModuleManifest()
        switch InputFile.read(path) {
        case .failure(let problem):
            if !problem.isMissing {
                manifest.diagnostics.append(
                    .warning("Unreadable module manifest", detail: "\(path) \(problem)", at: .wholeFile(path)))
            }
            return manifest
        case .success(let bytes):
            manifest.path = path
            manifest.read(JSONDocument.parse(bytes: bytes, path: path))
            return manifest
        }
    }

    /// Reads a parsed manifest; a document of another shape is one warning and no records.
    mutating func read(_ document: JSONDocument) {
        diagnostics += document.diagnostics.map { Diagnostic(.warning, $0.summary, detail: $0.detail, at: $0.range) }
        guard let root = document.root else { return }
        guard let modules = root["Modules"]?.arrayValue else {
            diagnostics.append(
                .warning(
                    "Invalid module manifest", detail: "expected an object with a \"Modules\" list", at: root.range))
            return
        }
        for entry in modules {
            guard let key = entry["Key"]?.stringValue, let directory = entry["Dir"]?.stringValue else {
                diagnostics.append(
                    .warning(
                        "Invalid module manifest", detail: "a module record needs \"Key\" and \"Dir\" strings",
                        at: entry.range))
                continue
            }
            records[key] = Record(
                key: key, source: entry["Source"]?.stringValue ?? "", version: entry["Version"]?.stringValue,
                directory: directory)
        }
    }

    /// The directory (relative to the root module's) where the module call `key` with `source`
    /// is installed; nil when it is not, or was installed from another source (the configuration
    /// changed since `terraform init`).
    public func installedDirectory(key: String, source: String) -> String? {
        guard let record = records[key], Self.sameSource(record.source, source) else { return nil }
        return record.directory
    }

    /// Whether a source as installed is the source as written: the same text, or a registry
    /// address Terraform wrote with its registry host (`registry.terraform.io/ns/name/provider`).
    static func sameSource(_ installed: String, _ written: String) -> Bool {
        installed == written || installed.hasSuffix("/" + written) && !written.contains("::")
    }
}
