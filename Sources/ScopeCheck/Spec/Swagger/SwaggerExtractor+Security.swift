/// Reading `securityDefinitions` and `security` requirement lists.
extension SwaggerExtractor {
    /// `{"<name>": {"type": "oauth2", "scopes": {"<scope>": "<description>"}, ...}}`.
    mutating func readSecurityDefinitions() throws(JSONReadError) -> [SwaggerDocument.SecurityDefinition] {
        try expect(.object, for: "\"securityDefinitions\"")
        try cursor.beginObject()
        var definitions: [SwaggerDocument.SecurityDefinition] = []
        while let nameKey = try cursor.nextKey() {
            var definition = SwaggerDocument.SecurityDefinition(
                name: cursor.internedString(of: nameKey, in: &interner), type: nil, scopes: [])
            try expect(.object, for: "security definition \"\(definition.name)\"")
            try cursor.beginObject()
            while let key = try cursor.nextKey() {
                if cursor.matches(key, "type") {
                    definition.type = try cursor.readString()
                } else if cursor.matches(key, "scopes") {
                    try expect(.object, for: "\"scopes\" of \"\(definition.name)\"")
                    try cursor.beginObject()
                    while let scopeKey = try cursor.nextKey() {
                        let scope = cursor.internedString(of: scopeKey, in: &interner)
                        try expect(.string, for: "the description of scope \"\(scope)\"")
                        definition.scopes.append((scope, try cursor.readString()))
                    }
                } else {
                    try cursor.skipValue()
                }
            }
            definitions.append(definition)
        }
        return definitions
    }

    /// `[{"<scheme>": ["<scope>", ...], ...}, ...]`: alternatives of requirement objects.
    mutating func readSecurity() throws(JSONReadError) -> [[SwaggerDocument.SchemeUse]] {
        try expect(.array, for: "\"security\"")
        try cursor.beginArray()
        var requirements: [[SwaggerDocument.SchemeUse]] = []
        while try cursor.nextElement() {
            try expect(.object, for: "security requirement")
            try cursor.beginObject()
            var schemes: [SwaggerDocument.SchemeUse] = []
            while let schemeKey = try cursor.nextKey() {
                let scheme = cursor.internedString(of: schemeKey, in: &interner)
                schemes.append(
                    SwaggerDocument.SchemeUse(
                        scheme: scheme, scopes: try readStringArray(for: "scopes of \"\(scheme)\"")))
            }
            requirements.append(schemes)
        }
        return requirements
    }
}
