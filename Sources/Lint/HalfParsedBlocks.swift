import Core
import Rules
import Syntax

/// Keeps quiet what follows only from a syntax error: in a top-level block that holds one, the
/// parser recovered with part of the block missing or misread, so a finding there (a missing
/// attribute that was written after the error, a scope read from a broken list) may be the
/// error's echo. Only the syntax error itself is reported for such a block.
enum HalfParsedBlocks {
    /// `findings` without those inside a top-level block of `files` that holds a syntax error;
    /// `parse-error` findings stay.
    static func quiet(_ findings: [Finding], files: [HCLFile]) -> [Finding] {
        var broken: [SourceRange] = []
        for file in files {
            let errors = file.diagnostics.filter { $0.severity == .error }.compactMap(\.range)
            guard !errors.isEmpty else { continue }
            broken += file.body.blocks.map(\.range).filter { block in errors.contains(where: block.contains) }
        }
        guard !broken.isEmpty else { return findings }
        return findings.filter { finding in
            finding.rule == RuleRegistry.parseError.id || !broken.contains { $0.contains(finding.range) }
        }
    }
}
