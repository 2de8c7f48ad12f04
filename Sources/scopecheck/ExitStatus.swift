/// The documented, stable exit codes of every scopecheck command.
public enum ExitStatus: Int32, Sendable {
    /// Success: nothing at or above the failure threshold.
    case success = 0
    /// The check failed: findings at or above `--fail-on`, a denied verdict, an unknown endpoint
    /// or scope, or files that failed to parse.
    case failure = 1
    /// Unusable invocation, input or environment: bad arguments, a missing or unreadable spec or
    /// config, a download that fails.
    case usage = 2
}
