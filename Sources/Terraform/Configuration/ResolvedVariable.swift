import Core
import Syntax

/// The value a root module variable ends up with, and where it came from.
public struct ResolvedVariable: Sendable {
    public var name: String
    /// The value converted to the declared type; unknown when no value was given.
    public var value: Value
    public var source: VariableValueSource
    /// Declared `sensitive = true`: print it redacted.
    public var sensitive: Bool
    /// The range of the winning value (a `.tfvars` argument), or of the declaration otherwise.
    public var range: SourceRange?

    public init(name: String, value: Value, source: VariableValueSource, sensitive: Bool, range: SourceRange?) {
        self.name = name
        self.value = value
        self.source = source
        self.sensitive = sensitive
        self.range = range
    }
}

/// Where a root variable's value came from, in Terraform's precedence order (later wins).
public enum VariableValueSource: Hashable, Sendable {
    /// No value anywhere and no default.
    case unset
    /// The declaration's `default`.
    case defaultValue
    /// `TF_VAR_<name>`.
    case environment
    /// A `.tfvars` / `.tfvars.json` file: `terraform.tfvars`, `*.auto.tfvars` or `--var-file`.
    case file(String)
    /// `--var name=value`.
    case commandLine
}
