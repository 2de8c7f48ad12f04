import Core
import Foundation
import Genesys
import Graph
import Terraform

/// Plans the safe fixes of a requirement graph: misspelt grant types, `redirect_uris`, the
/// scope lists of user-grant clients (unknown, missing and excess scopes), and `sensitive = true`
/// on the variables and outputs that carry secrets, as minimal text edits on the files that
/// were parsed. The facts come from the same graph the rules read.
///
/// Instances of one client block (`count`, `for_each`, a module called several times) whose
/// values are written in the same place share that text: their fixes are applied only when every
/// one of them needs the same edits.
public enum FixPlanner {
    /// The plan for `graph`, made on the text of the files as they were parsed.
    public static func plan(_ graph: RequirementGraph) -> FixPlan {
        func bytes(of file: String) -> [UInt8]? { graph.sourceFiles[file]?.bytes }
        var blocks: [[SourceRange]: [BlockFix]] = [:]
        for entry in graph.clients {
            let client = entry.client
            let written =
                [client.instance.range]
                + [client.grantTypeOrigin, client.scopesOrigin].map {
                    $0?.range ?? client.instance.range
                }
            blocks[written, default: []].append(plan(entry, graph: graph))
        }
        var plan = FixPlan()
        let installed = graph.modules.reduce(into: [String: InstalledModuleCall]()) { calls, module in
            calls.merge(module.configuration.installedModuleCalls) { first, _ in first }
        }
        for written in blocks.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            guard let fixes = blocks[written], let first = fixes.first else { continue }
            if fixes.dropFirst().allSatisfy({ $0.edits == first.edits }) {
                add(first, to: &plan, installed: installed)
                continue
            }
            let resource = first.address.split(separator: "[").first.map(String.init) ?? first.address
            var skipped = fixes.flatMap(\.skipped)
            skipped += fixes.flatMap(\.changes).map { change in
                SkippedFix(
                    rule: change.rule, address: change.address, range: change.range,
                    reason:
                        "\(change.message) for this instance, but the instances of \(resource) need different changes")
            }
            plan.skipped += skipped
        }
        for unmarked in graph.unmarkedSecretVariables {
            add(SensitiveFix.plan(unmarked, sources: graph.sourceFiles), to: &plan, installed: installed)
        }
        for unmarked in graph.unmarkedSecretOutputs {
            add(SensitiveFix.plan(unmarked, sources: graph.sourceFiles), to: &plan, installed: installed)
        }
        for file in plan.edits.keys { plan.originals[file] = bytes(of: file) }
        plan.changes = unique(plan.changes).sorted(by: { ($0.range, $0.message) < ($1.range, $1.message) })
        plan.skipped = unique(plan.skipped).sorted(by: { ($0.range, $0.reason) < ($1.range, $1.reason) })
        return plan
    }

    /// The fixes of one client instance.
    static func plan(_ entry: GraphClient, graph: RequirementGraph) -> BlockFix {
        let client = entry.client
        var fix = BlockFix(address: client.address, sources: graph.sourceFiles)
        GrantTypeFix.plan(client, into: &fix)
        RedirectURIsFix.plan(client, into: &fix)
        let grantType = client.knownGrantType ?? client.grantType?.value.stringValue.flatMap(GrantType.correcting)
        if let grantType { ScopeListFix.plan(entry, grantType: grantType, graph: graph, into: &fix) }
        return fix
    }

    /// Adds a block's fixes, leaving out edits another block already made (a module directory
    /// analysed twice) and refusing edits that overlap others or fall in code `terraform init`
    /// installed (`installed`: by file), which the next init would undo.
    private static func add(_ fix: BlockFix, to plan: inout FixPlan, installed: [String: InstalledModuleCall]) {
        if let call = fix.edits.lazy.compactMap({ installed[$0.file] }).first {
            plan.skipped += fix.changes.map {
                SkippedFix(
                    rule: $0.rule, address: $0.address, range: call.range,
                    reason:
                        "\($0.message), but it is written in \(call.address), which terraform init installed from "
                        + "\"\(call.source)\": change the module's inputs or its source instead")
            }
            plan.skipped += fix.skipped
            return
        }
        let existing = plan.edits.values.flatMap { $0 }
        let new = fix.edits.filter { !existing.contains($0) }
        guard !new.contains(where: { edit in existing.contains { $0.conflicts(with: edit) } }) else {
            plan.skipped += fix.changes.map {
                SkippedFix(
                    rule: $0.rule, address: $0.address, range: $0.range,
                    reason: "\($0.message), but another fix edits the same text")
            }
            plan.skipped += fix.skipped
            return
        }
        for edit in new { plan.edits[edit.file, default: []].append(edit) }
        plan.changes += fix.changes
        plan.skipped += fix.skipped
    }

    private static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }
}
