import Syntax

/// Set functions: setunion, setintersection, setsubtract. Results are sets: distinct elements in
/// Terraform's set order.
enum SetFunctions {
    static let all: [String: TerraformFunction] = [
        "setunion": TerraformFunction(minimum: 1, maximum: nil) { arguments throws(FunctionError) in
            var result: [Value] = []
            for index in 0..<arguments.count { result += try arguments.list(index) }
            return .list(Value.setElements(result))
        },
        "setintersection": TerraformFunction(minimum: 1, maximum: nil) { arguments throws(FunctionError) in
            var result = Set(try arguments.list(0))
            for index in 1..<arguments.count { result.formIntersection(try arguments.list(index)) }
            return .list(Value.setElements(Array(result)))
        },
        "setsubtract": TerraformFunction(arguments: 2) { arguments throws(FunctionError) in
            let removed = Set(try arguments.list(1))
            return .list(Value.setElements(try arguments.list(0).filter { !removed.contains($0) }))
        },
    ]
}
