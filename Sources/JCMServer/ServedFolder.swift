import Foundation
import JCMKit

/// The folder `jcm serve` works in. Every path a request names is relative to it and is
/// resolved, symbolic links included, before use: nothing outside it is read or written.
public struct ServedFolder: Sendable {
    /// The folder's real path, without a trailing slash.
    public let root: String

    /// The longest relative path a request may name.
    public static let maximumPathLength = 1_024

    public init(_ path: String) throws(ServeError) {
        guard let real = Self.realPath(path), Self.isDirectory(real) else {
            throw ServeError(.notFound, "'\(path)' is not a folder")
        }
        root = real == "/" ? "" : real
    }

    /// The real path of an existing YAML file named by `relative`, or why not: an absolute path,
    /// `..`, a NUL, a hidden file or folder (`.git/`), a file of another kind, or a symbolic link
    /// that leads out of the folder are all refused.
    public func resolve(_ relative: String) throws(ServeError) -> String {
        guard !relative.isEmpty, relative.utf8.count <= Self.maximumPathLength else {
            throw ServeError(.badRequest, "a file path of 1 to \(Self.maximumPathLength) bytes is needed")
        }
        guard !relative.hasPrefix("/"), !relative.hasPrefix("~"), !relative.contains("\u{0}") else {
            throw ServeError(.forbidden, "'\(relative)' is not a path inside the served folder")
        }
        let components = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !components.contains("..") else { throw ServeError(.forbidden, "'\(relative)' leaves the served folder") }
        guard !components.contains(where: { $0.hasPrefix(".") }) else {
            throw ServeError(.forbidden, "'\(relative)' is hidden; only project files are served")
        }
        guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else {
            throw ServeError(.forbidden, "'\(relative)' is not a YAML file; only project files are served")
        }
        guard let real = Self.realPath(root + "/" + relative) else {
            throw ServeError(.notFound, "no file '\(relative)'")
        }
        guard real.hasPrefix(root + "/") else {
            throw ServeError(.forbidden, "'\(relative)' leads out of the served folder")
        }
        guard Self.isRegularFile(real) else { throw ServeError(.notFound, "'\(relative)' is not a file") }
        return real
    }

    /// The path of `absolute` relative to the folder, as links name it.
    public func relative(_ absolute: String) -> String {
        let real = Self.realPath(absolute) ?? absolute
        return real.hasPrefix(root + "/") ? String(real.dropFirst(root.count + 1)) : real
    }

    /// Every project file below the folder, relative, in the order a batch uses.
    public func projects() -> [String] {
        ProjectDiscovery.expand([root.isEmpty ? "/" : root]).files.map(relative)
    }

    /// Replaces the file with `text` in one step (a new file renamed over it), after keeping what
    /// it held as `<name>.previous` beside it; its permissions are kept.
    public func save(_ text: String, to relative: String) throws(ServeError) {
        let target = try resolve(relative)
        let attributes = try? FileManager.default.attributesOfItem(atPath: target)
        let permissions = (attributes?[.posixPermissions] as? NSNumber)?.uint16Value ?? 0o644
        guard let previous = FileManager.default.contents(atPath: target) else {
            throw ServeError(.forbidden, "'\(relative)' cannot be read")
        }
        try Self.replace(target + ".previous", with: previous, permissions: permissions)
        try Self.replace(target, with: Data(text.utf8), permissions: permissions)
    }

    /// Writes a temporary file beside `path` (created new, never through a link) and renames it over `path`.
    private static func replace(_ path: String, with data: Data, permissions: UInt16) throws(ServeError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = "\(folder)/.\(name).\(UInt64.random(in: .min ... .max)).saving"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(permissions))
        guard descriptor >= 0 else { throw ServeError(.forbidden, "cannot write in the folder of '\(name)'") }
        var written = true
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count <= 0 {
                    written = false
                    return
                }
                offset += count
            }
        }
        if fsync(descriptor) != 0 { written = false }
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ServeError(.forbidden, "cannot write '\(name)'")
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func isRegularFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
    }
}
