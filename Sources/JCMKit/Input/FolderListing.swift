#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files below a folder, listed with `readdir`: Foundation's enumerator, and the path
/// arithmetic of `NSString`, were a tenth of a single-project `jcm check`. Links are listed as
/// the files they are and never followed into, as the enumerator did.
enum FolderListing {
    /// The paths relative to `root` of the files whose name `include` accepts, sorted so that
    /// listings are stable; nil when `root` cannot be opened.
    static func files(below root: String, where include: (String) -> Bool) -> [String]? {
        guard let handle = opendir(root) else { return nil }
        var paths: [String] = []
        collect(handle, at: root, relative: "", into: &paths, where: include)
        return paths.sorted()
    }

    /// Lists one open folder (and closes it), descending into its subfolders.
    private static func collect(_ handle: OpaquePointer, at folder: String, relative: String, into paths: inout [String],
                                where include: (String) -> Bool)
    {
        var subfolders: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard name != ".", name != ".." else { continue }
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                // Some file systems do not give the type: ask, without following a link.
                var status = stat()
                isFolder = lstat(folder + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder {
                subfolders.append(name)
            } else if include(name) {
                paths.append(relative.isEmpty ? name : relative + "/" + name)
            }
        }
        closedir(handle)
        for name in subfolders {
            guard let inner = opendir(folder + "/" + name) else { continue }
            collect(inner, at: folder + "/" + name, relative: relative.isEmpty ? name : relative + "/" + name, into: &paths,
                    where: include)
        }
    }
}
