import Foundation
import JCMKit

/// The folder `jcm serve` works in. A request names a file by its path relative to the folder;
/// the path is walked one folder at a time from a descriptor of the folder, never through a
/// symbolic link, and the file is read and replaced through the descriptor of its own folder. So
/// nothing outside the folder is read or written, even while someone renames folders or swaps
/// links inside it during a request.
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

    /// The path reports and diagnostics show for `relative` (the folder's path joined to it).
    public func path(_ relative: String) -> String { root + "/" + relative }

    /// The path of a file below the folder relative to it, as links name it.
    public func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    /// Every project file below the folder, relative, in the order a batch uses.
    public func projects() -> [String] {
        ProjectDiscovery.expand([root.isEmpty ? "/" : root]).files.map(relative)
    }

    /// The text of the project file `relative`: at most `YAMLFile.maximumSize` bytes of UTF-8.
    public func text(of relative: String) throws(ServeError) -> String {
        let (folder, name) = try openFolder(of: relative)
        defer { close(folder) }
        let (file, _) = try openFile(name, in: folder, relative: relative)
        defer { close(file) }
        guard let text = String(bytes: try Self.contents(of: file, relative: relative), encoding: .utf8) else {
            throw ServeError(.unprocessable, "'\(relative)' is not UTF-8 text")
        }
        return text
    }

    /// Checks that `relative` names a project file that could be read or saved.
    public func check(_ relative: String) throws(ServeError) {
        let (folder, name) = try openFolder(of: relative)
        defer { close(folder) }
        close(try openFile(name, in: folder, relative: relative).file)
    }

    /// Replaces the file with `text` in one step (a new file renamed over it), after keeping what
    /// it held as `<name>.previous` beside it; its permissions are kept.
    public func save(_ text: String, to relative: String) throws(ServeError) {
        let (folder, name) = try openFolder(of: relative)
        defer { close(folder) }
        let (file, permissions) = try openFile(name, in: folder, relative: relative)
        let previous: [UInt8]
        do { previous = try Self.contents(of: file, relative: relative) } catch {
            close(file)
            throw error
        }
        close(file)
        try Self.replace(name + ".previous", in: folder, with: previous, permissions: permissions, durably: false)
        try Self.replace(name, in: folder, with: Array(text.utf8), permissions: permissions, durably: true)
    }

    /// The descriptor of the folder holding `relative`'s file, and the file's name. The path is
    /// refused when absolute, hidden (`.git/`), with `..`, a NUL, or not a YAML file; a folder on
    /// the way that is a symbolic link is refused when it is opened.
    private func openFolder(of relative: String) throws(ServeError) -> (folder: Int32, name: String) {
        guard !relative.isEmpty, relative.utf8.count <= Self.maximumPathLength else {
            throw ServeError(.badRequest, "a file path of 1 to \(Self.maximumPathLength) bytes is needed")
        }
        let components = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.hasPrefix("/"), !relative.hasPrefix("~"), !relative.contains("\u{0}"),
            !components.contains(where: { $0.isEmpty })
        else { throw ServeError(.forbidden, "'\(relative)' is not a path inside the served folder") }
        guard !components.contains("..") else { throw ServeError(.forbidden, "'\(relative)' leaves the served folder") }
        guard !components.contains(where: { $0.hasPrefix(".") }) else {
            throw ServeError(.forbidden, "'\(relative)' is hidden; only project files are served")
        }
        guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else {
            throw ServeError(.forbidden, "'\(relative)' is not a YAML file; only project files are served")
        }
        var folder = open(root.isEmpty ? "/" : root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw ServeError(.notFound, "the served folder cannot be opened") }
        for component in components.dropLast() {
            let next = openat(folder, String(component), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let failure = errno
            close(folder)
            guard next >= 0 else {
                throw failure == ELOOP || failure == ENOTDIR
                    ? ServeError(.forbidden, "'\(relative)' passes through a symbolic link or a file")
                    : ServeError(.notFound, "no file '\(relative)'")
            }
            folder = next
        }
        return (folder, String(components.last!))
    }

    /// A regular file of `folder` with no other name, and its permissions: a symbolic link, a device, a FIFO or a hard
    /// link (which could be a file of another folder) is refused.
    private func openFile(
        _ name: String, in folder: Int32, relative: String
    )
        throws(ServeError) -> (file: Int32, permissions: mode_t)
    {
        let file = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else {
            throw errno == ELOOP
                ? ServeError(.forbidden, "'\(relative)' is a symbolic link")
                : ServeError(.notFound, "no file '\(relative)'")
        }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(file)
            throw ServeError(.notFound, "'\(relative)' is not a file")
        }
        guard info.st_nlink == 1 else {
            close(file)
            throw ServeError(.forbidden, "'\(relative)' has other names (hard links); only a file of its own is served")
        }
        return (file, mode_t(info.st_mode & 0o777))
    }

    /// At most `YAMLFile.maximumSize` bytes of an open file.
    private static func contents(of file: Int32, relative: String) throws(ServeError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
            guard count >= 0 else { throw ServeError(.unprocessable, "'\(relative)' cannot be read") }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
            guard bytes.count <= YAMLFile.maximumSize else {
                throw ServeError(.tooLarge, "'\(relative)' is larger than \(YAMLFile.maximumSize >> 20) MiB")
            }
        }
    }

    /// Writes a new file beside `name` in `folder` (created, never opened through a link) and
    /// renames it over `name`; a failed write leaves no temporary file. `durably`: on disk before
    /// the rename (the project file; its `.previous` copy is a convenience, not worth the wait).
    private static func replace(
        _ name: String, in folder: Int32, with bytes: [UInt8], permissions: mode_t, durably: Bool
    ) throws(ServeError) {
        let temporary = ".\(name).\(UInt64.random(in: .min ... .max)).saving"
        let file = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions)
        guard file >= 0 else { throw ServeError(.forbidden, "cannot write in the folder of '\(name)'") }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(file, $0.baseAddress! + written, bytes.count - written) }
            if count <= 0 { break }
            written += count
        }
        let synced = !durably || fsync(file) == 0
        close(file)
        guard written == bytes.count, synced, renameat(folder, temporary, folder, name) == 0 else {
            unlinkat(folder, temporary, 0)
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
}
