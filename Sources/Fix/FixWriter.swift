import Core
import Foundation

/// Why a file was not written.
public struct FixWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public var description: String { "\(file): \(reason)" }
}

/// Writes the files of a fix plan: each through a temporary file in the same directory renamed
/// over the original (so a reader never sees half a file), and only while the file still holds
/// the bytes the plan was made from (a file changed meanwhile is left alone).
public enum FixWriter {
    /// Writes every file the plan edits (relative paths are relative to the working directory,
    /// as the configuration was loaded); returns the files written and the ones refused.
    public static func write(_ plan: FixPlan) -> (written: [String], refused: [FixWriteError]) {
        var written: [String] = []
        var refused: [FixWriteError] = []
        for file in plan.files {
            guard let original = plan.originals[file], let updated = plan.updated(file) else {
                refused.append(FixWriteError(file: file, reason: "the edits do not apply"))
                continue
            }
            do {
                try write(updated, to: file, expecting: original)
                written.append(file)
            } catch {
                refused.append(FixWriteError(file: file, reason: error.reason))
            }
        }
        return (written, refused)
    }

    /// Replaces the file at `path` with `bytes`, provided it still holds `expected`.
    static func write(_ bytes: [UInt8], to path: String, expecting expected: [UInt8]) throws(WriteProblem) {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard holds(expected, at: target) else {
            throw WriteProblem(reason: "it changed since it was read; not written (run lint --fix again)")
        }
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary = (directory as NSString).appendingPathComponent(
            ".\(name).scopecheck-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).tmp")
        let permissions = (try? FileManager.default.attributesOfItem(atPath: target))?[.posixPermissions]
        guard
            FileManager.default.createFile(
                atPath: temporary, contents: Data(bytes),
                attributes: permissions.map { [.posixPermissions: $0] })
        else {
            throw WriteProblem(reason: "cannot create a temporary file in \(directory)")
        }
        guard holds(expected, at: target) else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw WriteProblem(reason: "it changed since it was read; not written (run lint --fix again)")
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw WriteProblem(reason: "cannot replace it: \(reason)")
        }
    }

    /// Whether the file at `path` still holds `expected` (read through `InputFile`'s limits).
    private static func holds(_ expected: [UInt8], at path: String) -> Bool {
        (try? InputFile.read(path).get()) == expected
    }

    /// A failure of one write, before the file name is attached.
    struct WriteProblem: Error {
        var reason: String
    }
}
