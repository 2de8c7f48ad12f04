import Core
import Graph
import Rules
import Terraform

/// Findings in code `terraform init` installed (a remote module under `.terraform/modules`)
/// are not where a user can change anything: they are reported at the module call in the
/// user's configuration that brought the code in, and keep where they were found as a related
/// location.
enum InstalledCodeFindings {
    static func relocate(_ findings: [Finding], in graph: RequirementGraph) -> [Finding] {
        let installed = graph.modules.reduce(into: [String: InstalledModuleCall]()) { calls, module in
            calls.merge(module.configuration.installedModuleCalls) { first, _ in first }
        }
        guard !installed.isEmpty else { return findings }
        return findings.map { finding in
            guard let call = installed[finding.range.file] else { return finding }
            var moved = finding
            moved.range = call.range
            moved.message += " [in \(call.address), installed by terraform init from \"\(call.source)\"]"
            moved.related.insert(
                RelatedLocation(range: finding.range, message: "where it is, in the installed module"), at: 0)
            return moved
        }
    }
}
