import Testing

@testable import JCMKit

/// What a project id and a shown text may hold is decided by byte ranges; these pin the ranges
/// to the rules they stand for.
@Suite struct TextSafetyTests {
    @Test(arguments: [
        ("VN-HP-BLOWER-01", true), ("a.b_c-d", true), ("7", true), ("-x", false), (".x", false), ("_x", false),
        ("a..b", false), ("a/b", false), ("a b", false), ("đa", false), ("abc\n", false), ("", false),
        ("\u{FF21}", false), ("x\u{0}", false),
    ])
    func aProjectIDNamesAFolderSafely(id: String, safe: Bool) {
        #expect(Project.isSafeID(id) == safe)
    }

    /// Every Cc character other than a line break or a tab is refused; other categories pass.
    @Test func controlCharactersAreUnicodesCcAndNoOthers() {
        for value in UInt32(0)...0x2FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let refused = TextSafety.problem(in: "a\(Character(scalar))b") != nil
            let isCc = scalar.properties.generalCategory == .control
            #expect(refused == (isCc && !["\n", "\t", "\r"].contains(scalar)), "U+\(String(value, radix: 16))")
        }
        #expect(TextSafety.problem(in: "Hải Phòng 海防 \u{2028} \u{00A0}") == nil)
        #expect(TextSafety.problem(in: "a\u{0085}b")?.contains("control character U+0085 at character 2") == true)
    }
}
