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

    /// The files, and the problems of the arguments: one that names no file, a folder part of
    /// which cannot be read or lies too deep. Each problem comes with its argument.
    public static func expand(_ arguments: [String]) -> (files: [String], problems: [(argument: String, problem: Diagnostic)]) {
        var files: [String] = []
        var seen: Set<String> = []
        var problems: [(argument: String, problem: Diagnostic)] = []
        for argument in arguments {
            var found: [String] = []
            var isDirectory: ObjCBool = false
            if argument.contains("**") {
                problems.append((argument, .error(.F1, "'\(argument)': '**' is not supported; name the folder, which is searched to any depth")))
                continue
            }
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    let walk = projects(under: argument)
                    found = walk.files
                    problems += walk.problems.map { (argument, $0) }
                    if found.isEmpty, walk.problems.isEmpty { problems.append((argument, .error(.F1, "no \(formatLine) file below '\(argument)'"))) }
                } else {
                    found = [argument]
                }
            } else if isGlob(argument) {
                for match in matches(argument) {
                    var isFolder: ObjCBool = false
                    _ = FileManager.default.fileExists(atPath: match, isDirectory: &isFolder)
                    if isFolder.boolValue {
                        let walk = projects(under: match)
                        found += walk.files
                        problems += walk.problems.map { (argument, $0) }
                    } else if isRegularFile(match) {
                        found.append(match)
                    }
                }
                if found.isEmpty, problems.isEmpty { problems.append((argument, .error(.F1, "'\(argument)' matches no file"))) }
            } else {
                // Reported by the loader, in its words, like a single missing file.
                found = [argument]
            }
            // A file named twice (directly, through a folder, a symbolic link or `..`) is assessed once.
            for file in found where seen.insert(URL(fileURLWithPath: file).resolvingSymlinksInPath().standardizedFileURL.path).inserted {
                files.append(file)
            }
            if files.count > maximumFiles {
                return (Array(files.prefix(maximumFiles)),
                        problems + [(argument, .error(.F1, "more than \(maximumFiles) project files; name fewer folders"))])
            }
        }
        return (files, problems)
    }

    /// Only regular files are read from a folder or a glob: a FIFO or a device would block.
    static func isRegularFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
    }

    static func isGlob(_ argument: String) -> Bool { argument.contains { "*?[".contains($0) } }

    /// Every YAML file below `folder` that declares the project format, sorted by path; hidden
    /// folders (`.git`, `.build`) are skipped and symbolic links inside are not followed (the
    /// folder named may itself be one). An unreadable file is kept, for the loader to report; an
    /// unreadable folder or one too deep is a problem.
    static func projects(under folder: String) -> (files: [String], problems: [Diagnostic]) {
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath()
        var problems: [Diagnostic] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey, .isRegularFileKey],
                                                    options: [.skipsHiddenFiles, .skipsPackageDescendants]) { url, error in
            problems.append(.error(.F1, "cannot read '\(url.path)' below '\(folder)': \(error.localizedDescription)"))
            return true
        }
        guard let walker else { return ([], [.error(.F1, "cannot read the folder '\(folder)'")]) }
        var found: [String] = []
        var tooDeep = false
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey, .isRegularFileKey])
            if values?.isSymbolicLink == true { continue }
            if values?.isDirectory == true {
                if walker.level >= maximumDepth { walker.skipDescendants(); tooDeep = true }
                continue
            }
            guard values?.isRegularFile == true, ["yaml", "yml"].contains(url.pathExtension) else { continue }
            // An unreadable file is kept, for the loader to report.
            guard !FileManager.default.isReadableFile(atPath: url.path) || declaresProjectFormat(url.path) else { continue }
            found.append(display(url, root: root, folder: folder))
            if found.count > maximumFiles { break }
        }
        if tooDeep { problems.append(.error(.F1, "folders more than \(maximumDepth) levels below '\(folder)' were not searched")) }
        return (found.sorted(), problems)
    }

    private static func display(_ url: URL, root: URL, folder: String) -> String {
        folder.hasSuffix("/") ? folder + relative(url, to: root) : folder + "/" + relative(url, to: root)
    }

    private static func relative(_ url: URL, to root: URL) -> String {
        let base = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : url.lastPathComponent
    }

    /// A `format: jcm-project/1` line in the file's first 64 KiB, however YAML writes it: quoted,
    /// with a comment, spaces or a Windows line end, after a byte order mark.
    static func declaresProjectFormat(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 65_536)) ?? Data()
        let text = String(decoding: head, as: UTF8.self)
        return KeyLine.values(of: "format", in: text, topLevel: false).contains(ProjectSchema.format)
    }

    private static func matches(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in result.gl_pathv[index].flatMap { String(cString: $0) } }.sorted()
    }
}
