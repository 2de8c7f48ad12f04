import Core
import Syntax
import Terraform

/// `deployer` blocks: what the OAuth client that runs Terraform holds, for `plan` or `apply`.
extension PolicyFileReader {
    mutating func deployer(_ block: Block) -> DeployerPolicy? {
        diagnostics += Self.deployerShape.unknownItems(in: block.body)
        var phase = TerraformPhase.apply
        var phaseRange = block.typeRange
        if let label = block.labels.first {
            guard let named = TerraformPhase(rawValue: label.value) else {
                diagnostics.append(
                    .error(
                        "Unknown Terraform phase \"\(label.value)\"",
                        detail: "A deployer block is for \"plan\" or \"apply\" (the default).", at: label.range))
                return nil
            }
            phase = named
            phaseRange = label.range
        }
        for extra in block.labels.dropFirst() {
            diagnostics.append(.error("A deployer block takes one label, plan or apply", at: extra.range))
        }
        let roles = roleList(in: block, attribute: "roles", purpose: "the roles the client that runs Terraform holds")
        let permissions = permissionList(in: block, attribute: "permissions")
        if block.body.attribute("roles") == nil && block.body.attribute("permissions") == nil {
            diagnostics.append(
                .error(
                    "A deployer block needs roles or permissions",
                    detail: "Say what the client that runs terraform \(phase.rawValue) holds.", at: block.headerRange))
        }
        return DeployerPolicy(
            phase: phase, phaseRange: phaseRange, roles: roles, permissions: permissions, range: block.range)
    }
}
