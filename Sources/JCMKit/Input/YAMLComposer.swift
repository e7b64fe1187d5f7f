internal import CYAML
import JCMDiagnostics

/// Builds the `YAMLNode` tree of a file from libyaml's events, on an explicit stack rather than by
/// recursion. What a hostile file cannot get past is decided here: nesting is at most
/// `maximumDepth` levels, and aliases may not stand for more nodes than the file has bytes.
enum YAMLComposer {
    /// Deeper nesting is refused before anything walks the tree (the readers recurse).
    static let maximumDepth = 1000

    /// The single document of `text`, or nil when the file holds none (only comments, or nothing).
    static func compose(_ text: String, path: String) throws(DiagnosticError) -> YAMLNode? {
        var text = text
        let result = text.withUTF8 { bytes in
            var composition = Composition(path: path, bytes: bytes)
            return Result { () throws(DiagnosticError) in try composition.run() }
        }
        return try result.get()
    }
}

/// One composition: the open collections, the anchors seen so far, and the expanded size.
private struct Composition {
    let path: String
    let bytes: UnsafeBufferPointer<UInt8>
    /// A file holds at most about one node per byte it has; more means aliases multiplied it.
    let budget: Int
    private var open: [OpenCollection] = []
    private var anchors: [String: Composed] = [:]
    private var root: Composed?
    private var documents = 0
    private var sawAlias = false

    /// A finished node with the number of nodes it stands for, aliases counted as the copies they
    /// are (saturating just past the budget, so that no count overflows).
    private struct Composed {
        var node: YAMLNode
        var size: Int
    }

    /// A mapping or list whose end has not been read yet; a mapping's children alternate key, value.
    private struct OpenCollection {
        let isMapping: Bool
        let line: Int
        let column: Int
        let anchor: String?
        var children: [YAMLNode] = []
        var size = 1
    }

    init(path: String, bytes: UnsafeBufferPointer<UInt8>) {
        self.path = path
        self.bytes = bytes
        budget = bytes.count + 64
    }

    mutating func run() throws(DiagnosticError) -> YAMLNode? {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw failure("cannot parse YAML: out of memory", line: 1, column: 1)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, start, bytes.count)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw DiagnosticError(problem(of: parser)) }
            defer { yaml_event_delete(&event) }
            if try take(event) { break }
        }
        if sawAlias, let root, root.size > budget {
            let message = "the file's YAML aliases (*name) expand to far more data than the file holds; "
                + "write the data out"
            throw failure(message, line: 1, column: 1)
        }
        return root?.node
    }

    /// Composes one event into the tree; true at the end of the stream.
    private mutating func take(_ event: yaml_event_t) throws(DiagnosticError) -> Bool {
        let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw failure("YAML syntax error: expected a single document in the stream but found another document",
                              line: line, column: column)
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let node = YAMLNode(.scalar(text, Self.style(scalar.style)), line: line, column: column)
            try add(Composed(node: node, size: 1), anchor: Self.name(scalar.anchor))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard open.count < YAMLComposer.maximumDepth else {
                throw failure("YAML nested more than \(YAMLComposer.maximumDepth) levels deep, more than jcm reads",
                              line: line, column: column)
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            open.append(OpenCollection(isMapping: isMapping, line: line, column: column, anchor: Self.name(anchor)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let collection = open.removeLast()
            try add(Composed(node: try finished(collection), size: collection.size), anchor: collection.anchor)
        case YAML_ALIAS_EVENT:
            guard let name = Self.name(event.data.alias.anchor), let anchored = anchors[name] else {
                throw failure("YAML syntax error: found undefined alias", line: line, column: column)
            }
            sawAlias = true
            try add(anchored, anchor: nil)
        default:
            break
        }
        return false
    }

    private mutating func add(_ composed: Composed, anchor: String?) throws(DiagnosticError) {
        if let anchor { anchors[anchor] = composed }
        guard !open.isEmpty else {
            root = composed
            return
        }
        let last = open.count - 1
        open[last].children.append(composed.node)
        open[last].size = min(open[last].size + composed.size, budget + 1)
    }

    private func finished(_ collection: OpenCollection) throws(DiagnosticError) -> YAMLNode {
        guard collection.isMapping else {
            return YAMLNode(.sequence(collection.children), line: collection.line, column: collection.column)
        }
        let children = collection.children
        let pairs = stride(from: 0, to: children.count - 1, by: 2).map { (key: children[$0], value: children[$0 + 1]) }
        try refuseDuplicates(pairs)
        return YAMLNode(.mapping(pairs), line: collection.line, column: collection.column)
    }

    /// A key written twice would make the value depend on which one a reader takes. The error is
    /// placed at the second occurrence of the first duplicated key: the one to fix.
    private func refuseDuplicates(_ pairs: [(key: YAMLNode, value: YAMLNode)]) throws(DiagnosticError) {
        guard pairs.count > 1 else { return }
        var seen: Set<String> = []
        var repeats: [String: YAMLNode] = [:]
        for (index, pair) in pairs.enumerated() {
            guard let key = pair.key.text else { continue }
            // Most mappings have a handful of keys, which compare faster than they hash.
            let repeated =
                pairs.count <= 16 ? pairs[..<index].contains { $0.key.text == key } : !seen.insert(key).inserted
            if repeated, repeats[key] == nil { repeats[key] = pair.key }
        }
        let names = repeats.keys.sorted()
        guard let first = names.first, let place = repeats[first] else { return }
        throw failure("duplicate key(s) \(names.joined(separator: ", ")) in one mapping: keep one",
                      line: place.line, column: place.column)
    }

    private func failure(_ message: String, line: Int, column: Int) -> DiagnosticError {
        DiagnosticError(.error(.Y1, message, at: SourceLocation(file: path, line: line, column: column)))
    }

    /// libyaml's own words for what stopped it, at its place.
    private func problem(of parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let mark = parser.problem_mark
        switch parser.error {
        case YAML_READER_ERROR:
            // The reader counts bytes; the column is counted in characters, as everywhere else.
            let offset = min(Int(parser.problem_offset), bytes.count)
            let before = bytes[..<offset]
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
            let line = before.count(where: { $0 == 0x0A }) + 1
            let place = SourceLocation(file: path, line: line, column: column)
            return .error(.Y1, "YAML cannot be read: \(problem)", at: place)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let context = parser.context.map { String(cString: $0) + " " } ?? ""
            return .error(.Y1, "YAML syntax error: \(context)\(problem)",
                          at: SourceLocation(file: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1))
        default:
            return .error(.Y1, "cannot parse YAML: \(problem)", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
