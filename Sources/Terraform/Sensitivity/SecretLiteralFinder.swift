import Core
import Syntax

/// Walks a configuration for `TerraformConfiguration.secrets(schema:)`.
struct SecretLiteralFinder {
    let configuration: TerraformConfiguration
    let schema: ProviderSchema
    private(set) var found: [SecretLiteral] = []
    private(set) var variables: [[String]: Set<String>] = [:]
    private var seen: Set<SourceRange> = []
    /// The provider whose resources, provider block and credentials are read.
    static let provider = "genesyscloud"

    init(configuration: TerraformConfiguration, schema: ProviderSchema) {
        self.configuration = configuration
        self.schema = schema
    }

    /// The places a secret goes, most specific first (the first place that reaches a string
    /// names it): resources' arguments, the provider's, module inputs, variables' defaults,
    /// variables files; then strings shaped like a Genesys Cloud client secret anywhere.
    mutating func find() {
        for module in configuration.modules {
            let prefix = module.isRoot ? "" : module.address + "."
            for resource in module.resources where resource.type.hasPrefix(Self.provider + "_") {
                let blockSchema = schema.schema(for: resource.mode, type: resource.type)
                visit(resource.block.body, schema: blockSchema, owner: prefix + resource.address, module: module.path)
            }
        }
        for file in configuration.files {
            let providers = file.body.blocks(ofType: "provider").filter { $0.labels.first?.value == Self.provider }
            guard !providers.isEmpty, let module = configuration.modules.first(where: { $0.files.contains(file.path) })
            else { continue }
            for attribute in providers.flatMap(\.body.attributes) where SecretName.saysSecret(attribute.name) {
                follow(
                    attribute.expression, from: module.path, slot: "\(attribute.name) of provider \"\(Self.provider)\"")
            }
        }
        for module in configuration.modules {
            let prefix = module.isRoot ? "" : module.address + "."
            for call in module.moduleCalls {
                for input in call.inputs where SecretName.saysSecret(input.name) {
                    follow(
                        input.expression, from: module.path, slot: "input \(input.name) of \(prefix)module.\(call.name)"
                    )
                }
            }
        }
        for module in configuration.modules {
            for variable in module.variables where SecretName.saysSecret(variable.name) && !Self.isScalar(variable) {
                variables[module.path, default: []].insert(variable.name)
                if let defaultValue = variable.block.body.attribute("default") {
                    follow(defaultValue.expression, from: module.path, slot: "variable \"\(variable.name)\"")
                }
            }
        }
        for file in configuration.files where Self.isVariablesFile(file.path) {
            for attribute in file.body.attributes
            where SecretName.saysSecret(attribute.name) || variables[[], default: []].contains(attribute.name) {
                follow(attribute.expression, from: [], slot: "variable \"\(attribute.name)\"")
            }
        }
        for file in configuration.files {
            scanForClientSecrets(file.source)
        }
    }

    /// The arguments of a resource block (nested blocks too) that take a secret.
    private mutating func visit(_ body: Body, schema: BlockSchema?, owner: String, module: [String]) {
        for attribute in body.attributes {
            let attributeSchema = schema?.attribute(attribute.name)
            if attributeSchema?.kind == .mapOfStrings, attributeSchema?.sensitive == true {
                followFields(attribute, owner: owner, module: module)
            } else if attributeSchema?.sensitive == true || SecretName.saysSecret(attribute.name) {
                follow(attribute.expression, from: module, slot: "\(attribute.name) of \(owner)")
            }
        }
        for block in body.blocks {
            visit(block.body, schema: schema?.block(block.type)?.body, owner: owner, module: module)
        }
    }

    /// A sensitive map such as a credential's `fields`: the entries whose key says secret (the
    /// credential type's `clientSecret`, `password`, `apiToken`…); `clientId` or `loginUrl` are
    /// not secrets.
    private mutating func followFields(_ attribute: Attribute, owner: String, module: [String]) {
        let origin = configuration.origin(of: attribute.expression, inModule: module)
        guard case .object(let items) = origin.expression.kind else { return }
        for item in items {
            guard let key = item.literalKey, SecretName.saysSecret(key) else { continue }
            follow(
                item.value, from: origin.modulePath, slot: "\(attribute.name).\(key) of \(owner)", via: origin.via)
        }
    }

    /// Follows `expression` (written in the module at `path`) to where its value is written;
    /// records it when that is a string written out.
    private mutating func follow(_ expression: Expression, from path: [String], slot: String, via: [String] = []) {
        markCarriers(of: expression, in: path)
        let origin = configuration.origin(of: expression, inModule: path)
        guard let text = origin.expression.staticString else { return }
        record(text, at: origin.range, slot: slot, via: via + origin.via)
    }

    /// Marks the variables `expression` reads (in the module at `path`) as carrying a secret,
    /// and those the callers' arguments for them read, through local values too.
    private mutating func markCarriers(of expression: Expression, in path: [String]) {
        var pending = [(expression, path)]
        var steps = 0
        while let (next, modulePath) = pending.popLast(), steps < TerraformConfiguration.maximumOriginSteps {
            steps += 1
            for reference in next.references {
                guard let name = reference.attributes.first else { continue }
                switch reference.root {
                case "var":
                    guard variables[modulePath, default: []].insert(name).inserted, let call = modulePath.last,
                        let input = configuration.module(path: Array(modulePath.dropLast()))?.moduleCall(call)?.inputs
                            .first(where: { $0.name == name })
                    else { continue }
                    pending.append((input.expression, Array(modulePath.dropLast())))
                case "local":
                    if let local = configuration.module(path: modulePath)?.local(name) {
                        pending.append((local.attribute.expression, modulePath))
                    }
                default:
                    continue
                }
            }
        }
    }

    /// Every run of characters in `file` shaped like a Genesys Cloud client secret, whether in a
    /// string or a comment: one pass over the bytes, without walking the syntax.
    private mutating func scanForClientSecrets(_ file: SourceFile) {
        let length = Self.clientSecretLength
        let runs = file.bytes.withUnsafeBufferPointer { bytes -> [Range<Int>] in
            var runs: [Range<Int>] = []
            var runStart = 0
            for index in 0..<bytes.count where !Self.base64URL[Int(bytes[index])] {
                if index - runStart == length { runs.append(runStart..<index) }
                runStart = index + 1
            }
            if bytes.count - runStart == length { runs.append(runStart..<bytes.count) }
            return runs
        }
        let bytes = file.bytes
        for run in runs {
            let text = String(decoding: bytes[run], as: UTF8.self)
            guard SecretShape.looksLikeGenesysClientSecret(text) else { continue }
            let (start, end) = bytes.withUnsafeBytes { buffer in
                (
                    SourcePosition.locating(byteOffset: run.lowerBound, in: buffer),
                    SourcePosition.locating(byteOffset: run.upperBound, in: buffer)
                )
            }
            // The string literal around it, when it is one, so the finding covers what is written.
            let quoted =
                run.lowerBound > 0 && run.upperBound < bytes.count && bytes[run.lowerBound - 1] == UInt8(ascii: "\"")
                && bytes[run.upperBound] == UInt8(ascii: "\"")
            let range =
                quoted
                ? SourceRange(
                    file: file.path,
                    start: SourcePosition(line: start.line, column: start.column - 1, byte: start.byte - 1),
                    end: SourcePosition(line: end.line, column: end.column + 1, byte: end.byte + 1))
                : SourceRange(file: file.path, start: start, end: end)
            record(text, at: range, slot: nil, via: [])
        }
    }

    /// The length of a Genesys Cloud client secret.
    private static let clientSecretLength = 43

    /// Which bytes are URL-safe base64 characters (`A`–`Z`, `a`–`z`, `0`–`9`, `-`, `_`).
    private static let base64URL: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        return (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }

    private mutating func record(_ text: String, at range: SourceRange, slot: String?, via: [String]) {
        guard seen.insert(range).inserted else { return }
        found.append(
            SecretLiteral(
                range: range, value: text, shape: SecretShape(of: text), slot: slot, via: via,
                rootVariable: rootVariable(at: range),
                isInLoadedVariablesFile: Self.isVariablesFile(range.file)
                    && !configuration.unloadedVariablesFiles.contains(range.file)))
    }

    /// The root variable whose `.tfvars` argument or `default` is at `range`.
    private func rootVariable(at range: SourceRange) -> String? {
        if Self.isVariablesFile(range.file) {
            let file = configuration.files.first { $0.path == range.file }
            return file?.body.attributes.first { $0.expression.range == range }?.name
        }
        return configuration.module(path: [])?.variables.first {
            $0.block.body.attribute("default")?.expression.range == range
        }?.name
    }

    /// Whether a variable holds a number or a bool, which no secret is, whatever its name.
    private static func isScalar(_ variable: VariableDeclaration) -> Bool {
        switch (variable.type, variable.defaultValue) {
        case (.number?, _), (.bool?, _), (_, .number?), (_, .bool?): return true
        default: return false
        }
    }

    static func isVariablesFile(_ path: String) -> Bool {
        path.hasSuffix(".tfvars") || path.hasSuffix(".tfvars.json")
    }
}
