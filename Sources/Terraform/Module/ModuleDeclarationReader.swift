import Core
import Syntax

/// Collects the declarations of a module's files: variables, locals, resources, data sources,
/// module calls and outputs, checking label counts, names and duplicates.
struct ModuleDeclarationReader {
    private(set) var diagnostics: [Diagnostic] = []
    private var module: TerraformModule
    /// Where each name was declared, keyed `variable.x`, `local.x`, `resource.type.x`,
    /// `resource.data.type.x`, `module.x`, `output.x`.
    private var declared: [String: SourceRange] = [:]

    init(path: [String], directory: String, sourceText: String?) {
        module = TerraformModule(path: path, directory: directory, sourceText: sourceText)
    }

    /// The module built from everything read.
    var result: TerraformModule { module }

    /// Adds the declarations of one parsed file.
    mutating func read(_ file: HCLFile) {
        module.files.append(file.path)
        for attribute in file.body.attributes {
            diagnostics.append(
                .error(
                    "Unsupported argument", detail: "an argument named \"\(attribute.name)\" is not expected here",
                    at: attribute.nameRange))
        }
        for block in file.body.blocks {
            switch block.type {
            case "variable": if let name = name(of: block, labels: 1, kind: "variable") { readVariable(block, name) }
            case "locals": if labels(of: block, 0, kind: "locals") { readLocals(block) }
            case "resource", "data": readResource(block)
            case "module": if let name = name(of: block, labels: 1, kind: "module") { readModuleCall(block, name) }
            case "output": if let name = name(of: block, labels: 1, kind: "output") { readOutput(block, name) }
            case "terraform": readRequiredProviders(block)
            case "provider", "moved", "import", "removed", "check":
                continue
            default:
                diagnostics.append(
                    .error(
                        "Unsupported block type", detail: "blocks of type \"\(block.type)\" are not expected here",
                        at: block.typeRange))
            }
        }
    }

    // MARK: Declarations

    /// `terraform { required_providers { name = { source, version } } }`, or the older
    /// `name = "version constraint"`.
    private mutating func readRequiredProviders(_ block: Block) {
        for required in block.body.blocks(ofType: "required_providers") {
            for attribute in required.body.attributes {
                let value = constant(attribute)
                let (source, version): (String?, String?) =
                    switch value {
                    case .string(let constraint): (nil, constraint)
                    default: (value.objectValue?["source"]?.stringValue, value.objectValue?["version"]?.stringValue)
                    }
                module.requiredProviders.append(
                    RequiredProvider(
                        name: attribute.name, source: source, version: version, range: attribute.nameRange))
            }
        }
    }

    private mutating func readVariable(_ block: Block, _ name: String) {
        if let previous = declare("variable." + name, block.labels[0].range) {
            duplicate("Duplicate variable declaration", "a variable named \"\(name)\"", previous, block)
            return
        }
        let body = block.body
        rejectUnknownArguments(body, allowed: ["type", "default", "description", "sensitive", "nullable", "ephemeral"])
        var type: TypeConstraint?
        if let typeAttribute = body.attribute("type") {
            let (parsed, problems) = TypeConstraint.parse(typeAttribute.expression)
            diagnostics += problems
            type = parsed
        }
        var defaultValue: Value?
        if let defaultAttribute = body.attribute("default") {
            let value = constant(defaultAttribute)
            switch (type ?? .any).convert(value) {
            case .success(let converted): defaultValue = converted
            case .failure(let error):
                diagnostics.append(
                    .error(
                        "Invalid default value for variable",
                        detail:
                            "the default value of \"\(name)\" does not fit its type \(type ?? .any): \(error.message)",
                        at: defaultAttribute.expression.range))
                defaultValue = .unknown(Unknown(reason: error.message, range: defaultAttribute.expression.range))
            }
        }
        module.variables.append(
            VariableDeclaration(
                name: name, nameRange: block.labels[0].range, type: type, defaultValue: defaultValue,
                sensitive: flag(body.attribute("sensitive")) ?? false, description: text(body.attribute("description")),
                nullable: flag(body.attribute("nullable")) ?? true, block: block))
    }

    private mutating func readLocals(_ block: Block) {
        for nested in block.body.blocks {
            diagnostics.append(
                .error(
                    "Unsupported block type",
                    detail: "a locals block holds only arguments, not \"\(nested.type)\" blocks",
                    at: nested.typeRange))
        }
        for attribute in block.body.attributes {
            if let previous = declare("local." + attribute.name, attribute.nameRange) {
                diagnostics.append(
                    .error(
                        "Duplicate local value definition",
                        detail:
                            "a local value named \"\(attribute.name)\" was already defined at \(previous.description); local value names must be unique within a module",
                        at: attribute.nameRange))
                continue
            }
            module.locals.append(LocalDeclaration(name: attribute.name, attribute: attribute))
        }
    }

    private mutating func readResource(_ block: Block) {
        let mode: ResourceMode = block.type == "data" ? .data : .managed
        let kind = mode == .data ? "data" : "resource"
        guard labels(of: block, 2, kind: kind) else { return }
        let type = block.labels[0].value
        let name = block.labels[1].value
        guard validName(name, block.labels[1].range, kind: kind) else { return }
        let declaration = ResourceDeclaration(
            mode: mode, type: type, name: name, count: block.body.attribute("count"),
            forEach: block.body.attribute("for_each"), block: block)
        if let previous = declare("resource." + declaration.address, declaration.nameRange) {
            duplicate(
                "Duplicate \(kind) \"\(type)\" configuration", "a \(kind) named \"\(name)\"", previous, block,
                severity: .warning, consequence: "; scopecheck analyses the first declaration")
            return
        }
        if let count = declaration.count, declaration.forEach != nil {
            diagnostics.append(
                .error(
                    "Invalid combination of \"count\" and \"for_each\"",
                    detail: "count and for_each cannot be used in the same block", at: count.nameRange))
        }
        module.resources.append(declaration)
    }

    private mutating func readModuleCall(_ block: Block, _ name: String) {
        if let previous = declare("module." + name, block.labels[0].range) {
            duplicate("Duplicate module call", "a module named \"\(name)\"", previous, block)
            return
        }
        guard let sourceAttribute = block.body.attribute("source") else {
            diagnostics.append(
                .error("Missing required argument", detail: "the argument \"source\" is required", at: block.range))
            return
        }
        guard case .string(let sourceText) = constant(sourceAttribute) else {
            diagnostics.append(
                .error(
                    "Invalid module source", detail: "the source must be a literal string",
                    at: sourceAttribute.expression.range))
            return
        }
        let source: ModuleSource =
            ModulePaths.isLocalSource(sourceText)
            ? .local(directory: ModulePaths.join(module.directory, sourceText)) : .remote(sourceText)
        let meta: Set = ["source", "version", "count", "for_each", "providers", "depends_on"]
        let call = ModuleCall(
            name: name, nameRange: block.labels[0].range, sourceText: sourceText, source: source,
            inputs: block.body.attributes.filter { !meta.contains($0.name) }, count: block.body.attribute("count"),
            forEach: block.body.attribute("for_each"), block: block)
        if let count = call.count, call.forEach != nil {
            diagnostics.append(
                .error(
                    "Invalid combination of \"count\" and \"for_each\"",
                    detail: "count and for_each cannot be used in the same block", at: count.nameRange))
        }
        module.moduleCalls.append(call)
    }

    private mutating func readOutput(_ block: Block, _ name: String) {
        if let previous = declare("output." + name, block.labels[0].range) {
            duplicate("Duplicate output definition", "an output named \"\(name)\"", previous, block)
            return
        }
        let value = block.body.attribute("value")
        if value == nil {
            diagnostics.append(
                .error("Missing required argument", detail: "the argument \"value\" is required", at: block.range))
        }
        module.outputs.append(
            OutputDeclaration(
                name: name, nameRange: block.labels[0].range, value: value,
                sensitive: flag(block.body.attribute("sensitive")) ?? false,
                description: text(block.body.attribute("description")), block: block))
    }

    // MARK: Checks

    /// Records `key` as declared at `range`; returns the earlier range when it already was.
    private mutating func declare(_ key: String, _ range: SourceRange) -> SourceRange? {
        if let previous = declared[key] { return previous }
        declared[key] = range
        return nil
    }

    /// The single label of `block` when it has exactly `labels` (1) valid labels.
    private mutating func name(of block: Block, labels count: Int, kind: String) -> String? {
        guard labels(of: block, count, kind: kind), let label = block.labels.first,
            validName(label.value, label.range, kind: kind)
        else { return nil }
        return label.value
    }

    private mutating func labels(of block: Block, _ count: Int, kind: String) -> Bool {
        if block.labels.count < count {
            let what = count == 2 && block.labels.isEmpty ? "type and name" : "name"
            diagnostics.append(
                .error(
                    "Missing \(what) for \(kind)",
                    detail: "a \(kind) block needs \(count) label\(count == 1 ? "" : "s"), found \(block.labels.count)",
                    at: block.typeRange))
            return false
        }
        if block.labels.count > count {
            diagnostics.append(
                .error(
                    "Extraneous label for \(kind)",
                    detail: "a \(kind) block takes \(count) label\(count == 1 ? "" : "s"), found \(block.labels.count)",
                    at: block.labels[count].range))
            return false
        }
        return true
    }

    /// Names start with a letter or underscore and continue with letters, digits, `_` or `-`.
    private mutating func validName(_ name: String, _ range: SourceRange, kind: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        let valid =
            !scalars.isEmpty && (scalars[0].properties.isAlphabetic || scalars[0] == "_")
            && scalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-"
            }
        if !valid {
            diagnostics.append(
                .error(
                    "Invalid \(kind) name",
                    detail:
                        "\"\(name)\" is not a valid name: it must start with a letter or underscore and contain only letters, digits, underscores and dashes",
                    at: range))
        }
        return valid
    }

    private mutating func rejectUnknownArguments(_ body: Body, allowed: Set<String>) {
        for attribute in body.attributes where !allowed.contains(attribute.name) {
            diagnostics.append(
                .error(
                    "Unsupported argument", detail: "an argument named \"\(attribute.name)\" is not expected here",
                    at: attribute.nameRange))
        }
    }

    /// Reports a second declaration of a name. Duplicate resources are warnings: example folders
    /// keep alternatives side by side, and the first declaration is still analysed.
    private mutating func duplicate(
        _ summary: String, _ what: String, _ previous: SourceRange, _ block: Block, severity: Severity = .error,
        consequence: String = ""
    ) {
        diagnostics.append(
            Diagnostic(
                severity, summary, detail: "\(what) was already declared at \(previous.description)\(consequence)",
                at: block.labels.last?.range ?? block.typeRange))
    }

    // MARK: Constant values

    /// The value of an argument that may not refer to anything.
    private mutating func constant(_ attribute: Attribute) -> Value {
        let (value, problems) = Evaluator.evaluate(attribute.expression, context: EvaluationContext())
        diagnostics += problems
        return value
    }

    private mutating func flag(_ attribute: Attribute?) -> Bool? {
        guard let attribute else { return nil }
        let value = constant(attribute)
        switch value {
        case .bool(let flag): return flag
        case .string("true"): return true
        case .string("false"): return false
        default:
            diagnostics.append(
                .error(
                    "Invalid value for \"\(attribute.name)\"", detail: "a bool is required, not \(value.typeName)",
                    at: attribute.expression.range))
            return nil
        }
    }

    private mutating func text(_ attribute: Attribute?) -> String? {
        guard let attribute else { return nil }
        let value = constant(attribute)
        guard case .string(let text) = value else {
            diagnostics.append(
                .error(
                    "Invalid value for \"\(attribute.name)\"", detail: "a string is required, not \(value.typeName)",
                    at: attribute.expression.range))
            return nil
        }
        return text
    }
}
