import Testing

@testable import Terraform

@Suite struct ResourceAddressTests {
    @Test(arguments: [
        ("genesyscloud_oauth_client.a", "genesyscloud_oauth_client.a"),
        ("genesyscloud_oauth_client.a-b_1", "genesyscloud_oauth_client.a-b_1"),
        ("genesyscloud_oauth_client.a[0]", "genesyscloud_oauth_client.a[0]"),
        (#"genesyscloud_oauth_client.a["k \"q\""]"#, #"genesyscloud_oauth_client.a["k \"q\""]"#),
        ("module.x.module.y[2].genesyscloud_oauth_client.a", "module.x.module.y[2].genesyscloud_oauth_client.a"),
        ("data.genesyscloud_auth_role.admin", "data.genesyscloud_auth_role.admin"),
        ("module.m.data.genesyscloud_auth_role.admin", "module.m.data.genesyscloud_auth_role.admin"),
    ])
    func validAddressesRoundTrip(text: String, canonical: String) throws {
        #expect(try ResourceAddress.parse(text).get().description == canonical)
    }

    @Test func partsAreExposed() throws {
        let address = try ResourceAddress.parse(#"module.a["k"].module.b.data.t.n[3]"#).get()
        #expect(address.module.calls == [.init(name: "a", key: .string("k")), .init(name: "b", key: .none)])
        #expect(address.mode == .data && address.type == "t" && address.name == "n" && address.key == .int(3))
    }

    @Test(arguments: [
        ("", "expected a name at the start, found the end"),
        ("1abc.x", "expected a name at the start, found \"1\""),
        ("module", "expected \".\" after \"module\", found the end"),
        ("module.x", "expected \".\" after \"module.x\", found the end"),
        ("module.x.", "expected a name after \"module.x.\", found the end"),
        ("t.n[", "an instance key is a number or a quoted string: [0] or [\"name\"]"),
        ("t.n[0", "the instance key has no closing \"]\""),
        ("t.n[\"a]", "the quoted instance key has no closing quote"),
        ("t.n.x", "unexpected \".x\" after \"t.n\""),
        ("data.t", "expected \".\" after \"t\", found the end"),
    ])
    func invalidAddressesSayWhy(text: String, message: String) {
        guard case .failure(let error) = ResourceAddress.parse(text) else {
            Issue.record("\(text) parsed")
            return
        }
        #expect(error.message == message)
    }
}
