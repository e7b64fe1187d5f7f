import Foundation

/// Finds a data folder such as `Methodologies/` or `Templates/`: an explicit flag first, then an
/// environment variable, then the current directory and its parents, then beside the executable
/// or in `share/jcm/` of its prefix (`scripts/install.sh` puts `bin/jcm` and `share/jcm/` there).
public enum ResourceLocator {
    /// The defaults (the process's environment, directory and executable) are taken only when the
    /// earlier places did not decide: resolving the executable's links was a millisecond of a check.
    public static func find(
        _ folder: String, explicit: String?, environmentVariable: String,
        environment: [String: String]? = nil, currentDirectory: String? = nil, executable: String? = nil
    ) -> String? {
        if let explicit { return explicit }
        let fromEnvironment = (environment ?? ProcessInfo.processInfo.environment)[environmentVariable]
        if let fromEnvironment, !fromEnvironment.isEmpty { return fromEnvironment }
        if let found = search(folder, upFrom: currentDirectory ?? FileManager.default.currentDirectoryPath) { return found }
        let executableDirectory = URL(fileURLWithPath: executable ?? CommandLine.arguments.first ?? "")
            .resolvingSymlinksInPath().deletingLastPathComponent()
        if let found = search(folder, upFrom: executableDirectory.path) { return found }
        let installed = executableDirectory.deletingLastPathComponent().appendingPathComponent("share/jcm")
            .appendingPathComponent(folder).path
        return isFolder(installed) ? installed : nil
    }

    /// `folder` in `start` or the nearest of its parents that has one.
    private static func search(_ folder: String, upFrom start: String) -> String? {
        var directory = URL(fileURLWithPath: start)
        while true {
            let candidate = directory.appendingPathComponent(folder).path
            if isFolder(candidate) { return candidate }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
