import Testing

@testable import Core
@testable import Syntax
@testable import Terraform

@Suite struct ProviderSchemaTests {
    private let schema = ProviderSchema.genesysCloud

    @Test func oauthClientAttributes() throws {
        let client = try #require(schema.resource("genesyscloud_oauth_client"))
        #expect(
            client.attributes.map(\.name) == [
                "name", "description", "authorized_grant_type", "scopes", "access_token_validity_seconds",
                "registered_redirect_uris", "state", "integration_credential_name", "expose_client_secret",
                "directory_client_secret", "integration_credential_id", "client_id", "client_secret",
            ])
        #expect(client.requiredAttributeNames == ["name", "authorized_grant_type"])
        let grant = try #require(client.attribute("authorized_grant_type"))
        #expect(grant.kind == .string)
        #expect(
            grant.allowedValues == ["CODE", "TOKEN", "SAML2BEARER", "SAML2-BEARER", "PASSWORD", "CLIENT-CREDENTIALS"])
        #expect(grant.allowedValues?.contains("CLIENT_CREDENTIALS") == false)
        let validity = try #require(client.attribute("access_token_validity_seconds")?.numberRange)
        #expect(
            validity.contains(300) && validity.contains(172_800) && !validity.contains(172_801)
                && !validity.contains(299))
        #expect(validity.exceptionalMaximum == 38_880_000)
        #expect(client.attribute("access_token_validity_seconds")?.defaultValue == .number(86_400))
        #expect(client.attribute("state")?.allowedValues == ["active", "inactive"])
        #expect(client.attribute("state")?.defaultValue == .string("active"))
        #expect(client.attribute("scopes")?.kind == .setOfStrings)
        #expect(client.attribute("scopes")?.requiredWhen?.holds(for: "CODE") == true)
        #expect(client.attribute("scopes")?.requiredWhen?.holds(for: "CLIENT-CREDENTIALS") == false)
        #expect(client.attribute("registered_redirect_uris")?.appliesWhen?.holds(for: "TOKEN") == true)
        #expect(client.attribute("expose_client_secret")?.kind == .bool)
        for computed in ["integration_credential_id", "client_id", "client_secret"] {
            #expect(client.attribute(computed)?.presence == .computed)
        }
        let roles = try #require(client.block("roles"))
        #expect(roles.nesting == .set)
        #expect(roles.requiredWhen?.holds(for: "CLIENT-CREDENTIALS") == true)
        #expect(roles.body.requiredAttributeNames == ["role_id"])
        #expect(roles.body.attribute("division_id")?.presence == .optional)
        #expect(client.attribute("type") == nil)
        #expect(client.attribute("redirect_uris") == nil)
    }

    @Test func authRoleAttributesAndNestedBlocks() throws {
        let role = try #require(schema.resource("genesyscloud_auth_role"))
        #expect(role.attributes.map(\.name) == ["name", "description", "default_role_id", "permissions"])
        #expect(role.requiredAttributeNames == ["name"])
        #expect(role.attribute("permissions")?.kind == .setOfStrings)
        let policies = try #require(role.block("permission_policies"))
        #expect(policies.body.attributes.map(\.name) == ["domain", "entity_name", "action_set"])
        let conditions = try #require(policies.body.block("conditions"))
        #expect(conditions.maximumItems == 1)
        #expect(conditions.body.attribute("conjunction")?.allowedValues == ["AND", "OR"])
        let terms = try #require(conditions.body.block("terms"))
        #expect(terms.body.attributes.map(\.name) == ["variable_name", "operator"])
        let operands = try #require(terms.body.block("operands"))
        #expect(operands.body.attributes.map(\.name) == ["type", "queue_id", "user_id", "value"])
        #expect(operands.body.attribute("type")?.allowedValues == ["USER", "QUEUE", "SCALAR", "VARIABLE"])
    }

    @Test func lookupsByMode() {
        #expect(schema.schema(for: .data, type: "genesyscloud_auth_role")?.requiredAttributeNames == ["name"])
        #expect(schema.schema(for: .data, type: "genesyscloud_oauth_client") != nil)
        #expect(schema.schema(for: .managed, type: "genesyscloud_routing_queue") == nil)
        #expect(schema.dataSource("genesyscloud_auth_division") == nil)
        #expect(schema.source == "MyPureCloud/genesyscloud")
    }
}

@Suite struct TypeConstraintTests {
    private func type(_ source: String) -> (TypeConstraint, [Diagnostic]) {
        let (expression, _) = HCLParser.parseExpression(source, path: "t.tf")
        return TypeConstraint.parse(expression)
    }

    @Test func parsesTypeExpressions() {
        #expect(type("string").0 == .string)
        #expect(type("list(map(number))").0 == .list(.map(.number)))
        #expect(type("set(any)").0 == .set(.any))
        #expect(type("tuple([string, bool])").0 == .tuple([.string, .bool]))
        #expect(
            type(#"object({ name = string, size = optional(number, 3) })"#).0
                == .object([
                    ObjectAttributeType(name: "name", type: .string),
                    ObjectAttributeType(name: "size", type: .number, optional: true, defaultValue: .number(3)),
                ]))
        #expect(type("object({ b = string, a = bool })").0.description == "object({a = bool, b = string})")
    }

    @Test func reportsInvalidTypes() {
        #expect(type("strin").1.map(\.detail) == ["the keyword \"strin\" is not a type name"])
        #expect(type("list(string, number)").1.map(\.detail) == ["list(...) takes exactly one argument"])
        #expect(type("1").1.map(\.summary) == ["Invalid type specification"])
        #expect(type(#""string""#).1.map(\.summary) == ["Invalid quoted type constraints"])
        #expect(
            type("object({ a = optional(number, \"x\") })").1.map(\.summary) == [
                "Invalid default value for optional attribute"
            ])
    }

    @Test func convertsValues() {
        #expect(TypeConstraint.string.convert(.number(5)) == .success(.string("5")))
        #expect(TypeConstraint.number.convert(.string("5")) == .success(.number(5)))
        #expect(TypeConstraint.bool.convert(.string("true")) == .success(.bool(true)))
        #expect(
            TypeConstraint.set(.string).convert(.list([.string("b"), .string("a"), .string("b")]))
                == .success(.list([.string("a"), .string("b")])))
        #expect(
            TypeConstraint.map(.number).convert(.object(["a": .string("1")])) == .success(.object(["a": .number(1)])))
        #expect(TypeConstraint.number.convert(.null) == .success(.null))
        #expect(
            TypeConstraint.list(.string).convert(.list([.list([])]))
                == .failure(TypeConversionError("element 0: string required, got list")))
        #expect(
            TypeConstraint.object([ObjectAttributeType(name: "a", type: .string)]).convert(.object([:]))
                == .failure(TypeConversionError("attribute \"a\" is required")))
        #expect(
            TypeConstraint.tuple([.string]).convert(.list([]))
                == .failure(TypeConversionError("tuple of 1 elements required, got 0")))
        let unknown = Value.unknown(Unknown(reason: "r", range: nil))
        #expect(TypeConstraint.string.convert(unknown) == .success(unknown))
    }
}
