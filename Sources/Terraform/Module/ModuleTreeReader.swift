import Core
import Foundation
import Syntax

/// Reads a module directory and, recursively, the modules it calls: local ones from their
/// directories, remote ones from where `terraform init` installed them (the root's
/// `ModuleManifest`). A remote source that is not installed is noted once; a directory already
/// being read higher up the call chain is a source loop and is not read again.
struct ModuleTreeReader {
    /// Deeper module nesting is refused, as a guard besides loop detection.
    static let maximumDepth = 64
    /// The most modules read for one root module: a module called from several places is read
    /// once per call, so calls that fan out at every level would otherwise multiply.
    static let maximumModules = 1000

    let provider: ProviderSchema
    /// The root module's directory, which installed module directories are relative to.
    let rootDirectory: String
    let manifest: ModuleManifest
    private(set) var modules: [TerraformModule] = []
    private(set) var files: [HCLFile] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Remote sources that are not installed, in order of first use, with the calls using them.
    private var missing: [(source: String, calls: [String], range: SourceRange)] = []

    init(provider: ProviderSchema, rootDirectory: String, manifest: ModuleManifest) {
        self.provider = provider
        self.rootDirectory = rootDirectory
        self.manifest = manifest
    }

    /// Reads the module in `directory` and its local children. `chain` lists the module
    /// addresses and canonical directories of the callers, for loop detection.
    mutating func read(
        directory: String, path: [String], sourceText: String?, callRange: SourceRange?,
        chain: [(address: String, directory: String)] = []
    ) {
        let canonical = ModulePaths.canonical(directory)
        let address = path.isEmpty ? "the root module" : path.map { "module.\($0)" }.joined(separator: ".")
        if let loopStart = chain.firstIndex(where: { $0.directory == canonical }) {
            let cycle = chain[loopStart...].map(\.address) + [address]
            diagnostics.append(
                .error(
                    "Module source loop",
                    detail:
                        "\(cycle.joined(separator: " → ")): the directory \(directory) is already being loaded, so it is not loaded again",
                    at: callRange))
            return
        }
        guard modules.count < Self.maximumModules else {
            if !diagnostics.contains(where: { $0.summary == "Too many modules" }) {
                diagnostics.append(
                    .error(
                        "Too many modules",
                        detail:
                            "more than \(Self.maximumModules) module calls are read from one root module; \(address) and the modules after it are not loaded",
                        at: callRange))
            }
            return
        }
        guard chain.count < Self.maximumDepth else {
            diagnostics.append(
                .error(
                    "Module nesting too deep", detail: "more than \(Self.maximumDepth) nested module calls",
                    at: callRange))
            return
        }
        guard let names = configurationFileNames(in: directory, callRange: callRange) else { return }
        var reader = ModuleDeclarationReader(path: path, directory: directory, sourceText: sourceText)
        for name in names {
            guard let file = parse(ModulePaths.file(name, in: directory)) else { continue }
            files.append(file)
            diagnostics += file.diagnostics
            reader.read(file)
        }
        diagnostics += reader.diagnostics
        let module = reader.result
        modules.append(module)
        let nextChain = chain + [(address, canonical)]
        for call in module.moduleCalls {
            let sourceRange = call.block.body.attribute("source")?.expression.range ?? call.nameRange
            let childPath = path + [call.name]
            switch call.source {
            case .remote(let source):
                guard let installed = manifest.installedDirectory(key: childPath.joined(separator: "."), source: source)
                else {
                    let callAddress = childPath.map { "module.\($0)" }.joined(separator: ".")
                    if let index = missing.firstIndex(where: { $0.source == source }) {
                        missing[index].calls.append(callAddress)
                    } else {
                        missing.append((source, [callAddress], sourceRange))
                    }
                    continue
                }
                read(
                    directory: PathResolution.join(rootDirectory, installed), path: childPath,
                    sourceText: call.sourceText, callRange: sourceRange, chain: nextChain)
            case .local(let childDirectory):
                read(
                    directory: childDirectory, path: childPath, sourceText: call.sourceText, callRange: sourceRange,
                    chain: nextChain)
            }
        }
    }

    /// One note per remote source that is not installed, at its first use: what it leaves
    /// unknown and the command that installs it.
    var missingModuleNotes: [Diagnostic] {
        missing.map { entry in
            let calls =
                entry.calls.count <= 3 ? entry.calls : Array(entry.calls.prefix(3)) + ["\(entry.calls.count - 3) more"]
            let manifest = manifest.path.map { " (not in \($0))" } ?? ""
            return Diagnostic(
                .note, "Module not installed",
                detail:
                    "\"\(entry.source)\" (\(calls.joined(separator: ", "))) is a remote module that terraform init has not installed\(manifest), so its resources and outputs are unknown; run terraform init in \(rootDirectory) and lint again",
                at: entry.range)
        }
    }

    /// The sorted names of the `*.tf` and `*.tf.json` files directly in `directory`; override
    /// files are skipped with a warning.
    private mutating func configurationFileNames(in directory: String, callRange: SourceRange?) -> [String]? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
            let entries = try? manager.contentsOfDirectory(atPath: directory)
        else {
            diagnostics.append(
                .error(
                    "Unreadable module directory", detail: "\(directory) does not exist or is not a readable directory",
                    at: callRange ?? .wholeFile(directory)))
            return nil
        }
        var names: [String] = []
        for name in entries.sorted() where name.hasSuffix(".tf") || name.hasSuffix(".tf.json") {
            let path = ModulePaths.file(name, in: directory)
            // Directories are skipped; anything else named like configuration is read, so that a
            // broken or looping link is reported rather than silently left out.
            var entryIsDirectory: ObjCBool = false
            if manager.fileExists(atPath: path, isDirectory: &entryIsDirectory), entryIsDirectory.boolValue {
                continue
            }
            let stem = name.hasSuffix(".tf.json") ? String(name.dropLast(8)) : String(name.dropLast(3))
            if stem == "override" || stem.hasSuffix("_override") {
                diagnostics.append(
                    .warning(
                        "Override file ignored",
                        detail:
                            "\(name) is an override file; scopecheck does not merge override files into the configuration",
                        at: .wholeFile(path)))
                continue
            }
            names.append(name)
        }
        return names
    }

    /// Reads and parses one configuration file; nil (with an error) when it cannot be read (a
    /// broken link, a link loop, a FIFO, a file too large).
    private mutating func parse(_ path: String) -> HCLFile? {
        let bytes: [UInt8]
        switch InputFile.read(path) {
        case .success(let read): bytes = read
        case .failure(let problem):
            diagnostics.append(.error("Unreadable file", detail: "\(path) \(problem)", at: .wholeFile(path)))
            return nil
        }
        if path.hasSuffix(".json") {
            return JSONSyntaxParser.parseFile(
                bytes: bytes, path: path, schema: .terraformConfiguration(provider: provider))
        }
        return HCLParser.parseFile(bytes: bytes, path: path)
    }
}
