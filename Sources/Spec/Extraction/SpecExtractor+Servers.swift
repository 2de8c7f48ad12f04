import Syntax

/// Reading OpenAPI 3 `servers`: `[{"url": "...", "variables": {"<name>": {"default": "...", "enum": [...]}}}]`.
extension SpecExtractor {
    mutating func readServers() throws(JSONReadError) -> [SpecDocument.Server] {
        try expect(.array, for: "\"servers\"")
        try cursor.beginArray()
        var servers: [SpecDocument.Server] = []
        while try cursor.nextElement() {
            try expect(.object, for: "server")
            try cursor.beginObject()
            var server = SpecDocument.Server(url: "", variables: [])
            while let key = try cursor.nextKey() {
                if cursor.matches(key, "url") {
                    try expect(.string, for: "\"url\" of a server")
                    server.url = try cursor.readString()
                } else if cursor.matches(key, "variables") {
                    server.variables = try readServerVariables()
                } else {
                    try cursor.skipValue()
                }
            }
            servers.append(server)
        }
        return servers
    }

    private mutating func readServerVariables() throws(JSONReadError) -> [ServerURL.Variable] {
        try expect(.object, for: "\"variables\" of a server")
        try cursor.beginObject()
        var variables: [ServerURL.Variable] = []
        while let nameKey = try cursor.nextKey() {
            var variable = ServerURL.Variable(name: cursor.string(of: nameKey), defaultValue: nil, values: [])
            try expect(.object, for: "server variable \"\(variable.name)\"")
            try cursor.beginObject()
            while let key = try cursor.nextKey() {
                if cursor.matches(key, "default") {
                    try expect(.string, for: "\"default\" of server variable \"\(variable.name)\"")
                    variable.defaultValue = try cursor.readString()
                } else if cursor.matches(key, "enum") {
                    variable.values = try readStringArray(for: "\"enum\" of server variable \"\(variable.name)\"")
                } else {
                    try cursor.skipValue()
                }
            }
            variables.append(variable)
        }
        return variables
    }
}
