import Foundation
import JCMDiagnostics

extension SourceLocation {
    /// `project.yaml:63:13`: the file name without folders, so documents read the same wherever
    /// the project lies.
    var place: String { "\((file as NSString).lastPathComponent):\(line):\(column)" }
}
