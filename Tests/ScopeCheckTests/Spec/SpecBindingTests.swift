import Testing

@testable import Spec

@Suite struct SpecBindingTests {
    private func parse(_ text: String, existing: Set<String> = []) throws -> SpecBinding {
        try SpecBinding.parse(text, fileExists: existing.contains)
    }

    @Test func readsFileAndHostEqualsFile() throws {
        #expect(try parse("genesys.json") == SpecBinding(path: "genesys.json"))
        #expect(try parse("api.eu-gene.com=gateway.json") == SpecBinding(path: "gateway.json", host: "api.eu-gene.com"))
        #expect(try parse("API.EU-gene.com.=specs/gw.json").host == "api.eu-gene.com")
        #expect(try parse("localhost:8080=local.json") == SpecBinding(path: "local.json", host: "localhost"))
        #expect(try parse("10.0.0.7=gw.json").host == "10.0.0.7")
        #expect(try parse("api.eu-gene.com=gateway=v2.json").path == "gateway=v2.json")
    }

    @Test func keepsPathsWithEqualsSigns() throws {
        #expect(try parse("specs/v=2.json") == SpecBinding(path: "specs/v=2.json"))
        #expect(try parse("build=7/spec.json") == SpecBinding(path: "build=7/spec.json"))
        #expect(try parse("-bad-.host=x.json") == SpecBinding(path: "-bad-.host=x.json"))
        #expect(try parse("a.b=c.json", existing: ["a.b=c.json"]) == SpecBinding(path: "a.b=c.json"))
        #expect(try parse("=a.b=c.json") == SpecBinding(path: "a.b=c.json"))
    }

    @Test func refusesBindingsWithoutAFile() {
        #expect(throws: SpecBinding.ParseError(description: "empty spec: expected FILE or HOST=FILE")) {
            try parse("")
        }
        #expect(throws: SpecBinding.ParseError(description: "\"=\" without a spec file after it")) { try parse("=") }
        #expect(
            throws: SpecBinding.ParseError(
                description: "\"api.eu-gene.com=\" binds the host api.eu-gene.com to no spec file: expected HOST=FILE")
        ) { try parse("api.eu-gene.com=") }
    }

    @Test func printsAsWritten() throws {
        for text in ["genesys.json", "api.eu-gene.com=gateway.json", "=a.b=c.json", "=specs/v=2.json"] {
            let binding = try parse(text)
            #expect(try parse(binding.description) == binding)
        }
        #expect(SpecBinding(path: "g.json", host: "API.EU-GENE.COM:443").description == "api.eu-gene.com=g.json")
    }

    @Test func comparesHostsWithoutCaseOrPort() {
        #expect(HostName.normalized("Api.Example.COM:8443") == "api.example.com")
        #expect(HostName.normalized("example") == nil)
        #expect(HostName.normalized("example:80") == "example")
        #expect(HostName.normalized("exa mple.com") == nil)
        #expect(HostName.normalized("x.com:http") == nil)
        #expect(RequestTarget.host(of: "https://API.eu-gene.com:443/api?x=1") == "api.eu-gene.com")
        #expect(RequestTarget.host(of: "/api/v2/users") == nil)
    }
}
