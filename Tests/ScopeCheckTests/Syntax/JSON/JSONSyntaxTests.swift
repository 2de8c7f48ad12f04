import Testing

@testable import Core
@testable import Syntax
@testable import Terraform

@Suite struct JSONSyntaxTests {
    private func parse(_ text: String) -> HCLFile {
        JSONSyntaxParser.parseFile(bytes: Array(text.utf8), path: "main.tf.json", schema: .terraformConfiguration())
    }

    private func at(_ line: Int, _ column: Int, _ byte: Int) -> SourcePosition {
        SourcePosition(line: line, column: column, byte: byte)
    }

    @Test func readsResourceBlocksWithLabelsAndPositions() throws {
        let file = parse(
            """
            {
              "resource": {
                "genesyscloud_oauth_client": {
                  "ci": {
                    "//": "a comment",
                    "name": "CI",
                    "access_token_validity_seconds": 600
                  }
                }
              }
            }
            """)
        #expect(file.diagnostics.isEmpty)
        let block = try #require(file.body.blocks.first)
        #expect(file.body.blocks.count == 1)
        #expect(block.type == "resource")
        #expect(block.typeRange.start == at(2, 3, 4))
        #expect(block.labels.map(\.value) == ["genesyscloud_oauth_client", "ci"])
        #expect(block.labels[0].range.start == at(3, 5, 22))
        #expect(block.labels[1].range.start == at(4, 7, 59))
        #expect(block.range.end == at(8, 8, 168))
        #expect(block.body.attributes.map(\.name) == ["name", "access_token_validity_seconds"])
        let name = try #require(block.body.attribute("name"))
        #expect(name.nameRange.start == at(6, 9, 102))
        #expect(name.expression.range.start == at(6, 17, 110))
        #expect(name.expression.range.end == at(6, 21, 114))
        guard case .template(let parts) = name.expression.kind, case .literal("CI", let range)? = parts.first else {
            Issue.record("name should be a literal template")
            return
        }
        #expect(range.start == at(6, 18, 111))
        guard case .literal(.number(600))? = block.body.attribute("access_token_validity_seconds")?.expression.kind
        else {
            Issue.record("number literal expected")
            return
        }
    }

    @Test func schemaDecidesBlocksAndAttributes() throws {
        let file = parse(
            #"""
            {
              "resource": {
                "genesyscloud_oauth_client": {
                  "ci": {
                    "roles": [{"role_id": "a"}, {"role_id": "b", "division_id": "*"}],
                    "scopes": ["users"]
                  }
                },
                "genesyscloud_auth_role": {
                  "r": {
                    "permission_policies": {
                      "domain": "routing",
                      "conditions": {"conjunction": "AND", "terms": {"variable_name": "v", "operator": "EQ", "operands": [{"type": "QUEUE"}]}}
                    },
                    "lifecycle": {"ignore_changes": ["name"]}
                  }
                },
                "unknown_type": {
                  "u": {"settings": {"a": 1}, "dynamic": {"x": {"for_each": [], "content": {}}}}
                }
              }
            }
            """#)
        #expect(file.diagnostics.isEmpty)
        let client = file.body.blocks[0].body
        #expect(client.blocks(ofType: "roles").count == 2)
        #expect(client.blocks(ofType: "roles")[1].body.attributes.map(\.name) == ["role_id", "division_id"])
        #expect(client.attribute("scopes") != nil)
        let role = file.body.blocks[1].body
        let policy = try #require(role.blocks(ofType: "permission_policies").first)
        let terms = try #require(policy.body.blocks(ofType: "conditions").first?.body.blocks(ofType: "terms").first)
        #expect(terms.body.blocks(ofType: "operands").count == 1)
        let lifecycle = try #require(role.blocks(ofType: "lifecycle").first)
        guard case .tuple(let elements)? = lifecycle.body.attribute("ignore_changes")?.expression.kind,
            case .variable("name")? = elements.first?.kind
        else {
            Issue.record("ignore_changes entries are expressions")
            return
        }
        let unknown = file.body.blocks[2].body
        #expect(unknown.attribute("settings") != nil)
        #expect(unknown.blocks(ofType: "dynamic").first?.labels.map(\.value) == ["x"])
        #expect(unknown.blocks(ofType: "dynamic").first?.body.blocks(ofType: "content").count == 1)
    }

    @Test func readsTopLevelBlockKinds() throws {
        let file = parse(
            #"""
            {
              "variable": {"env": {"type": "list(string)", "default": ["a"], "sensitive": true}},
              "locals": [{"a": 1}, {"b": "${local.a}"}],
              "output": {"o": {"value": "${local.b}"}},
              "module": {"m": {"source": "./m", "x": 1}},
              "provider": {"genesyscloud": {"sdk_debug": true}},
              "terraform": {"required_providers": {"genesyscloud": {"source": "mypurecloud/genesyscloud"}}},
              "data": {"genesyscloud_auth_role": {"admin": {"name": "Master Admin"}}}
            }
            """#)
        #expect(file.diagnostics.isEmpty)
        #expect(
            file.body.blocks.map(\.type) == [
                "variable", "locals", "locals", "output", "module", "provider", "terraform", "data",
            ])
        let variable = file.body.blocks[0]
        guard case .functionCall("list", let arguments, false)? = variable.body.attribute("type")?.expression.kind,
            case .variable("string")? = arguments.first?.kind
        else {
            Issue.record("type is parsed as a type expression")
            return
        }
        #expect(variable.body.attribute("type")?.expression.range.start == at(2, 33, 34))
        let second = file.body.blocks[2].body.attribute("b")
        guard case .template(let parts)? = second?.expression.kind, parts.count == 1,
            case .interpolation(let inner) = parts[0], case .getAttribute(_, "a") = inner.kind
        else {
            Issue.record("interpolation expected")
            return
        }
        #expect(inner.range.start == at(3, 33, 120))
        #expect(file.body.blocks[6].body.blocks(ofType: "required_providers").count == 1)
        #expect(file.body.blocks[7].labels.map(\.value) == ["genesyscloud_auth_role", "admin"])
    }

    @Test func objectValuesBecomeObjectExpressions() throws {
        let file = parse(#"{"locals": {"m": {"k": [true, null, 1.5], "${local.x}": "v"}}}"#)
        guard case .object(let items)? = file.body.blocks.first?.body.attribute("m")?.expression.kind else {
            Issue.record("object expected")
            return
        }
        #expect(items.count == 2)
        guard case .tuple(let elements) = items[0].value.kind else {
            Issue.record("tuple expected")
            return
        }
        #expect(elements.count == 3)
        guard case .template(let parts) = items[1].key.kind, case .interpolation = parts.first else {
            Issue.record("template key expected")
            return
        }
    }

    @Test func reportsWrongShapes() {
        let file = parse(
            #"""
            {
              "resource": {"genesyscloud_oauth_client": {"x": "not an object"}},
              "variable": ["v"],
              "locals": {"a": 1, "a": 2}
            }
            """#)
        #expect(
            file.diagnostics.map(\.description) == [
                "main.tf.json:2:51: error: Incorrect JSON value type; the body of a resource block must be a JSON object of arguments and blocks, not a string",
                "main.tf.json:3:16: error: Incorrect JSON value type; a variable block needs 1 label: a JSON object whose keys are the labels is required here, not a string",
                "main.tf.json:4:22: error: Duplicate argument; the argument \"a\" was already set at main.tf.json:4:14",
            ])
        #expect(file.body.blocks.map(\.type) == ["resource", "locals"])
    }

    @Test func reportsMalformedJSON() {
        let file = parse("{\"resource\": }")
        #expect(
            file.diagnostics.map(\.description) == [
                "main.tf.json:1:14: error: Invalid JSON; expected value, found '}'"
            ])
        #expect(file.body.blocks.isEmpty)
        let root = parse("[1]")
        #expect(root.diagnostics.first?.summary == "Incorrect JSON value type")
    }

    @Test func variablesFilesKeepStringsLiteral() throws {
        let file = JSONSyntaxParser.parseAttributesFile(
            bytes: Array(#"{"a": "${x}", "b": {"c": ["d"]}}"#.utf8), path: "terraform.tfvars.json")
        #expect(file.diagnostics.isEmpty)
        guard case .template(let parts)? = file.body.attribute("a")?.expression.kind,
            case .literal("${x}", _)? = parts.first
        else {
            Issue.record("literal string expected")
            return
        }
        #expect(file.body.attribute("b") != nil)
        #expect(
            Evaluator.evaluate(try #require(file.body.attribute("b")).expression, context: EvaluationContext()).0
                == .object(["c": .list([.string("d")])]))
    }

    @Test func reportsTemplateSyntaxErrors() {
        let file = parse(#"{"locals": {"a": "${"}}"#)
        #expect(file.diagnostics.first?.severity == .error)
        #expect(file.diagnostics.first?.range?.start.line == 1)
    }
}
