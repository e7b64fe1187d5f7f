import JCMRules
import Yams

/// Leaves out of a project's YAML the keys a schema does not declare, naming each one, so that a
/// project written for one version of a methodology can be read under another.
enum SchemaPruning {
    static func pruned(_ node: Node, _ schema: DataSchema, at path: FieldPath, ignored: inout [FieldPath]) -> Node {
        switch (node, schema) {
        case (.mapping(let mapping), .record(let record)):
            var kept: [(Node, Node)] = []
            for (key, value) in mapping {
                guard let name = key.string else {
                    kept.append((key, value))
                    continue
                }
                guard let field = record.fields[name] else {
                    ignored.append(path.appending(name))
                    continue
                }
                kept.append((key, pruned(value, field, at: path.appending(name), ignored: &ignored)))
            }
            return .mapping(Node.Mapping(kept, mapping.tag, mapping.style, mapping.mark))
        case (.sequence(let sequence), .list(let element)):
            let items = sequence.enumerated().map { index, item -> Node in
                pruned(item, element, at: path.item(DataReader.label(item, index)), ignored: &ignored)
            }
            return .sequence(Node.Sequence(items, sequence.tag, sequence.style, sequence.mark))
        default:
            return node
        }
    }
}
