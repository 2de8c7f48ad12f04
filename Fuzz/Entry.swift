import Foundation

/// The one libFuzzer entry point of the fuzz binary. The target is chosen by the environment
/// variable `SCOPECHECK_FUZZ_TARGET` (see `FuzzTarget`), so the library is compiled once for
/// every target.
@_cdecl("LLVMFuzzerTestOneInput")
public func scopecheckFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.selected.run(bytes)
    return 0
}

/// Called once by libFuzzer before the first input: refuses to start without a known target.
@_cdecl("LLVMFuzzerInitialize")
public func scopecheckFuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>?,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
    _ = FuzzTarget.selected
    return 0
}

/// The fuzz targets, one per reader of untrusted input.
enum FuzzTarget: String, CaseIterable {
    case hcl, tfjson, terraform, swagger, speccache, policy, explain

    /// The target named by `SCOPECHECK_FUZZ_TARGET`; exits with a message when it is missing or unknown.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["SCOPECHECK_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("set SCOPECHECK_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .hcl: HCLFuzzTarget.run(bytes)
        case .tfjson: TerraformJSONFuzzTarget.run(bytes)
        case .terraform: TerraformModuleFuzzTarget.run(bytes)
        case .swagger: SwaggerFuzzTarget.run(bytes)
        case .speccache: SpecCacheFuzzTarget.run(bytes)
        case .policy: PolicyFuzzTarget.run(bytes)
        case .explain: ExplainFuzzTarget.run(bytes)
        }
    }
}

/// Invariants every reader's diagnostics keep, checked on every input: a broken one stops the
/// fuzzer like a crash.
enum FuzzCheck {
    /// Every diagnostic range lies inside `byteCount` bytes and starts no later than it ends.
    static func ranges(_ diagnostics: [Diagnostic], byteCount: Int, _ target: String) {
        for diagnostic in diagnostics {
            guard let range = diagnostic.range else { continue }
            require(range.start.byte <= range.end.byte, "\(target): range ends before it starts: \(diagnostic)")
            require(range.end.byte <= byteCount + 3, "\(target): range past the end of the input: \(diagnostic)")
            require(range.start.line >= 1 && range.start.column >= 1, "\(target): position before 1:1: \(diagnostic)")
        }
    }

    /// Stops the process (so libFuzzer records the input) when `condition` is false.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }
}
