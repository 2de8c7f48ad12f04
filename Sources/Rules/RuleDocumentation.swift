import Foundation

/// The documentation pages of the rules, `docs/rules/<id>.md`, rendered from each rule's
/// metadata and examples, and their index `docs/rules/README.md`. The committed pages are
/// checked against this rendering; `writeAll(to:)` regenerates them.
public enum RuleDocumentation {
    /// The page of a rule: its descriptor's page with the rule's examples.
    public static func markdown(for rule: any Rule) -> String {
        page(rule.descriptor, examples: rule.examples)
    }

    /// The page of a descriptor that has no rule type of its own (`parse-error`, the
    /// suppression annotations' rules): no examples.
    public static func markdown(for descriptor: RuleDescriptor) -> String {
        page(descriptor, examples: [])
    }

    /// The index page: every descriptor's id, default severity and summary, sorted by id.
    public static func index(of descriptors: [RuleDescriptor] = RuleRegistry.descriptors) -> String {
        var lines = [
            "# Rules",
            "",
            "Every finding of `scopecheck lint` belongs to one of these rules. Change a rule's severity or turn it",
            "off in [`.scopecheck.hcl`](../config.md#rule-blocks); accept one finding with",
            "`# scopecheck:ignore <id> -- <reason>` ([inline suppressions](../config.md#inline-suppressions)).",
            "",
            "These pages are generated from the rules themselves: after changing a rule, run",
            "`scopecheck rules --docs docs/rules`.",
            "",
            "| rule | default severity | summary |",
            "| --- | --- | --- |",
        ]
        for descriptor in descriptors.sorted(by: { $0.id < $1.id }) {
            lines.append(
                "| [\(descriptor.id)](\(descriptor.id).md) | \(descriptor.defaultSeverity.rawValue) | "
                    + "\(descriptor.summary.replacingOccurrences(of: "|", with: "\\|")) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every page by file name: one per registered descriptor (with examples when a rule has
    /// them) and `README.md`.
    public static var pages: [(file: String, text: String)] {
        let rules = Dictionary(
            RuleRegistry.rules.map { ($0.descriptor.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rulePages = RuleRegistry.descriptors.map { descriptor in
            (file: "\(descriptor.id).md", text: rules[descriptor.id].map(markdown(for:)) ?? markdown(for: descriptor))
        }
        return rulePages + [(file: "README.md", text: index())]
    }

    /// Writes every page into `directory` (created when missing), replacing pages of the same
    /// name and leaving other files alone.
    public static func writeAll(to directory: String) throws {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for page in pages {
            try Data(page.text.utf8).write(to: folder.appendingPathComponent(page.file), options: .atomic)
        }
    }

    private static func page(_ descriptor: RuleDescriptor, examples: [RuleExample]) -> String {
        var lines = [
            "# \(descriptor.id)",
            "",
            descriptor.summary,
            "",
            "Default severity: **\(descriptor.defaultSeverity.rawValue)**",
            "",
            "## Why",
            "",
            descriptor.explanation,
        ]
        if !examples.isEmpty {
            lines += ["", "## Examples"]
            for example in examples.filter(\.triggers) + examples.filter({ !$0.triggers }) {
                lines += ["", example.triggers ? "### Reported" : "### Not reported", ""]
                lines += codeBlock(example.terraform, file: "main.tf")
                if let policy = example.policy {
                    lines += [""] + codeBlock(policy, file: "policy.hcl")
                }
            }
        }
        lines += [
            "",
            "## How to fix",
            "",
            examples.isEmpty
                ? "The message says what is wrong and where; the explanation above says how to put it right."
                : "The message says what is wrong and what fails at run time. Where the change is certain, the report "
                    + "adds it on a `fix:` line (the `fix` field of the JSON report). The examples that are not "
                    + "reported above show configurations the rule accepts.",
            "",
            "## Suppress",
            "",
            "To accept a finding in a Terraform file, say why in an annotation on the line before it (or at the end of",
            "its line); see [inline suppressions](../config.md#inline-suppressions):",
            "",
            "```hcl",
            "# scopecheck:ignore \(descriptor.id) -- <reason>",
            "```",
            "",
            "Annotations are read in Terraform files only. For findings in a policy file, or to change the rule for a",
            "whole project, set `rule \"\(descriptor.id)\" { severity = \"note\" }` or `enabled = false` in",
            "[`.scopecheck.hcl`](../config.md#rule-blocks), or record the findings in a [baseline](../config.md#baselines).",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A fenced HCL block headed by the file it stands for.
    private static func codeBlock(_ text: String, file: String) -> [String] {
        ["`\(file)`:", "", "```hcl", text, "```"]
    }
}
