import Core
import Syntax

/// A setting and where it came from: a range in the config file, or nil when it was given on
/// the command line.
public struct ConfigValue<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var range: SourceRange?

    public init(_ value: Value, at range: SourceRange?) {
        self.value = value
        self.range = range
    }
}
