import Syntax

/// Reading `paths`: every path item, and in it every operation (keys that are HTTP methods);
/// other path-item keys (`parameters`, `servers`, `summary`, `$ref`, `x-*`) are skipped.
extension SpecExtractor {
    mutating func readPaths(into document: inout SpecDocument) throws(JSONReadError) {
        try expect(.object, for: "\"paths\"")
        try cursor.beginObject()
        while let pathKey = try cursor.nextKey() {
            let path = cursor.string(of: pathKey)
            try expect(.object, for: "path item \"\(path)\"")
            try cursor.beginObject()
            while let methodKey = try cursor.nextKey() {
                guard let method = httpMethod(methodKey) else {
                    try cursor.skipValue()
                    continue
                }
                do {
                    let operation = try readOperation(
                        method: method, path: path, genesysExtension: &document.genesysExtension)
                    document.operations.append(operation)
                } catch {
                    var located = error
                    located.context = located.context ?? "operation \(method) \(path)"
                    throw located
                }
            }
        }
    }

    /// The uppercased method for an operation key (`trace` exists in OpenAPI 3 only), nil for any
    /// other key.
    private func httpMethod(_ key: JSONStringToken) -> String? {
        if cursor.matches(key, "get") { return "GET" }
        if cursor.matches(key, "post") { return "POST" }
        if cursor.matches(key, "put") { return "PUT" }
        if cursor.matches(key, "delete") { return "DELETE" }
        if cursor.matches(key, "patch") { return "PATCH" }
        if cursor.matches(key, "head") { return "HEAD" }
        if cursor.matches(key, "options") { return "OPTIONS" }
        if cursor.matches(key, "trace") { return "TRACE" }
        return nil
    }

    /// Reads one operation; notes in `genesysExtension` the first Genesys extension it carries.
    private mutating func readOperation(method: String, path: String, genesysExtension: inout String?)
        throws(JSONReadError) -> SpecDocument.PendingOperation
    {
        try expect(.object, for: "operation")
        try cursor.beginObject()
        var operation = APIOperation(method: method, path: path)
        var security: [[SpecDocument.SchemeUse]]?
        while let key = try cursor.nextKey() {
            if cursor.matches(key, "operationId") {
                operation.operationId = try readInternedString()
            } else if cursor.matches(key, "tags") {
                operation.tags = try readStringArray(for: "\"tags\"")
            } else if cursor.matches(key, "summary") {
                operation.summary = try cursor.readString()
            } else if cursor.matches(key, "security") {
                security = try readSecurity()
            } else if cursor.matches(key, "x-inin-requires-permissions") {
                operation.permissions = try readPermissions()
                genesysExtension = genesysExtension ?? "x-inin-requires-permissions"
            } else if cursor.matches(key, "deprecated") {
                operation.deprecated = try cursor.readBool()
            } else if cursor.matches(key, "x-genesys-preview") {
                operation.preview = try cursor.readBool()
                genesysExtension = genesysExtension ?? "x-genesys-preview"
            } else if cursor.matches(key, "x-purecloud-method-name") {
                operation.sdkMethodName = try readInternedString()
                genesysExtension = genesysExtension ?? "x-purecloud-method-name"
            } else {
                try cursor.skipValue()
            }
        }
        return SpecDocument.PendingOperation(operation: operation, security: security)
    }

    /// `{"type": "ANY" | "ALL", "permissions": [...]}`.
    private mutating func readPermissions() throws(JSONReadError) -> PermissionRequirement {
        try expect(.object, for: "\"x-inin-requires-permissions\"")
        let start = cursor.offset
        try cursor.beginObject()
        var type: PermissionRequirement.MatchType?
        var permissions: [String] = []
        while let key = try cursor.nextKey() {
            if cursor.matches(key, "type") {
                _ = try cursor.peekKind()
                let valueStart = cursor.offset
                let value = try cursor.readString()
                guard let matchType = PermissionRequirement.MatchType(rawValue: value.uppercased()) else {
                    throw JSONReadError(
                        kind: .unexpectedType, offset: valueStart, expected: "\"ANY\" or \"ALL\"", found: "\"\(value)\""
                    )
                }
                type = matchType
            } else if cursor.matches(key, "permissions") {
                permissions = try readStringArray(for: "\"permissions\"")
            } else {
                try cursor.skipValue()
            }
        }
        guard let type else {
            throw JSONReadError(
                kind: .unexpectedType, offset: start, expected: "\"type\": \"ANY\" or \"ALL\"", found: "no \"type\"")
        }
        return PermissionRequirement(type: type, permissions: permissions)
    }
}
