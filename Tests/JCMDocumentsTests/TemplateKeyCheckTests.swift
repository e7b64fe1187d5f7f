import Foundation
import Testing
@testable import JCMDocuments

@Suite struct TemplateKeyCheckTests {
    let shape = DocumentContext.templateShape

    func problems(_ template: String) -> [String] {
        TemplateKeyCheck(template: "t.md.mustache", root: shape).check(TemplateTag.scan("{{% CONTENT_TYPE: TEXT}}\n" + template))
            .map(\.description)
    }

    @Test func knownKeysPass() {
        #expect(problems("{{project.name}} {{#project.participants}}{{name}}{{^last()}}, {{/last()}}{{/project.participants}}") == [])
    }

    @Test func anUnknownKeyNamesTheTemplateTheKeyAndItsPlace() {
        #expect(problems("line one\n  {{project.nmae}}") == [
            "t.md.mustache:3:3: error: [T1] unknown key 'project.nmae': the document data has no such value (did you mean 'project.name'?)",
        ])
    }

    @Test func keysOfAListItemAreKnownOnlyInsideItsSection() {
        #expect(problems("{{#project.participants}}{{country}}{{/project.participants}}") == [])
        #expect(problems("{{country}}").count == 1)
    }

    @Test func innerSectionsSeeOuterKeys() {
        #expect(problems("{{#calculation.steps}}{{#inputs}}{{name}} of {{symbol}} for {{project.id}}{{/inputs}}{{/calculation.steps}}") == [])
    }

    @Test func keysInsideAnEmptyListAreStillChecked() {
        // The blower example has no programme steps without a programme call, but the keys are checked all the same.
        #expect(problems("{{#calculation.programmeSteps}}{{nosuch}}{{/calculation.programmeSteps}}").count == 1)
    }

    @Test func aValueThatMayBeAbsentMustBeReadInASection() {
        #expect(problems("{{project.city}}").first?.contains("[T3] 'project.city' is text that may be absent") == true)
        #expect(problems("{{methodology.title}}").first?.contains("'methodology' may be absent") == true)
        #expect(problems("{{#project.city}}{{.}}{{/project.city}}{{#methodology}}{{title}}{{/methodology}}") == [])
    }

    @Test func listsAndGroupsAreNotText() {
        #expect(problems("{{project.participants}}").first?.contains("[T3]") == true)
        #expect(problems("{{#project.name}}x{{/project.name}}").first?.contains("cannot open a section") == true)
    }

    @Test func onlyPerItemFunctionsInsideALists() {
        #expect(problems("{{uppercased(project.name)}}").first?.contains("no transforms") == true)
        #expect(problems("{{#first()}}x{{/first()}}").first?.contains("only defined directly inside a list") == true)
    }

    @Test func partialsAndDelimiterChangesAreRefused() {
        #expect(problems("{{> footer}}").first?.contains("not supported") == true)
        #expect(problems("{{=<% %>=}}").first?.contains("not supported") == true)
    }

    @Test func theTextPragmaIsRequired() {
        let found = TemplateKeyCheck(template: "t.md.mustache", root: shape).check(TemplateTag.scan("{{project.name}}"))
        #expect(found.map(\.code) == [.T3])
        #expect(found.first?.message.contains("CONTENT_TYPE: TEXT") == true)
    }

    /// Mustache looks an absent value up again in the enclosing sections, so a section over a
    /// value that may be absent must not be able to read an outer value of the same name.
    @Test func anAbsentValueCannotFallBackToAnEnclosingOne() {
        let ambiguous = problems("{{#project}}{{#equipment}}{{#name}}{{.}}{{/name}}{{/equipment}}{{/project}}")
        #expect(ambiguous.count == 1)
        #expect(ambiguous.first?.contains("write '.name'") == true)
        #expect(problems("{{#project}}{{#equipment}}{{#.name}}{{.}}{{/.name}}{{/equipment}}{{/project}}") == [])
        #expect(problems("{{#project.equipment}}{{#name}}{{.}}{{/name}}{{/project.equipment}}") == [])
    }
}

@Suite struct TemplateTagTests {
    @Test func tagsCarryTheirKindNameAndPlace() {
        let tags = TemplateTag.scan("a {{x}}\n{{#s}}{{{y}}}{{/s}} {{! note }}{{^ z }}{{/ z }}")
        #expect(tags.map(\.kind) == [.variable, .section, .variable, .sectionEnd, .comment, .invertedSection, .sectionEnd])
        #expect(tags.map(\.name) == ["x", "s", "y", "s", "note", "z", "z"])
        #expect(tags.map(\.line) == [1, 2, 2, 2, 2, 2, 2])
        #expect(tags[0].column == 3)
        #expect(tags[2].column == 7)
    }
}
