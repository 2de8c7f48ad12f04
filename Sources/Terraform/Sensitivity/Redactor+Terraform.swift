import Core
import Syntax

extension Redactor {
    /// The sensitive values of Terraform configurations:
    ///
    /// - root variables declared `sensitive = true`, whatever set them (default, `.tfvars`,
    ///   `TF_VAR_`, `--var`), and the defaults of sensitive variables of every module;
    /// - arguments of resources and data sources that read a sensitive value
    ///   (`EvaluatedAttribute.sensitive`) or that the provider schema marks sensitive
    ///   (`client_secret`, `directory_client_secret`), in nested blocks too;
    /// - outputs declared sensitive; module arguments given to a sensitive variable;
    /// - strings written out that reach a place a secret goes, or are shaped like a Genesys
    ///   Cloud client secret (`TerraformConfiguration.secrets(schema:)`), placeholders excepted.
    ///
    /// Masked ranges: where such a value is written literally (a sensitive variable's `default`
    /// and its `.tfvars` argument, an argument without references, a module argument, a
    /// secret literal).
    ///
    /// `secrets`, when given, are the configurations' `secrets(schema:)`, found already.
    public init(
        configurations: [TerraformConfiguration], schema: ProviderSchema = .genesysCloud,
        secrets: [ConfigurationSecrets]? = nil
    ) {
        var collector = SensitiveValueCollector(schema: schema)
        for configuration in configurations { collector.collect(configuration) }
        let literals = (secrets ?? configurations.map { $0.secrets(schema: schema) }).flatMap(\.literals)
        for literal in literals where literal.shape != .placeholder {
            collector.secrets.append(literal.value)
            collector.ranges.append(literal.range)
        }
        self.init(secrets: collector.secrets, maskedRanges: collector.ranges)
    }
}

/// Walks configurations for `Redactor(configurations:schema:)`.
private struct SensitiveValueCollector {
    let schema: ProviderSchema
    var secrets: [String] = []
    var ranges: [SourceRange] = []

    mutating func collect(_ configuration: TerraformConfiguration) {
        for variable in configuration.variables where variable.sensitive {
            add(variable.value)
            if case .file = variable.source, let range = variable.range { ranges.append(range) }
        }
        for module in configuration.modules {
            for variable in module.variables where variable.sensitive {
                if let value = variable.defaultValue { add(value) }
                if let defaultArgument = variable.block.body.attribute("default") {
                    ranges.append(defaultArgument.expression.range)
                }
            }
            for call in module.moduleCalls {
                guard let child = configuration.module(path: module.path + [call.name]) else { continue }
                let sensitive = Set(child.variables.filter(\.sensitive).map(\.name))
                for input in call.inputs where sensitive.contains(input.name) {
                    ranges.append(input.expression.range)
                    if input.expression.references.isEmpty {
                        add(Evaluator.evaluate(input.expression, context: EvaluationContext()).0)
                    }
                }
            }
        }
        for instance in configuration.resources {
            let blockSchema = schema.schema(for: instance.mode, type: instance.type)
            collect(attributes: instance.attributes, schema: blockSchema)
            collect(blocks: instance.blocks, schema: blockSchema)
        }
        for output in configuration.outputs where output.sensitive { add(output.value) }
    }

    private mutating func collect(attributes: [String: EvaluatedAttribute], schema: BlockSchema?) {
        for (name, attribute) in attributes {
            let marked = schema?.attribute(name)?.sensitive == true || Self.alwaysSensitive.contains(name)
            guard attribute.sensitive || marked else { continue }
            if marked { add(attribute.value) } else { add(attribute.value, writtenAs: attribute.expression) }
            if attribute.expression.references.isEmpty { ranges.append(attribute.range) }
        }
    }

    private mutating func collect(blocks: [EvaluatedBlock], schema: BlockSchema?) {
        for block in blocks {
            let nested = schema?.block(block.type)?.body
            collect(attributes: block.attributes, schema: nested)
            collect(blocks: block.blocks, schema: nested)
        }
    }

    /// Argument names whose values are secrets in every resource type, schema or not.
    private static let alwaysSensitive: Set<String> = ["client_secret", "directory_client_secret"]

    /// The parts of `value` that come from a sensitive value: the elements of a list written out
    /// element by element that read something (`[var.secret, "analytics"]`: the first only),
    /// all of it otherwise. Literal elements are not secrets, and keeping them out keeps them
    /// readable everywhere else.
    private mutating func add(_ value: Value, writtenAs expression: Expression) {
        guard case .tuple(let elements) = expression.kind, case .list(let items) = value,
            elements.count == items.count
        else { return add(value) }
        for (element, item) in zip(elements, items) where !element.references.isEmpty {
            add(item, writtenAs: element)
        }
    }

    /// The text of every string and number in `value`.
    private mutating func add(_ value: Value) {
        var pending = [value]
        while let next = pending.popLast() {
            switch next {
            case .string(let text): secrets.append(text)
            case .number(let number): secrets.append(Value.format(number))
            case .list(let items): pending += items
            case .object(let fields): pending += fields.values
            case .null, .bool, .unknown: continue
            }
        }
    }
}
