import Foundation
import JCMDiagnostics

/// The project files a batch names: files as given, every `format: jcm-project/1` file below a
/// folder, and the files a glob (`Examples/*/project.yaml`) matches, each once, in a stable order.
public enum ProjectDiscovery {
    /// More project files than this in one run is a mistyped folder (`/`), not a portfolio.
    public static let maximumFiles = 100_000
    /// Folders nested deeper than this are not searched.
    public static let maximumDepth = 32
    static let formatLine = "format: \(ProjectSchema.format)"

    /// Whether an argument names more than one file: a folder or a glob.
    public static func isCollection(_ argument: String) -> Bool {
        var isDirectory: ObjCBool = false
        return isGlob(argument) || (FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// The files, and a problem for each argument that names none.
    public static func expand(_ arguments: [String]) -> (files: [String], problems: [Diagnostic]) {
        var files: [String] = []
        var seen: Set<String> = []
        var problems: [Diagnostic] = []
        for argument in arguments {
            let found: [String]
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
                found = isDirectory.boolValue ? projects(under: argument) : [argument]
                if found.isEmpty { problems.append(.error(.F1, "no \(formatLine) file below '\(argument)'")) }
            } else if isGlob(argument) {
                found = matches(argument).flatMap { match -> [String] in
                    var isFolder: ObjCBool = false
                    FileManager.default.fileExists(atPath: match, isDirectory: &isFolder)
                    return isFolder.boolValue ? projects(under: match) : [match]
                }
                if found.isEmpty { problems.append(.error(.F1, "'\(argument)' matches no file")) }
            } else {
                // Reported by the loader, in its words, like a single missing file.
                found = [argument]
            }
            for file in found where seen.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted {
                files.append(file)
            }
            if files.count > maximumFiles {
                return (Array(files.prefix(maximumFiles)), problems + [.error(.F1, "more than \(maximumFiles) project files; name fewer folders")])
            }
        }
        return (files, problems)
    }

    static func isGlob(_ argument: String) -> Bool { argument.contains { "*?[".contains($0) } }

    /// Every YAML file below `folder` that declares the project format, sorted by path; hidden
    /// folders (`.git`, `.build`) are skipped and symbolic links are not followed.
    static func projects(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey],
                                                          options: [.skipsHiddenFiles, .skipsPackageDescendants]) else { return [] }
        var found: [String] = []
        for case let url as URL in walker {
            if walker.level > maximumDepth { walker.skipDescendants(); continue }
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
            if values?.isSymbolicLink == true || values?.isDirectory == true { continue }
            guard ["yaml", "yml"].contains(url.pathExtension), declaresProjectFormat(url.path) else { continue }
            found.append(folder.hasSuffix("/") ? folder + relative(url, to: root) : folder + "/" + relative(url, to: root))
            if found.count > maximumFiles { break }
        }
        return found.sorted()
    }

    private static func relative(_ url: URL, to root: URL) -> String {
        let base = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : url.lastPathComponent
    }

    /// A `format: jcm-project/1` line in the file's first 64 KiB.
    static func declaresProjectFormat(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 65_536)) ?? Data()
        return String(decoding: head, as: UTF8.self).split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == formatLine }
    }

    private static func matches(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in result.gl_pathv[index].flatMap { String(cString: $0) } }.sorted()
    }
}
