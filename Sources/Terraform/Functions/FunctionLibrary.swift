/// The built-in functions evaluated statically, by name. A name not listed here (including
/// `timestamp()`, `uuid()`, `yamldecode()` and provider functions) evaluates to an unknown value
/// that says the function is not evaluated statically. `try`, `can` and `templatefile` are
/// handled by the evaluator itself, since they need unevaluated arguments or a template.
enum FunctionLibrary {
    static let functions: [String: TerraformFunction] = {
        var all: [String: TerraformFunction] = [:]
        for group in [
            CollectionFunctions.all, SetFunctions.all, StringFunctions.all, NumericFunctions.all,
            ConversionFunctions.all, EncodingFunctions.all, FileFunctions.all,
        ] {
            all.merge(group) { first, _ in first }
        }
        return all
    }()

    /// Names handled directly by the evaluator.
    static let evaluatorFunctions: Set<String> = ["try", "can", "templatefile"]

    /// Whether `name` is evaluated statically.
    static func isKnown(_ name: String) -> Bool { functions[name] != nil || evaluatorFunctions.contains(name) }
}
