import JCMKit
import JCMReports

/// The project view: the file in an editor beside its problems, and the assessment. Saving
/// (the button or Ctrl+S) sends the text; the reply replaces the problems, the line marks and
/// the results. Without script, the form posts and the whole page comes back.
public struct ProjectPage: Sendable {
    public let layout: PageLayout
    public let section: AssessmentSection

    public init(layout: PageLayout, wording: Wording) {
        self.layout = layout
        section = AssessmentSection(wording: wording, links: layout.links)
    }

    var links: PageLinks { layout.links }

    public func page(
        _ state: ProjectState, language: String, status: String? = nil
    )
        -> HTML
    {
        let title = state.assessment?.project.id ?? state.relative
        let body: HTML = """
            <h1>\(title)</h1>
            <div class="workspace">
            <form id="editor-form" class="editor" method="post" \
            action="\(links.url("/save", [("file", state.relative), ("lang", language)]))">
            <label for="editor">Project file <code>\(state.relative)</code></label>
            <div class="editor-frame">
            \(section.gutter(state))
            <textarea id="editor" name="text" wrap="off" spellcheck="false" autocomplete="off" rows="40" \
            aria-describedby="status">\(state.text)</textarea>
            </div>
            <input type="hidden" name="t" value="\(links.token.value)">
            <p class="actions"><button type="submit" id="save">Save</button> \
            <span class="hint">Ctrl+S saves; the results follow each change.</span></p>
            \(statusLine(status))
            </form>
            <div class="results">
            \(section.problems(state))
            \(section.results(state, language: language))
            </div>
            </div>
            """
        return layout.page(
            title: title, language: language, file: state.relative,
            switching: { links.project(state.relative, language: $0) }, body: body)
    }

    /// What a save or a preview sends back: the parts of the page that change.
    public func update(_ state: ProjectState, language: String, status: String) -> HTML {
        """
        <div id="update">
        \(statusLine(status))
        \(section.gutter(state))
        \(section.problems(state))
        \(section.results(state, language: language))
        </div>
        """
    }

    /// What a refused save sends back: why, and the problems on their lines; the results of the
    /// last good text stay on the page.
    public func refusal(_ state: ProjectState, status: String) -> HTML {
        """
        <div id="update">
        \(statusLine(status))
        \(section.gutter(state))
        \(section.problems(state))
        </div>
        """
    }

    func statusLine(_ status: String?) -> HTML {
        "<p id=\"status\" role=\"status\" aria-live=\"polite\">\(status ?? "")</p>"
    }

}
