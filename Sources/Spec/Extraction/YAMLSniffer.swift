/// Tells a YAML API description from JSON by its first lines, so that it is refused with a clear
/// message instead of a JSON syntax error at byte 0.
enum YAMLSniffer {
    /// How far into the file the `swagger:`/`openapi:` key is looked for.
    static let window = 64 * 1024

    /// The `swagger:` or `openapi:` line of a YAML spec, with its offset; nil when the first
    /// non-space byte is `{` (JSON) or no line of the first `window` bytes starts with one of
    /// those keys (plain, or quoted as YAML allows).
    static func yamlSpecKey(in bytes: UnsafeRawBufferPointer) -> (text: String, offset: Int)? {
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        guard let first = bytes[start...].firstIndex(where: { !whitespace.contains($0) }),
            bytes[first] != UInt8(ascii: "{")
        else { return nil }
        let end = min(bytes.count, window)
        var lineStart = start
        while lineStart < end {
            let lineEnd = bytes[lineStart..<end].firstIndex(of: UInt8(ascii: "\n")) ?? end
            let line = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
            for key in ["swagger", "openapi"]
            where [key, "\"\(key)\"", "'\(key)'"].contains(where: { quoted in
                line.hasPrefix(quoted + ":")
            }) {
                return (line.trimmingSuffix(), lineStart)
            }
            lineStart = lineEnd + 1
        }
        return nil
    }
}

extension String {
    /// The string without trailing spaces, tabs and carriage returns.
    fileprivate func trimmingSuffix() -> String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
