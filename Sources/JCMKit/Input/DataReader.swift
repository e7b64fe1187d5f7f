import JCMDiagnostics
import JCMRules
import JCMUnits

/// Turns YAML into a typed `DataNode` tree following a `DataSchema`, reporting each problem
/// with its file, line, key and what was expected.
struct DataReader {
    let log: DiagnosticLog

    func read(_ node: LocatedNode, as schema: DataSchema) -> DataNode? {
        switch schema {
        case .leaf(let spec):
            return spec.convert(node, log: log).map { DataNode(.leaf($0), path: node.path, location: node.location) }
        case .record(let spec):
            return readRecord(node, spec)
        case .list(let element):
            guard let items = node.items(log) else { return nil }
            let located = items.enumerated().map { index, item in
                LocatedNode(node: item.node, file: item.file, path: node.path.item(label(item, index)))
            }
            let nodes = located.count >= Self.spreadFrom
                ? readSpread(located, as: element)
                : located.compactMap { read($0, as: element) }
            return DataNode(.sequence(nodes), path: node.path, location: node.location)
        case .free:
            return readFree(node)
        }
    }

    /// A list this long is read on every core, in runs of `runLength` items.
    static let spreadFrom = 1_000
    static let runLength = 250

    /// Each run of items read with a log of its own; the nodes and the problems are then taken in
    /// the items' order, as one core would have found them.
    private func readSpread(_ items: [LocatedNode], as element: DataSchema) -> [DataNode] {
        let kind = log.kind
        let read = Concurrent.map(items, inRunsOf: Self.runLength) { run in
            let reader = DataReader(log: DiagnosticLog(for: kind))
            return (nodes: run.compactMap { reader.read($0, as: element) }, problems: reader.log.diagnostics)
        }
        for run in read { log.append(run.problems) }
        return read.flatMap(\.nodes)
    }

    /// `equipment[B-1]` rather than `equipment[0]`: an item is named by its `id`, or by the
    /// equipment it refers to (monitored readings).
    private func label(_ item: LocatedNode, _ index: Int) -> String { Self.label(item.node, index) }

    static func label(_ item: YAMLNode, _ index: Int) -> String {
        if let id = (item["id"] ?? item["equipment"])?.text { return id }
        return String(index)
    }

    private func readRecord(_ node: LocatedNode, _ spec: RecordSpec) -> DataNode? {
        guard let reader = MappingReader(node, allowed: spec.order, log: log, what: node.path.isEmpty ? "the project" : "'\(node.path)'")
        else { return nil }
        var fields: [DataNode.Field] = []
        for key in spec.order {
            guard let child = reader.optional(key) else {
                if spec.required.contains(key) { _ = reader.required(key) }
                continue
            }
            if let value = read(child, as: spec.fields[key]!) { fields.append(.init(key: key, node: value)) }
        }
        return DataNode(.mapping(fields), path: node.path, location: node.location)
    }

    /// Data nobody declared: scalars become flags, dates, quantities or text by their look.
    private func readFree(_ node: LocatedNode) -> DataNode? {
        switch node.node.content {
        case .mapping:
            guard let entries = node.entries(log) else { return nil }
            let fields = entries.compactMap { entry in readFree(entry.value).map { DataNode.Field(key: entry.key, node: $0) } }
            return DataNode(.mapping(fields), path: node.path, location: node.location)
        case .sequence:
            return read(node, as: .list(.free))
        case .scalar:
            let text = node.scalarText ?? ""
            if let problem = TextSafety.problem(in: text) {
                log.error(.P3, "\(node.displayName) \(problem)", at: node.location)
                return nil
            }
            let value: Value
            if node.isQuoted {
                value = .text(text)
            } else if let flag = ["true": true, "false": false][text] {
                value = .boolean(flag)
            } else if let date = CalendarDate(iso: text) {
                value = .date(date)
            } else if let quantity = try? Quantity(parsing: text) {
                value = .quantity(quantity)
            } else {
                value = .text(text)
            }
            return DataNode(.leaf(value), path: node.path, location: node.location)
        }
    }
}
