import JCMDiagnostics
import Testing

@testable import JCMKit

/// jcm composes YAML from libyaml's events itself: the tree it reads, and the bounds a hostile
/// file meets, are decided here.
@Suite struct YAMLComposerTests {
    func problem(_ text: String) -> Diagnostic? {
        do {
            _ = try YAMLFile.parse(text, path: "t.yaml")
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test func scalarsStayTextWithTheirStyleAndPlace() throws {
        let text = "a: 1.50\nb: 'true'\nc: \"x\"\nd: |\n  one\ne: >-\n  two\nf:\n  - Hải\n  - 北九州\n"
        let file = try YAMLFile.parse(text, path: "t.yaml")
        let root = file.root
        #expect(root["a"]?.text == "1.50" && root["a"]?.style == .plain)
        #expect(root["b"]?.text == "true" && root["b"]?.style == .singleQuoted)
        #expect(root["c"]?.style == .doubleQuoted)
        #expect(root["d"]?.text == "one\n" && root["d"]?.style == .literal)
        #expect(root["e"]?.text == "two" && root["e"]?.style == .folded)
        #expect(root["f"]?.sequence?.map(\.text) == ["Hải", "北九州"])
        #expect(root["f"]?.sequence?.last.map { [$0.line, $0.column] } == [10, 5])
        #expect(root.mapping?.map(\.key.text) == ["a", "b", "c", "d", "e", "f"])
        #expect(root["missing"] == nil && root["a"]?["a"] == nil)
    }

    @Test func aliasesAreTheNodeTheyNameWithinTheFilesSize() throws {
        let file = try YAMLFile.parse("a: &x [1, 2]\nb: *x\n", path: "t.yaml")
        #expect(file.root["b"]?.sequence?.map(\.text) == ["1", "2"])
        var bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...40 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            bomb += "a\(level): &a\(level) [\(aliases)]\n"
        }
        #expect(problem(bomb)?.message.contains("aliases (*name) expand to far more data than the file holds") == true)
        #expect(problem("a: &a [*a]\n")?.message == "YAML syntax error: found undefined alias")
    }

    @Test func nestingIsBounded() {
        let depth = YAMLComposer.maximumDepth
        let deepest = String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)
        #expect(problem("x: " + deepest) == nil)
        let deep = problem("x: " + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000))
        #expect(deep?.message == "YAML nested more than \(depth) levels deep, more than jcm reads")
        #expect(deep?.location.map { [$0.line, $0.column] } == [1, depth + 3])
    }

    @Test func aDuplicatedKeyIsPlacedAtItsSecondOccurrence() {
        let flow = problem("site: {name: a, name: b}\n")
        #expect(flow?.message == "duplicate key(s) name in one mapping: keep one")
        #expect(flow?.location.map { [$0.line, $0.column] } == [1, 17])
        // Past sixteen keys the keys are hashed rather than compared pairwise: the same answer.
        let keys = (0..<40).map { "k\($0): 1\n" }.joined()
        let many = problem(keys + "b: 2\nk7: 3\na: 4\nb: 5\n")
        #expect(many?.message == "duplicate key(s) b, k7 in one mapping: keep one")
        #expect(many?.location.map { [$0.line, $0.column] } == [44, 1])
        #expect(problem(keys) == nil)
    }

    @Test func streamsOfOtherShapesAreNamed() {
        #expect(problem("")?.code == .Y2)
        #expect(problem("# only a comment\n")?.code == .Y2)
        let second = problem("a: 1\n---\nb: 2\n")
        let words = "YAML syntax error: expected a single document in the stream but found another document"
        #expect(second?.message == words)
        #expect(second?.location?.line == 2)
        let syntax = problem("a: [1, 2\nb: 3\n")
        #expect(syntax?.message.hasPrefix("YAML syntax error: while parsing a flow sequence") == true)
    }

    @Test func anUnreadableCharacterIsPlacedInCharactersNotBytes() {
        let control = problem("a: 1\nname: Hải Phòng \u{7}\n")
        #expect(control?.message == "YAML cannot be read: control characters are not allowed")
        #expect(control?.location.map { [$0.line, $0.column] } == [2, 17])
    }
}
