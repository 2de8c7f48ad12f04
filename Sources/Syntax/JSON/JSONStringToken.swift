/// A JSON string located in the input, not yet decoded: the bytes between its quotes
/// (`start..<end`) and whether any escape sequence must be decoded to read it.
package struct JSONStringToken: Equatable, Sendable {
    var start: Int
    var end: Int
    var hasEscapes: Bool
}
