/// What a template can read at one place in the document data. Templates are checked against
/// shapes before rendering, because Mustache renders an unknown key as nothing.
indirect enum TemplateShape: Sendable, Equatable {
    case text
    case flag
    case list(TemplateShape)
    /// Present or absent: a template reads it only inside a `{{#key}}` section.
    case optional(TemplateShape)
    case record([String: TemplateShape])

    var kindName: String {
        switch self {
        case .text: "text"
        case .flag: "a yes/no flag"
        case .list: "a list"
        case .optional(let wrapped): "\(wrapped.kindName) that may be absent"
        case .record: "a group of values"
        }
    }
}

/// A value that templates can read, whose shape follows from its type alone, so that keys used
/// inside a list are checked even when the list is empty.
protocol TemplateValue {
    static var templateShape: TemplateShape { get }
}

extension Bool: TemplateValue {
    static var templateShape: TemplateShape { .flag }
}

extension Array: TemplateValue where Element: TemplateValue {
    static var templateShape: TemplateShape { .list(Element.templateShape) }
}

extension Optional: TemplateValue where Wrapped: TemplateValue {
    static var templateShape: TemplateShape { .optional(Wrapped.templateShape) }
}

/// Named values; the keys are the stored properties. The shape is read off an empty instance,
/// which is why every stored property has a default value.
protocol TemplateRecord: TemplateValue, Sendable, Encodable {
    init()
}

extension TemplateRecord {
    static var templateShape: TemplateShape {
        var fields: [String: TemplateShape] = [:]
        for child in Mirror(reflecting: Self()).children {
            guard let label = child.label else { continue }
            guard let type = type(of: child.value) as? any TemplateValue.Type else {
                preconditionFailure("\(Self.self).\(label) is not a TemplateValue")
            }
            fields[label] = type.templateShape
        }
        return .record(fields)
    }
}
