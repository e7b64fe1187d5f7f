import Foundation
import JCMDiagnostics

/// An exclusive lock on a folder for the length of a call, so that two renders into one output
/// folder take turns instead of moving each other's files. The lock is the folder's own (flock on
/// its descriptor): nothing is left behind, and it is released when the process ends.
enum FolderLock {
    static func holding<T>(_ folder: URL, _ body: () throws(DiagnosticError) -> T) throws(DiagnosticError) -> T {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DiagnosticError(.error(.W1, "cannot open '\(folder.path)' to write documents into it: \(String(cString: strerror(errno)))"))
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw DiagnosticError(.error(.W1, "cannot lock '\(folder.path)': \(String(cString: strerror(errno)))"))
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
