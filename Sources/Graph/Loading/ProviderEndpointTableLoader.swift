import Core
import Terraform

/// Reads a provider endpoint table given on the command line (`--provider-endpoints FILE`).
public enum ProviderEndpointTableLoader {
    /// The table in the file at `path`; a file that cannot be read, or that has errors, is an
    /// input error naming them.
    public static func load(path: String) throws(InputError) -> ProviderEndpointTable {
        let bytes: [UInt8]
        switch InputFile.read(path) {
        case .success(let read): bytes = read
        case .failure(let problem): throw InputError("cannot read the provider endpoint table \(path): \(problem)")
        }
        let (table, diagnostics) = ProviderEndpointTable.parse(String(decoding: bytes, as: UTF8.self), path: path)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw InputError(errors) }
        return table
    }
}
