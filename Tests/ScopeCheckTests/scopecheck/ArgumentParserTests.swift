import Testing

@testable import scopecheck

@Suite struct ArgumentParserTests {
    let spec = CommandSpec(
        name: "demo", summary: "Demo command.", positionals: "[DIR...]",
        options: [
            OptionSpec("--spec", value: "FILE", help: "spec file"),
            OptionSpec("--var", value: "NAME=VALUE", repeatable: true, help: "variable"),
            OptionSpec("--recursive", help: "walk folders"),
        ])

    @Test func readsValuesFlagsAndPositionalsInOrder() throws {
        let parsed = try ArgumentParser.parse(
            ["a", "--spec", "s.json", "--var=x=1", "--recursive", "--var", "y=2", "b"], for: spec)
        #expect(parsed.positionals == ["a", "b"])
        #expect(parsed.value("--spec") == "s.json")
        #expect(parsed.all("--var") == ["x=1", "y=2"])
        #expect(parsed.has("--recursive"))
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try ArgumentParser.parse(["--", "--spec", "-"], for: spec)
        #expect(parsed.positionals == ["--spec", "-"])
        #expect(parsed.values.isEmpty)
    }

    @Test func helpIsAFlag() throws {
        #expect(try ArgumentParser.parse(["-h"], for: spec).has("--help"))
        #expect(spec.help.contains("--var NAME=VALUE"))
        #expect(spec.help.contains("(repeatable)"))
    }

    @Test func unknownOptionSuggestsTheNearest() {
        #expect(throws: UsageError("unknown option --spc for 'scopecheck demo'; did you mean --spec?")) {
            try ArgumentParser.parse(["--spc", "x"], for: spec)
        }
    }

    @Test func rejectsMissingValuesRepeatsAndValuedFlags() {
        #expect(throws: UsageError("option --spec needs a value (FILE)")) {
            try ArgumentParser.parse(["--spec"], for: spec)
        }
        #expect(throws: UsageError("option --spec was given more than once")) {
            try ArgumentParser.parse(["--spec", "a", "--spec", "b"], for: spec)
        }
        #expect(throws: UsageError("option --recursive takes no value")) {
            try ArgumentParser.parse(["--recursive=yes"], for: spec)
        }
    }
}
