import Foundation

/// Compares a rendered document with its committed copy: the body with every input hash masked,
/// so that a comment edited in a data file does not fail every document, and, apart, the hashes.
enum GoldenFile {
    /// A unified line diff of `expected` and `actual` (three lines of context), or nil when equal.
    static func diff(expected: String, actual: String, name: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Longest common subsequence of lines, from the end, so the edit script reads forwards.
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var script: [(Character, String, Int)] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                script.append((" ", old[i], i)); i += 1; j += 1
            } else if i < old.count, j == new.count || common[i + 1][j] >= common[i][j + 1] {
                script.append(("-", old[i], i)); i += 1
            } else {
                script.append(("+", new[j], i)); j += 1
            }
        }
        let changed = script.indices.filter { script[$0].0 != " " }
        var shown = Set<Int>()
        for index in changed { for near in max(0, index - 3)...min(script.count - 1, index + 3) { shown.insert(near) } }
        var lines = ["--- committed \(name)", "+++ rendered \(name)"]
        var previous = -2
        for index in shown.sorted() {
            if index != previous + 1 { lines.append("@@ near line \(script[index].2 + 1) @@") }
            lines.append("\(script[index].0)\(script[index].1)")
            previous = index
        }
        return lines.joined(separator: "\n")
    }

    /// The text with every SHA-256 (64 hex digits) and short SHA-256 (12) replaced by a mark, so
    /// that the body compares equal whatever the inputs' hashes, committed or rendered.
    static func maskingHashes(in text: String) -> String {
        text.replacingOccurrences(of: #"(?<![0-9a-f])([0-9a-f]{64}|[0-9a-f]{12})(?![0-9a-f])"#, with: "<sha256>", options: .regularExpression)
    }
}
