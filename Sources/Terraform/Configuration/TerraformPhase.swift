/// The Terraform command a client runs the configuration with: `plan` reads what exists (the
/// resources it refreshes and the data sources), `apply` also creates, changes and deletes.
public enum TerraformPhase: String, CaseIterable, Sendable, Comparable {
    case plan
    case apply

    /// Whether a request with `method` is made in this phase: `plan` makes only reads (`GET`,
    /// `HEAD`); `apply` makes every request.
    public func makes(method: String) -> Bool {
        self == .apply || ["GET", "HEAD"].contains(method.uppercased())
    }

    public static func < (lhs: TerraformPhase, rhs: TerraformPhase) -> Bool { lhs == .plan && rhs == .apply }
}
