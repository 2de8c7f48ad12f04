/// What every output prints in place of a sensitive value.
public enum Redaction {
    public static let placeholder = "(sensitive)"
}
