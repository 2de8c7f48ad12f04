import Core
import Syntax

extension Evaluator {
    mutating func evaluateFunctionCall(name: String, arguments: [Expression], expandFinal: Bool, range: SourceRange)
        -> Value
    {
        switch name {
        case "try": return evaluateTry(arguments, range: range)
        case "can": return evaluateCan(arguments, range: range)
        default: break
        }
        var values = arguments.map { evaluate($0) }
        var ranges = arguments.map(\.range)
        if expandFinal, let last = values.last {
            switch last {
            case .unknown: return last
            case .list(let items):
                values = values.dropLast() + items
                ranges = ranges.dropLast() + Array(repeating: ranges.last ?? range, count: items.count)
            default:
                return fail(
                    "Invalid expanding argument value", "the argument before ... must be a list, not \(last.typeName)",
                    arguments.last?.range ?? range)
            }
        }
        if name == "templatefile" {
            return evaluateTemplateFile(values, ranges: ranges, range: range)
        }
        guard let function = FunctionLibrary.functions[name] else {
            return .unknown(Unknown(reason: "function \(name) is not evaluated statically", range: range))
        }
        if values.count < function.minimumArguments {
            return fail(
                "Not enough function arguments",
                "\(name)() needs \(function.minimumArguments) argument\(function.minimumArguments == 1 ? "" : "s"), got \(values.count)",
                range)
        }
        if let maximum = function.maximumArguments, values.count > maximum {
            return fail(
                "Too many function arguments",
                "\(name)() takes at most \(maximum) argument\(maximum == 1 ? "" : "s"), got \(values.count)",
                ranges[maximum])
        }
        if let unknown = values.lazy.compactMap(wholeUnknown).first { return .unknown(unknown) }
        if !function.keepsUnknownElements, let unknown = values.lazy.compactMap(\.firstUnknown).first {
            return .unknown(unknown)
        }
        do {
            return try function.implementation(
                FunctionArguments(name: name, values: values, baseDirectory: context.baseDirectory))
        } catch {
            let argumentRange = error.argument.flatMap { ranges.indices.contains($0) ? ranges[$0] : nil }
            return fail(
                argumentRange == nil ? "Error in function call" : "Invalid function argument",
                "\(name)(): \(error.message)", argumentRange ?? range)
        }
    }

    private func wholeUnknown(_ value: Value) -> Unknown? {
        if case .unknown(let unknown) = value { return unknown }
        return nil
    }

    /// `try(a, b, ...)`: the first argument that evaluates without errors.
    private mutating func evaluateTry(_ arguments: [Expression], range: SourceRange) -> Value {
        guard !arguments.isEmpty else {
            return fail("Not enough function arguments", "try() needs at least one argument", range)
        }
        var problems: [String] = []
        for argument in arguments {
            var attempt = nested(context: context)
            let value = attempt.evaluate(argument)
            if let limit = limitReached(attempt.diagnostics, range: range) { return limit }
            if attempt.diagnostics.hasErrors {
                problems += attempt.diagnostics.filter { $0.severity == .error }.map(\.detail)
                continue
            }
            append(attempt.diagnostics)
            return value
        }
        return fail(
            "Error in function call", "try(): no expression succeeded: \(problems.joined(separator: "; "))", range)
    }

    /// `can(expression)`: whether the expression evaluates without errors.
    private mutating func evaluateCan(_ arguments: [Expression], range: SourceRange) -> Value {
        guard arguments.count == 1, let argument = arguments.first else {
            return fail("Wrong number of function arguments", "can() takes exactly one argument", range)
        }
        var attempt = nested(context: context)
        let value = attempt.evaluate(argument)
        if let limit = limitReached(attempt.diagnostics, range: range) { return limit }
        if attempt.diagnostics.hasErrors { return .bool(false) }
        if let unknown = value.firstUnknown { return .unknown(unknown) }
        return .bool(true)
    }

    /// When a limit of the evaluator stopped an attempt of `try` or `can`, its diagnostics are
    /// kept and the result is unknown: the expression may well succeed, scopecheck did not find out.
    private mutating func limitReached(_ diagnostics: [Diagnostic], range: SourceRange) -> Value? {
        let limits: Set<String> = ["Evaluation limit reached", "Value too large", "Expression too deeply nested"]
        guard let limit = diagnostics.first(where: { limits.contains($0.summary) }) else {
            return context.budget.isExhausted
                ? .unknown(Unknown(reason: "evaluation limit reached", range: range)) : nil
        }
        append(diagnostics.filter { limits.contains($0.summary) })
        return .unknown(Unknown(reason: "\(limit.summary): \(limit.detail)", range: range))
    }

    /// `templatefile(path, vars)`: the file read as a template and rendered with `vars` only.
    private mutating func evaluateTemplateFile(_ values: [Value], ranges: [SourceRange], range: SourceRange) -> Value {
        guard values.count == 2 else {
            return fail(
                "Wrong number of function arguments", "templatefile() takes a path and an object of variables", range)
        }
        if let unknown = values.lazy.compactMap(\.firstUnknown).first { return .unknown(unknown) }
        guard case .string(let path) = values[0] else {
            return fail("Invalid function argument", "templatefile(): the path must be a string", ranges[0])
        }
        guard case .object(let variables) = values[1] else {
            return fail("Invalid function argument", "templatefile(): the variables must be an object", ranges[1])
        }
        guard let base = context.baseDirectory else {
            return .unknown(Unknown(reason: "templatefile() cannot read files here", range: range))
        }
        let resolved = path.hasPrefix("/") ? path : PathResolution.join(base, path)
        let text: String
        switch InputFile.read(resolved, limit: EvaluationBudget.maximumTextBytes) {
        case .success(let data):
            guard let decoded = String(validating: data, as: UTF8.self) else {
                return fail(
                    "Invalid function argument", "templatefile(): \"\(path)\" is not valid UTF-8", ranges[0])
            }
            text = decoded
        case .failure(let problem):
            return fail("Invalid function argument", "templatefile(): \"\(path)\" \(problem)", ranges[0])
        }
        let (template, problems) = HCLParser.parseTemplate(text, path: resolved)
        append(problems)
        if problems.hasErrors {
            return .unknown(Unknown(reason: "the template \(path) has syntax errors", range: range))
        }
        var renderer = nested(context: EvaluationContext(variables: variables, baseDirectory: base))
        let value = renderer.evaluate(template)
        append(renderer.diagnostics)
        return value
    }
}
