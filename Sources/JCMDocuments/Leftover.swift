import Foundation
import JCMKit

/// The hidden folders a render makes beside its target: short names whatever the target's, so a
/// long project id never makes a path too long, and recognisable, so the next render sweeps them.
enum Leftover: String, CaseIterable {
    case staging, previous

    /// `.jcm-1a2b3c4d5e6f.staging-<token>` for target `Output/VN-HP-BLOWER-01`.
    func url(for target: URL, token: String) -> URL {
        target.deletingLastPathComponent().appendingPathComponent("\(Self.prefix(target)).\(rawValue)-\(token)")
    }

    func matches(_ name: String, target: URL) -> Bool {
        // Earlier versions of jcm named them after the target itself.
        name.hasPrefix("\(Self.prefix(target)).\(rawValue)-") || name.hasPrefix(".\(target.lastPathComponent).\(rawValue)-")
    }

    private static func prefix(_ target: URL) -> String { ".jcm-" + SHA256.hex(target.lastPathComponent).prefix(12) }
}
