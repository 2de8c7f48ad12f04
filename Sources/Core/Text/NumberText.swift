/// How numbers read in messages and JSON: as Terraform prints them.
public enum NumberText {
    /// Terraform's text form of a number: integers without a fraction, others in shortest form.
    public static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }
}
