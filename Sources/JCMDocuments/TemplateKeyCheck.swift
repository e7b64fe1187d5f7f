import JCMDiagnostics

/// Checks every tag of a template against the shape of the data it will be rendered with, with
/// Mustache's scoping: a name is looked up in the innermost section first, then outwards.
struct TemplateKeyCheck {
    /// The template's path, for diagnostics.
    let template: String
    let root: TemplateShape

    static let requiredPragma = "CONTENT_TYPE: TEXT"
    /// Mustache's per-item values inside a list section, and whether each is a flag.
    static let itemFunctions = ["first": true, "last": true, "even": true, "odd": true, "index": false]

    /// A section the checker is inside. `shape` is nil for sections that do not change what names
    /// mean: flag tests and inverted sections. Inside a section that is itself an error, nothing
    /// more is reported, so that one misspelt section gives one error.
    private struct Frame {
        var shape: TemplateShape?
        var isListItem: Bool
        var isBroken = false
    }

    func check(_ tags: [TemplateTag]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let firstTag = tags.first { $0.kind != .comment }
        if firstTag?.kind != .pragma || normalized(firstTag?.name ?? "") != normalized(Self.requiredPragma) {
            problems.append(.error(.T3, "a jcm template starts with {{% \(Self.requiredPragma)}} so that Mustache does not HTML-escape; jcm escapes each value for the document's format",
                                   at: location(line: firstTag?.line ?? 1, column: firstTag?.column ?? 1)))
        }
        var frames = [Frame(shape: root, isListItem: false)]
        for tag in tags {
            let at = location(line: tag.line, column: tag.column)
            switch tag.kind {
            case .comment:
                continue
            case .pragma:
                if normalized(tag.name) != normalized(Self.requiredPragma) {
                    problems.append(.error(.T3, "unsupported pragma '\(tag.name)'; jcm templates use only {{% \(Self.requiredPragma)}}", at: at))
                }
            case .unsupported(let sigil):
                problems.append(.error(.T3, "'{{\(sigil)…}}' tags (partials, inheritance, delimiter changes) are not supported in jcm templates", at: at))
                return problems
            case .sectionEnd:
                if frames.count > 1 { frames.removeLast() }
            case .variable:
                if frames.contains(where: \.isBroken) { continue }
                switch resolve(tag.name, in: frames, asSection: false) {
                case .failure(let problem): problems.append(problem.diagnostic(at))
                case .success(.text), .success(nil): break
                case .success(let shape?): problems.append(misuse(tag.name, shape, at))
                }
            case .section, .invertedSection:
                let inverted = tag.kind == .invertedSection
                var frame = Frame(shape: nil, isListItem: false)
                if frames.contains(where: \.isBroken) {
                    frame.isBroken = true
                    frames.append(frame)
                    continue
                }
                switch resolve(tag.name, in: frames, asSection: true) {
                case .failure(let problem):
                    problems.append(problem.diagnostic(at))
                    frame.isBroken = true
                case .success(let shape?):
                    if let opened = Self.opened(shape, inverted: inverted) {
                        frame.shape = opened.shape
                        frame.isListItem = opened.isListItem
                    } else {
                        problems.append(.error(.T3, "'\(tag.name)' is \(shape.kindName) and cannot open a section; sections take a flag, a list, a value that may be absent, or a group", at: at))
                        frame.isBroken = true
                    }
                case .success(nil):
                    break
                }
                frames.append(frame)
            }
        }
        return problems
    }

    /// What a section over `shape` puts in scope; nil when the section is not allowed.
    private static func opened(_ shape: TemplateShape, inverted: Bool) -> (shape: TemplateShape?, isListItem: Bool)? {
        switch shape {
        case .flag: return (nil, false)
        case .list(let element): return inverted ? (nil, false) : (element, true)
        case .optional(.text): return inverted ? (nil, false) : (.text, false)
        case .optional(let wrapped): return inverted ? (nil, false) : opened(wrapped, inverted: false)
        case .record: return inverted ? nil : (shape, false)
        case .text: return nil
        }
    }

    private struct Problem: Error {
        var code: DiagnosticCode
        var message: String
        func diagnostic(_ location: SourceLocation) -> Diagnostic { .error(code, message, at: location) }
    }

    /// The shape a tag name refers to; `.success(nil)` for Mustache's per-item flags such as `first()`.
    private func resolve(_ name: String, in frames: [Frame], asSection: Bool) -> Result<TemplateShape?, Problem> {
        let scopes = frames.filter { $0.shape != nil }
        if let open = name.firstIndex(of: "(") {
            let function = String(name[..<open])
            guard name.hasSuffix("()"), let isFlag = Self.itemFunctions[function] else {
                return .failure(Problem(code: .T3, message: "'\(name)': jcm templates use no transforms other than \(Self.itemFunctions.keys.sorted().map { "\($0)()" }.joined(separator: ", ")) inside a list"))
            }
            guard scopes.last?.isListItem == true else {
                return .failure(Problem(code: .T3, message: "'\(name)' is only defined directly inside a list section"))
            }
            guard isFlag == asSection else {
                return .failure(Problem(code: .T3, message: asSection ? "'\(name)' is a number and cannot open a section" : "'\(name)' is a flag: use it as a section, {{#\(name)}}…{{/\(name)}}"))
            }
            return .success(nil)
        }
        if name == "." {
            return .success(scopes.last?.shape)
        }
        var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let searched = name.hasPrefix(".") ? Array(scopes.suffix(1)) : scopes
        if name.hasPrefix(".") { parts.removeFirst() }
        guard let first = parts.first, !first.isEmpty,
            let index = searched.lastIndex(where: { Self.fields($0.shape)?[first] != nil }),
            let found = Self.fields(searched[index].shape)?[first]
        else {
            let visible = searched.flatMap { Self.fields($0.shape).map { Array($0.keys) } ?? [] }
            return .failure(unknown(name, candidates: visible))
        }
        // Mustache looks an absent value up again in the enclosing sections.
        if case .optional = found, searched[..<index].contains(where: { Self.fields($0.shape)?[first] != nil }) {
            return .failure(Problem(code: .T3, message: "'\(name)' may be absent here, and Mustache would then read the '\(first)' of an enclosing section: write '.\(name)' to read only the innermost one"))
        }
        var shape = found
        var path = first
        for part in parts.dropFirst() {
            if case .optional = shape {
                return .failure(Problem(code: .T3, message: "'\(path)' may be absent: read '\(part)' inside {{#\(path)}}…{{/\(path)}}"))
            }
            guard let fields = Self.fields(shape) else {
                return .failure(Problem(code: .T1, message: "unknown key '\(name)': '\(path)' is \(shape.kindName) and has no '\(part)'"))
            }
            guard let next = fields[part] else {
                return .failure(unknown(name, candidates: fields.keys.map { "\(path).\($0)" }))
            }
            shape = next
            path += ".\(part)"
        }
        return .success(shape)
    }

    private static func fields(_ shape: TemplateShape?) -> [String: TemplateShape]? {
        if case .record(let fields)? = shape { return fields }
        return nil
    }

    private func unknown(_ name: String, candidates: [String]) -> Problem {
        Problem(code: .T1, message: "unknown key '\(name)': the document data has no such value\(Suggestion.hint(for: name, in: candidates.sorted()))")
    }

    private func misuse(_ name: String, _ shape: TemplateShape, _ at: SourceLocation) -> Diagnostic {
        let advice: String = switch shape {
        case .optional(.text): "write {{#\(name)}}{{.}}{{/\(name)}} so that its absence is a decision of the template"
        case .flag: "use it as a section: {{#\(name)}}…{{/\(name)}}"
        default: "use a section: {{#\(name)}}…{{/\(name)}}"
        }
        return .error(.T3, "'\(name)' is \(shape.kindName), not text: \(advice)", at: at)
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: template, line: line, column: column)
    }

    private func normalized(_ text: String) -> String {
        text.filter { !$0.isWhitespace }
    }
}
