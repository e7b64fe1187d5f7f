import Foundation

/// Finds a data folder such as `Methodologies/` or `Templates/`: an explicit flag first, then an
/// environment variable, then the current directory and its parents, then beside the executable
/// or in `share/jcm/` of its prefix (`scripts/install.sh` puts `bin/jcm` and `share/jcm/` there).
public enum ResourceLocator {
    public static func find(
        _ folder: String, explicit: String?, environmentVariable: String,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executable: String = CommandLine.arguments.first ?? ""
    ) -> String? {
        if let explicit { return explicit }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        let executableDirectory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = executableDirectory.deletingLastPathComponent().appendingPathComponent("share/jcm").appendingPathComponent(folder).path
        for start in [currentDirectory, executableDirectory.path] {
            var directory = URL(fileURLWithPath: start)
            while true {
                let candidate = directory.appendingPathComponent(folder).path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                    return candidate
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: installed, isDirectory: &isDirectory), isDirectory.boolValue { return installed }
        return nil
    }
}
