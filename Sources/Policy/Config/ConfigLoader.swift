import Core
import Foundation
import Spec
import Syntax

/// Reads `.scopecheck.hcl`: the attributes `spec`, `policies`, `var_files`, `exclude`,
/// `overlays` and `provider_endpoints`, and `rule "<id>" { enabled, severity }` blocks. Values must be literals; paths
/// are resolved against the config file's directory.
public enum ConfigLoader {
    static let shape = BodyShape(
        name: "the config file",
        attributes: ["exclude", "overlays", "policies", "provider_endpoints", "spec", "var_files"],
        blocks: ["rule"])
    static let ruleShape = BodyShape(name: "a rule block", attributes: ["enabled", "severity"], blocks: [])

    /// Reads the config file at `path`; an unreadable file is an error diagnostic.
    public static func load(path: String) -> (ScopeCheckConfig, [Diagnostic]) {
        switch InputFile.read(path) {
        case .success(let bytes): return parse(bytes: bytes, path: path)
        case .failure(let problem):
            let reason = problem.isMissing ? "" : ": it \(problem)"
            return (ScopeCheckConfig(path: path), [.error("Can't read the config file \(path)\(reason)", at: nil)])
        }
    }

    /// Reads a config file's contents; `path` names it and anchors its relative paths.
    public static func parse(bytes: [UInt8], path: String) -> (ScopeCheckConfig, [Diagnostic]) {
        let file = HCLParser.parseFile(bytes: bytes, path: path)
        var reader = ConfigReader(directory: PathResolution.directory(of: path))
        let config = reader.read(file.body, path: path)
        return (config, file.diagnostics + reader.diagnostics.inSourceOrder())
    }
}

/// The walk over one config file's body.
private struct ConfigReader {
    let directory: String
    var literals = LiteralReader(subject: "Config")
    var problems: [Diagnostic] = []

    var diagnostics: [Diagnostic] { problems + literals.diagnostics }

    mutating func read(_ body: Body, path: String) -> ScopeCheckConfig {
        problems += ConfigLoader.shape.unknownItems(in: body)
        var config = ScopeCheckConfig(path: path)
        if let attribute = body.attribute("spec") { config.specs = specs(attribute) }
        config.policies = paths(body.attribute("policies"))
        config.varFiles = paths(body.attribute("var_files"))
        config.overlays = paths(body.attribute("overlays"))
        config.providerEndpoints = body.attribute("provider_endpoints").flatMap { singlePath($0) }
        if let attribute = body.attribute("exclude") { config.exclude = excludePatterns(attribute) }
        var declared: [String: SourceRange] = [:]
        for block in body.blocks(ofType: "rule") {
            guard let setting = rule(block) else { continue }
            if let idRange = setting.idRange, let first = declared[setting.id] {
                problems.append(
                    .error(
                        "The rule \"\(setting.id)\" is already configured at \(first.description)",
                        detail: "Merge the two rule blocks into one.", at: idRange))
                continue
            }
            declared[setting.id] = setting.idRange
            config.rules.append(setting)
        }
        return config
    }

    private mutating func specs(_ attribute: Attribute) -> [ConfigValue<SpecBinding>] {
        (literals.stringOrList(attribute) ?? []).compactMap { entry in
            let directory = directory
            do throws(SpecBinding.ParseError) {
                let binding = try SpecBinding.parse(entry.value) { path in
                    FileManager.default.fileExists(atPath: PathResolution.resolve(path, against: directory))
                }
                let path = PathResolution.resolve(binding.path, against: directory)
                return ConfigValue(
                    SpecBinding(path: path, host: binding.host, semantics: binding.semantics), at: entry.range)
            } catch {
                problems.append(.error(error.description, at: entry.range))
                return nil
            }
        }
    }

    private mutating func paths(_ attribute: Attribute?) -> [ConfigValue<String>] {
        guard let attribute else { return [] }
        return (literals.stringList(attribute) ?? []).compactMap { entry in
            guard !entry.value.isEmpty else {
                problems.append(.error("Empty path in \"\(attribute.name)\"", at: entry.range))
                return nil
            }
            return ConfigValue(PathResolution.resolve(entry.value, against: directory), at: entry.range)
        }
    }

    /// One path (`provider_endpoints`), resolved against the config's directory.
    private mutating func singlePath(_ attribute: Attribute) -> ConfigValue<String>? {
        guard let entry = literals.string(attribute) else { return nil }
        guard !entry.value.isEmpty else {
            problems.append(.error("Empty path in \"\(attribute.name)\"", at: entry.range))
            return nil
        }
        return ConfigValue(PathResolution.resolve(entry.value, against: directory), at: entry.range)
    }

    private mutating func excludePatterns(_ attribute: Attribute) -> [ConfigValue<ExcludePattern>] {
        (literals.stringList(attribute) ?? []).compactMap { entry in
            do throws(GlobError) {
                _ = try Glob(entry.value)
                let glob = try Glob(PathResolution.resolve(entry.value, against: directory))
                return ConfigValue(ExcludePattern(written: entry.value, glob: glob), at: entry.range)
            } catch {
                problems.append(.error("Invalid exclude pattern \"\(entry.value)\": \(error.message)", at: entry.range))
                return nil
            }
        }
    }

    private mutating func rule(_ block: Block) -> RuleSetting? {
        problems += ConfigLoader.ruleShape.unknownItems(in: block.body)
        for extra in block.labels.dropFirst() {
            problems.append(.error("A rule block takes one label, the rule id", at: extra.range))
        }
        guard let label = block.labels.first else {
            problems.append(
                .error(
                    "A rule block needs the rule id as its label",
                    detail: "Write rule \"excess-scope\" { enabled = false }.", at: block.typeRange))
            return nil
        }
        guard !label.value.isEmpty else {
            problems.append(.error("The rule id is empty", at: label.range))
            return nil
        }
        var setting = RuleSetting(id: label.value, idRange: label.range)
        if let attribute = block.body.attribute("enabled"), let enabled = literals.bool(attribute) {
            setting.enabled = ConfigValue(enabled.value, at: enabled.range)
        }
        if let attribute = block.body.attribute("severity"), let text = literals.string(attribute) {
            setting.severity = severity(text)
        }
        if block.body.attributes.isEmpty {
            problems.append(
                .warning(
                    "The rule block for \"\(label.value)\" sets nothing",
                    detail: "Set enabled = false or a severity, or remove the block.", at: block.headerRange))
        }
        return setting
    }

    private mutating func severity(_ text: Located<String>) -> ConfigValue<Severity>? {
        if let severity = Severity(rawValue: text.value) { return ConfigValue(severity, at: text.range) }
        let names = Severity.allCases.map(\.rawValue)
        problems.append(
            .error(
                "Unknown severity \"\(text.value)\"\(ClosestName.hint(for: text.value, among: names))",
                detail: "A severity is one of error, warning or note.", at: text.range))
        return nil
    }
}
