/// Skipping a whole value. The walk is iterative (an explicit stack of open containers), so
/// nesting depth is bounded by memory, not by the call stack, and it checks the full JSON grammar
/// of what it skips without building any value.
extension JSONCursor {
    /// Consumes the next value, whatever it is.
    package mutating func skipValue() throws(JSONReadError) {
        skipStack.removeAll(keepingCapacity: true)
        nextValue: while true {
            skipWhitespace()
            guard offset < bytes.count else { throw syntaxError(expected: "value") }
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                _ = try scanString()
            case UInt8(ascii: "{"):
                offset += 1
                skipWhitespace()
                if byte(at: offset) == UInt8(ascii: "}") {
                    offset += 1
                } else {
                    skipStack.append(true)
                    _ = try scanKeyAndColon()
                    continue nextValue
                }
            case UInt8(ascii: "["):
                offset += 1
                skipWhitespace()
                if byte(at: offset) == UInt8(ascii: "]") {
                    offset += 1
                } else {
                    skipStack.append(false)
                    continue nextValue
                }
            case UInt8(ascii: "t"): try scanLiteral("true")
            case UInt8(ascii: "f"): try scanLiteral("false")
            case UInt8(ascii: "n"): try scanLiteral("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try scanNumber()
            default: throw syntaxError(expected: "value")
            }
            // A value is complete: close every container it completes, or move to the next member.
            while let inObject = skipStack.last {
                skipWhitespace()
                let separator = byte(at: offset)
                if separator == UInt8(ascii: ",") {
                    offset += 1
                    if inObject { _ = try scanKeyAndColon() }
                    continue nextValue
                }
                guard separator == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
                    throw syntaxError(expected: inObject ? "',' or '}'" : "',' or ']'")
                }
                offset += 1
                skipStack.removeLast()
            }
            return
        }
    }
}
