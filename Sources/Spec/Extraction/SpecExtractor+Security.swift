import Syntax

/// Reading security schemes (Swagger 2.0 `securityDefinitions`, OpenAPI 3
/// `components.securitySchemes`) and `security` requirement lists.
extension SpecExtractor {
    /// `{"<name>": {"type": "oauth2", "scopes": {...}, "flows": {"<flow>": {"scopes": {...}}}}}`:
    /// Swagger 2.0 lists scopes on the scheme, OpenAPI 3 on each flow; both are read.
    mutating func readSecuritySchemes(for what: String) throws(JSONReadError) -> [SpecDocument.SecurityDefinition] {
        try expect(.object, for: what)
        try cursor.beginObject()
        var definitions: [SpecDocument.SecurityDefinition] = []
        while let nameKey = try cursor.nextKey() {
            var definition = SpecDocument.SecurityDefinition(
                name: cursor.internedString(of: nameKey, in: &interner), type: nil, scopes: [])
            try expect(.object, for: "security scheme \"\(definition.name)\"")
            try cursor.beginObject()
            while let key = try cursor.nextKey() {
                if cursor.matches(key, "type") {
                    definition.type = try cursor.readString()
                } else if cursor.matches(key, "scopes") {
                    try readScopes(of: definition.name, into: &definition.scopes)
                } else if cursor.matches(key, "flows") {
                    try expect(.object, for: "\"flows\" of \"\(definition.name)\"")
                    try cursor.beginObject()
                    while let flowKey = try cursor.nextKey() {
                        let flow = cursor.string(of: flowKey)
                        try expect(.object, for: "flow \"\(flow)\" of \"\(definition.name)\"")
                        try cursor.beginObject()
                        while let flowMember = try cursor.nextKey() {
                            if cursor.matches(flowMember, "scopes") {
                                try readScopes(of: definition.name, into: &definition.scopes)
                            } else {
                                try cursor.skipValue()
                            }
                        }
                    }
                } else {
                    try cursor.skipValue()
                }
            }
            definitions.append(definition)
        }
        return definitions
    }

    /// `components`: only `securitySchemes` is read.
    mutating func readComponents() throws(JSONReadError) -> [SpecDocument.SecurityDefinition] {
        try expect(.object, for: "\"components\"")
        try cursor.beginObject()
        var definitions: [SpecDocument.SecurityDefinition] = []
        while let key = try cursor.nextKey() {
            if cursor.matches(key, "securitySchemes") {
                definitions += try readSecuritySchemes(for: "\"securitySchemes\"")
            } else {
                try cursor.skipValue()
            }
        }
        return definitions
    }

    /// `{"<scope>": "<description>", ...}`, appended to `scopes`.
    private mutating func readScopes(
        of scheme: String, into scopes: inout [(name: String, description: String)]
    ) throws(JSONReadError) {
        try expect(.object, for: "\"scopes\" of \"\(scheme)\"")
        try cursor.beginObject()
        while let scopeKey = try cursor.nextKey() {
            let scope = cursor.internedString(of: scopeKey, in: &interner)
            try expect(.string, for: "the description of scope \"\(scope)\"")
            scopes.append((scope, try cursor.readString()))
        }
    }

    /// `[{"<scheme>": ["<scope>", ...], ...}, ...]`: alternatives of requirement objects.
    mutating func readSecurity() throws(JSONReadError) -> [[SpecDocument.SchemeUse]] {
        try expect(.array, for: "\"security\"")
        try cursor.beginArray()
        var requirements: [[SpecDocument.SchemeUse]] = []
        while try cursor.nextElement() {
            try expect(.object, for: "security requirement")
            try cursor.beginObject()
            var schemes: [SpecDocument.SchemeUse] = []
            while let schemeKey = try cursor.nextKey() {
                let scheme = cursor.internedString(of: schemeKey, in: &interner)
                schemes.append(
                    SpecDocument.SchemeUse(
                        scheme: scheme, scopes: try readStringArray(for: "scopes of \"\(scheme)\"")))
            }
            requirements.append(schemes)
        }
        return requirements
    }
}
