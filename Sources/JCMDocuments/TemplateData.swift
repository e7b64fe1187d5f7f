import Mustache

/// Document data as Mustache reads it: each record's fields gathered once into a table.
///
/// Mustache finds a name in a plain struct by reflecting the whole struct at every lookup, and
/// again at every enclosing section the name is not in; for a project of a thousand items that
/// was half of `jcm render`. The tables are filled by the records' own (compiled) `Encodable`
/// conformances, not by reflection. An absent optional is left out of its table, so Mustache
/// looks further out for it, as it did before. A table is filled while it is built and only
/// read afterwards, so the documents of one format can be rendered from it on several threads.
final class TemplateData: MustacheParent, @unchecked Sendable {
    fileprivate var fields: [String: Any] = [:]

    init(_ record: some TemplateRecord) {
        do {
            try record.encode(to: TemplateDataEncoder(self))
        } catch {
            preconditionFailure("\(type(of: record)) holds a value that is not document data: \(error)")
        }
    }

    private init(fields: [String: Any]) { self.fields = fields }

    func child(named name: String) -> Any? { fields[name] }

    /// This data with `key` set to `value`, for the few fields that differ between the documents
    /// of one format.
    func replacing(_ key: String, with value: some Encodable) -> TemplateData {
        var fields = self.fields
        do {
            fields[key] = try templateValue(value)
        } catch {
            preconditionFailure("'\(key)' is not document data: \(error)")
        }
        return TemplateData(fields: fields)
    }
}

/// Where an encoded value goes: a record's table or a list.
private enum TemplateSlot {
    case record(TemplateData)
    case list(TemplateList)
}

private final class TemplateList {
    var elements: [Any] = []
}

/// Texts and flags are stored as they are; records and lists become tables and arrays.
private func templateValue<T: Encodable>(_ value: T) throws -> Any {
    if let text = value as? DocumentText { return text }
    if let flag = value as? Bool { return flag }
    let encoder = TemplateDataEncoder(nil)
    try value.encode(to: encoder)
    switch encoder.slot {
    case .record(let data): return data
    case .list(let list): return list.elements
    case nil: throw TemplateDataError.notTemplateValue(String(describing: T.self))
    }
}

private enum TemplateDataError: Error {
    case notTemplateValue(String)
}

private final class TemplateDataEncoder: Encoder {
    var slot: TemplateSlot?
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ record: TemplateData?) { slot = record.map(TemplateSlot.record) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .record(let data) = slot { return KeyedEncodingContainer(RecordContainer(data: data)) }
        let data = TemplateData(empty: ())
        slot = .record(data)
        return KeyedEncodingContainer(RecordContainer(data: data))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let list = TemplateList()
        slot = .list(list)
        return ListContainer(list: list)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { UnsupportedContainer() }
}

extension TemplateData {
    fileprivate convenience init(empty: Void) { self.init(fields: [:]) }
}

private struct RecordContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let data: TemplateData
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        data.fields[key.stringValue] = try templateValue(value)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    )
        -> KeyedEncodingContainer<NestedKey>
    { unsupported() }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { unsupported() }
    mutating func superEncoder() -> any Encoder { unsupported() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { unsupported() }
}

private struct ListContainer: UnkeyedEncodingContainer {
    let list: TemplateList
    var codingPath: [any CodingKey] { [] }
    var count: Int { list.elements.count }

    mutating func encodeNil() throws {}
    mutating func encode<T: Encodable>(_ value: T) throws { list.elements.append(try templateValue(value)) }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    )
        -> KeyedEncodingContainer<NestedKey>
    { unsupported() }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { unsupported() }
    mutating func superEncoder() -> any Encoder { unsupported() }
}

/// Records' synthesized conformances never ask for nested containers or a superclass's encoder.
private func unsupported() -> Never {
    preconditionFailure("document data is records, lists, texts and flags, encoded by synthesized conformances")
}

/// Document data is records, lists, texts and flags; a bare number or string would be unescaped.
private struct UnsupportedContainer: SingleValueEncodingContainer {
    var codingPath: [any CodingKey] { [] }
    mutating func encodeNil() throws {}
    mutating func encode<T: Encodable>(_ value: T) throws {
        throw TemplateDataError.notTemplateValue(String(describing: T.self))
    }
}
