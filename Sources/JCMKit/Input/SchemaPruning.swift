import JCMRules

/// Leaves out of a project's YAML the keys a schema does not declare, naming each one, so that a
/// project written for one version of a methodology can be read under another.
enum SchemaPruning {
    static func pruned(_ node: YAMLNode, _ schema: DataSchema, at path: FieldPath, ignored: inout [FieldPath])
        -> YAMLNode
    {
        switch (node.content, schema) {
        case (.mapping(let mapping), .record(let record)):
            var kept: [(key: YAMLNode, value: YAMLNode)] = []
            for (key, value) in mapping {
                guard let name = key.text else {
                    kept.append((key, value))
                    continue
                }
                guard let field = record.fields[name] else {
                    ignored.append(path.appending(name))
                    continue
                }
                kept.append((key, pruned(value, field, at: path.appending(name), ignored: &ignored)))
            }
            return YAMLNode(.mapping(kept), line: node.line, column: node.column)
        case (.sequence(let sequence), .list(let element)):
            let items = sequence.enumerated().map { index, item -> YAMLNode in
                pruned(item, element, at: path.item(DataReader.label(item, index)), ignored: &ignored)
            }
            return YAMLNode(.sequence(items), line: node.line, column: node.column)
        default:
            return node
        }
    }
}
