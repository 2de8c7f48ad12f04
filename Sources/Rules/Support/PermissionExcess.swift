import Genesys
import Graph

/// What a permission policy grants beyond the permissions some calls need: the message and fix
/// of an excess finding (`excess-permission`, `deployer-excess-permission`).
struct PermissionExcess {
    /// The policy's text as written (`routing:*:*`) and where it is granted (`of genesyscloud_auth_role.x`).
    var subject: String
    /// The permissions the spec in force says the policy grants that the calls need, and those
    /// they do not.
    var kept: [String]
    var unused: [String]

    /// The excess of `policy` over `needed`, when it grants anything unneeded.
    init?(_ policy: PermissionPolicy, subject: String, needed: Set<String>, specs: SpecCatalog) {
        let granted = specs.permissions(grantedBy: policy)
        kept = granted.filter(needed.contains)
        unused = granted.filter { !needed.contains($0) }
        self.subject = subject
        guard !unused.isEmpty else { return nil }
    }

    /// `SUBJECT grants A, B and 3 more, WHY: narrow it …` (or `… access nobody uses`).
    func message(why: String) -> String {
        let shown =
            unused.count <= 5
            ? unused.joined(separator: ", ")
            : unused.prefix(4).joined(separator: ", ") + " and \(unused.count - 4) more"
        let what = "\(subject) grants \(shown), \(why)"
        return kept.isEmpty
            ? what + ": it grants access nobody uses"
            : what + ": narrow it to what the calls check (\(kept.joined(separator: ", ")))"
    }

    /// Remove the policy, or replace it with the blocks granting what is kept.
    func fix(remove: String) -> String {
        kept.isEmpty ? remove : "replace it with " + PermissionPolicyText.blocks(for: kept)
    }
}
