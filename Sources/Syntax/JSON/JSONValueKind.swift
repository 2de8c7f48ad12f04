/// The kind of a JSON value, as told by its first byte.
package enum JSONValueKind: String, Equatable, Sendable, CustomStringConvertible {
    case object
    case array
    case string
    case number
    case bool
    case null

    package var description: String { rawValue }
}
