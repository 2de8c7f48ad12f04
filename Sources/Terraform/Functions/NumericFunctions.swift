import Foundation

/// Number functions: abs, min, max, ceil, floor, pow, signum.
enum NumericFunctions {
    static let all: [String: TerraformFunction] = [
        "abs": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            .number(abs(try arguments.number(0)))
        },
        "min": TerraformFunction(minimum: 1, maximum: nil) { arguments throws(FunctionError) in
            .number(try numbers(arguments).min() ?? 0)
        },
        "max": TerraformFunction(minimum: 1, maximum: nil) { arguments throws(FunctionError) in
            .number(try numbers(arguments).max() ?? 0)
        },
        "ceil": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            .number(try arguments.number(0).rounded(.up))
        },
        "floor": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            .number(try arguments.number(0).rounded(.down))
        },
        "pow": TerraformFunction(arguments: 2) { arguments throws(FunctionError) in
            .number(Foundation.pow(try arguments.number(0), try arguments.number(1)))
        },
        "signum": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            let number = try arguments.number(0)
            return .number(number > 0 ? 1 : number < 0 ? -1 : 0)
        },
    ]

    private static func numbers(_ arguments: FunctionArguments) throws(FunctionError) -> [Double] {
        var result: [Double] = []
        for index in 0..<arguments.count { result.append(try arguments.number(index)) }
        return result
    }
}
