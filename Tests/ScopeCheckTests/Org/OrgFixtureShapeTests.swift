import Foundation
import Syntax
import Testing

/// The reference spec of the shared corpus, when present.
private let referenceSpec = TestSupport.corpusFile("genesys/reference-swagger.json")

/// The saved API answers of `samples/audit-org` keep the shapes of the Platform API: every key of
/// every object is a property of its definition, in the sample spec and in the reference spec.
@Suite struct OrgFixtureShapeTests {
    /// The sample spec the fixtures are written against.
    static let sampleSpec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json")

    /// The definition of each file's root that the fixtures must cover, so that an empty or
    /// missing folder cannot pass.
    static let expectedRoots: Set<String> = [
        "OAuthClientEntityListing", "OrganizationRoleEntityListing", "ActionEntityListing", "Integration",
        "Credential", "ApiUsageQueryResult",
    ]

    /// The fixtures checked against `spec`: the problems found and the definitions the roots were
    /// checked against.
    static func checkFixtures(against spec: URL) throws -> (problems: [String], roots: Set<String>) {
        let schema = try DefinitionSchema(spec: spec)
        var problems: [String] = []
        var roots: Set<String> = []
        for (folder, isUsage) in [("samples/audit-org/org", false), ("samples/audit-org/usage", true)] {
            for file in try jsonFiles(under: folder) {
                let root = try parse(file)
                for (node, path, definition) in FixtureShapes.roots(of: root, isUsage: isUsage) {
                    guard let definition else {
                        problems.append("\(file): \(path): not an object the org export loader reads")
                        continue
                    }
                    roots.insert(definition)
                    problems += schema.problems(in: node, definition: definition, path: path).map { "\(file): \($0)" }
                }
            }
        }
        return (problems, roots)
    }

    /// The `.json` files under `folder` (relative to the package root), in path order.
    static func jsonFiles(under folder: String) throws -> [String] {
        let url = TestSupport.packageRoot.appendingPathComponent(folder)
        let enumerator = try #require(FileManager.default.enumerator(atPath: url.path), "no folder \(folder)")
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".json") { files.append("\(folder)/\(path)") }
        }
        return files.sorted()
    }

    /// The root of the JSON file at `file` (relative to the package root), read by the project's reader.
    static func parse(_ file: String) throws -> JSONNode {
        let bytes = try [UInt8](Data(contentsOf: TestSupport.packageRoot.appendingPathComponent(file)))
        let document = JSONDocument.parse(bytes: bytes, path: file)
        return try #require(document.root, "\(file): \(document.diagnostics.map { "\($0)" })")
    }

    @Test func theFixturesMatchTheSampleSpec() throws {
        let (problems, roots) = try Self.checkFixtures(against: Self.sampleSpec)
        #expect(problems == [])
        #expect(roots == Self.expectedRoots)
    }

    @Test(.enabled(if: referenceSpec != nil, "needs ../shared/corpus/genesys/reference-swagger.json"))
    func theFixturesMatchTheReferenceSpec() throws {
        let (problems, roots) = try Self.checkFixtures(against: try #require(referenceSpec))
        #expect(problems == [])
        #expect(roots == Self.expectedRoots)
    }

    @Test func theCheckerCatchesAnInventedKey() throws {
        let schema = try DefinitionSchema(spec: Self.sampleSpec)
        let fixture = """
            {"results": [{"clientId": "8b7d4e21", "organization_id": "4b1d2c3e", "templateUri": "api/v2/users",
              "httpMethod": "GET", "requests": 1, "status200": 1}], "queryStatus": "Complete", "cursors": {}}
            """
        let root = try #require(JSONDocument.parse(fixture, path: "memory.json").root)
        #expect(
            schema.problems(in: root, definition: "ApiUsageQueryResult", path: "$") == [
                "$.results[0].organization_id: not a property of ApiUsageRow"
            ])
    }

    @Test func theCheckerFollowsRefsItemsAndMapValues() throws {
        let schema = try DefinitionSchema(spec: Self.sampleSpec)
        let fixture = """
            [{"id": "i", "intendedState": "ENABLED", "integrationType": {"id": "purecloud-data-actions"},
              "config": {"current": {"name": "n", "version": 1, "properties": {"anything": {"goes": 1}},
                "advanced": {}, "notes": "", "credentials": {"pureCloudOAuthClient": {"id": "c", "secret": "s"}}}},
              "attributes": {"free": "form"}}]
            """
        let root = try #require(JSONDocument.parse(fixture, path: "memory.json").root)
        let roots = FixtureShapes.roots(of: root, isUsage: false)
        #expect(roots.map(\.definition) == ["Integration"])
        #expect(
            roots.flatMap { schema.problems(in: $0.node, definition: "Integration", path: $0.path) } == [
                "$[0].config.current.credentials.pureCloudOAuthClient.secret: not a property of CredentialInfo"
            ])
    }

    @Test func theCheckerCatchesAWrongType() throws {
        let schema = try DefinitionSchema(spec: Self.sampleSpec)
        let fixture = #"{"id": "r", "permissionPolicies": [{"domain": "routing", "actionSet": "view"}]}"#
        let root = try #require(JSONDocument.parse(fixture, path: "memory.json").root)
        #expect(
            schema.problems(in: root, definition: "DomainOrganizationRole", path: "$") == [
                "$.permissionPolicies[0].actionSet: a string, where DomainPermissionPolicy has an array"
            ])
    }

    /// The sample spec's definitions are those of the reference, property by property (its
    /// `ActionContract` is kept free-form on purpose).
    @Test(.enabled(if: referenceSpec != nil, "needs ../shared/corpus/genesys/reference-swagger.json"))
    func theSampleDefinitionsAgreeWithTheReference() throws {
        let sample = try DefinitionSchema(spec: Self.sampleSpec)
        let reference = try DefinitionSchema(spec: try #require(referenceSpec))
        var problems: [String] = []
        for (name, definition) in sample.definitions.sorted(by: { $0.key < $1.key }) {
            guard let other = reference.definitions[name] else {
                problems.append("\(name): not a definition of the reference")
                continue
            }
            for member in definition["properties"]?.objectMembers ?? [] {
                guard let property = other["properties"]?[member.key] else {
                    problems.append("\(name).\(member.key): not a property of the reference's \(name)")
                    continue
                }
                let mine = DefinitionSchema.shape(of: member.value)
                let theirs = DefinitionSchema.shape(of: property)
                if mine != theirs, !(name == "ActionContract" && mine == "object") {
                    problems.append("\(name).\(member.key): \(mine) here, \(theirs) in the reference")
                }
            }
        }
        #expect(problems == [])
    }
}

/// How the org export loader tells the objects of a saved answer apart, by the definition each
/// is checked against.
private enum FixtureShapes {
    /// The definition of an object, by the first key of these it has (not null), as the loader
    /// decides.
    static let objectKeys: [(key: String, definition: String)] = [
        ("authorizedGrantType", "OAuthClient"), ("permissionPolicies", "DomainOrganizationRole"),
        ("integrationId", "Action"), ("integrationType", "Integration"), ("credentialFields", "Credential"),
    ]

    /// The listing definition of each entity definition.
    static let listings: [String: String] = [
        "OAuthClient": "OAuthClientEntityListing", "DomainOrganizationRole": "OrganizationRoleEntityListing",
        "Action": "ActionEntityListing",
    ]

    /// The definition of one object; nil when the loader would reject it.
    static func definition(of object: JSONNode) -> String? {
        objectKeys.first { object[$0.key].map { !$0.isNull } ?? false }?.definition
    }

    /// The values of a saved answer to check, with their JSON paths and definitions (nil when
    /// none fits): a usage file is an `ApiUsageQueryResult` (or an array of rows); an org file is
    /// a listing whose entities say which, an array of objects, or one object.
    static func roots(of root: JSONNode, isUsage: Bool) -> [(node: JSONNode, path: String, definition: String?)] {
        if let elements = root.arrayValue {
            return elements.enumerated().map { index, element in
                (element, "$[\(index)]", isUsage ? "ApiUsageRow" : definition(of: element))
            }
        }
        if isUsage { return [(root, "$", "ApiUsageQueryResult")] }
        if let entities = root["entities"]?.arrayValue {
            let kinds = Set(entities.map { definition(of: $0) ?? "?" })
            return [(root, "$", kinds.count == 1 ? kinds.first.flatMap { listings[$0] } : nil)]
        }
        return [(root, "$", definition(of: root))]
    }
}

/// The `definitions` of a Swagger 2.0 document, and a check that a saved answer uses only the
/// properties they declare.
private struct DefinitionSchema {
    let definitions: [String: JSONNode]

    /// The definitions of the spec at `spec`. The document is split by Foundation and each
    /// definition read by the project's reader on its own: `JSONDocument` finds the start position
    /// of every array and object by walking the text again from its beginning, which takes hours on
    /// the 18 MB one-line reference spec.
    init(spec: URL) throws {
        let document = try JSONSerialization.jsonObject(with: try Data(contentsOf: spec)) as? [String: Any]
        let all = try #require(document?["definitions"] as? [String: Any], "\(spec.path) has no definitions")
        var definitions: [String: JSONNode] = [:]
        for (name, definition) in all {
            let bytes = try [UInt8](JSONSerialization.data(withJSONObject: definition))
            let parsed = JSONDocument.parse(bytes: bytes, path: "\(spec.lastPathComponent)#/definitions/\(name)")
            let root = try #require(parsed.root, "\(name): \(parsed.diagnostics.map { "\($0)" })")
            definitions[name] = root
        }
        self.definitions = definitions
    }

    /// The problems of `value` checked against the definition `name`, each as `JSONPATH: what`.
    func problems(in value: JSONNode, definition name: String, path: String) -> [String] {
        var problems: [String] = []
        check(value, against: nil, reference: name, owner: name, path: path, into: &problems)
        return problems
    }

    /// Checks `value` against `schema`, or against the definition `reference` names when given;
    /// `$ref`s are followed. `owner` is the definition the schema belongs to, for messages.
    private func check(
        _ value: JSONNode, against schema: JSONNode?, reference: String? = nil, owner: String, path: String,
        into problems: inout [String]
    ) {
        var schema = schema
        var owner = owner
        var name = reference
        var hops = 0
        while let next = name ?? schema.flatMap(Self.referencedName) {
            guard hops < 32, let definition = definitions[next] else {
                problems.append("\(path): the definition \(next) is missing")
                return
            }
            schema = definition
            owner = next
            name = nil
            hops += 1
        }
        guard let schema, !value.isNull else { return }
        if let type = schema["type"]?.stringValue, !Self.value(value, is: type) {
            problems.append("\(path): \(Self.article(value.kindName)), where \(owner) has \(Self.article(type))")
            return
        }
        if let members = value.objectMembers {
            if let properties = schema["properties"], properties.objectMembers != nil {
                for member in members {
                    let memberPath = Self.path(path, key: member.key)
                    guard let property = properties[member.key] else {
                        problems.append("\(memberPath): not a property of \(owner)")
                        continue
                    }
                    check(member.value, against: property, owner: owner, path: memberPath, into: &problems)
                }
            } else if let values = schema["additionalProperties"], values.objectMembers != nil {
                for member in members {
                    let memberPath = Self.path(path, key: member.key)
                    check(member.value, against: values, owner: owner, path: memberPath, into: &problems)
                }
            }
        } else if let elements = value.arrayValue, let items = schema["items"] {
            for (index, element) in elements.enumerated() {
                check(element, against: items, owner: owner, path: "\(path)[\(index)]", into: &problems)
            }
        }
    }

    /// `X` of a schema `{"$ref": "#/definitions/X"}`.
    private static func referencedName(_ schema: JSONNode) -> String? {
        guard let target = schema["$ref"]?.stringValue else { return nil }
        return target.hasPrefix("#/definitions/") ? String(target.dropFirst("#/definitions/".count)) : target
    }

    /// Whether `value` has the JSON type `type` of a schema.
    private static func value(_ value: JSONNode, is type: String) -> Bool {
        switch type {
        case "object": value.objectMembers != nil
        case "array": value.arrayValue != nil
        case "string": value.stringValue != nil
        case "boolean": value.boolValue != nil
        case "integer": value.numberValue.map { $0.rounded() == $0 } ?? false
        case "number": value.numberValue != nil
        default: true
        }
    }

    /// `path.key`, or `path["key"]` when the key is not a plain name.
    private static func path(_ path: String, key: String) -> String {
        let plain = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || "_$-".contains($0) }
        return plain ? "\(path).\(key)" : "\(path)[\"\(key)\"]"
    }

    private static func article(_ noun: String) -> String {
        "aeiou".contains(noun.first ?? " ") ? "an \(noun)" : "a \(noun)"
    }

    /// A property's shape in short, to compare two specs: `$ref X`, `array of SHAPE`, a type with
    /// its format, or `map of SHAPE`.
    static func shape(of schema: JSONNode) -> String {
        if let name = referencedName(schema) { return "$ref \(name)" }
        let type = schema["type"]?.stringValue ?? "any"
        if type == "array", let items = schema["items"] { return "array of \(shape(of: items))" }
        if type == "object", let values = schema["additionalProperties"], values.objectMembers != nil {
            return "map of \(shape(of: values))"
        }
        return schema["format"]?.stringValue.map { "\(type) (\($0))" } ?? type
    }
}
