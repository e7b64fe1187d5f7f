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
    /// The fields' names in the order the record gives them. Records of one type with the same
    /// fields share one array: a project of many items has hundreds of thousands of records, and
    /// a table of names for each was most of a render's memory.
    fileprivate var names: [String] = []
    fileprivate var values: [Any] = []

    init(_ record: some TemplateRecord) {
        let names = NameTable()
        start(like: names, type(of: record))
        do {
            try record.encode(to: TemplateDataEncoder(self, names: names))
        } catch {
            preconditionFailure("\(type(of: record)) holds a value that is not document data: \(error)")
        }
        finish(names, type(of: record))
    }

    private init(names: [String], values: [Any]) {
        self.names = names
        self.values = values
    }

    /// A record has a handful of fields, most of them short names: a scan is quicker than hashing.
    func child(named name: String) -> Any? { names.firstIndex(of: name).map { values[$0] } }

    /// This data with `key` set to `value`, for the few fields that differ between the documents
    /// of one format.
    func replacing(_ key: String, with value: some Encodable) -> TemplateData {
        var names = self.names, values = self.values
        let encoded: Any
        do {
            encoded = try templateValue(value, names: NameTable())
        } catch {
            preconditionFailure("'\(key)' is not document data: \(error)")
        }
        if let index = names.firstIndex(of: key) {
            values[index] = encoded
        } else {
            names.append(key)
            values.append(encoded)
        }
        return TemplateData(names: names, values: values)
    }

    /// Begins a record with the names of the last record of its type, shared until it differs.
    fileprivate func start(like table: NameTable, _ type: Any.Type) {
        names = table.names(of: type)
        values.reserveCapacity(names.count)
    }

    fileprivate func add(_ name: String, _ value: Any) {
        let index = values.count
        if index >= names.count || names[index] != name {
            names.removeSubrange(index...)
            names.append(name)
        }
        values.append(value)
    }

    fileprivate func finish(_ table: NameTable, _ type: Any.Type) {
        if names.count > values.count { names.removeSubrange(values.count...) }
        table.remember(names, of: type)
    }
}

/// The field names of the last record encoded of each type.
private final class NameTable {
    private var last: [ObjectIdentifier: [String]] = [:]

    func names(of type: Any.Type) -> [String] { last[ObjectIdentifier(type)] ?? [] }

    func remember(_ names: [String], of type: Any.Type) { last[ObjectIdentifier(type)] = names }
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
private func templateValue<T: Encodable>(_ value: T, names: NameTable) throws -> Any {
    if let text = value as? DocumentText { return text }
    if let flag = value as? Bool { return flag }
    let encoder = TemplateDataEncoder(of: T.self, names: names)
    try value.encode(to: encoder)
    switch encoder.slot {
    case .record(let data):
        data.finish(names, T.self)
        return data
    case .list(let list): return list.elements
    case nil: throw TemplateDataError.notTemplateValue(String(describing: T.self))
    }
}

private enum TemplateDataError: Error {
    case notTemplateValue(String)
}

private final class TemplateDataEncoder: Encoder {
    var slot: TemplateSlot?
    /// The type of the value being encoded, whose last record's names a new record starts from.
    let type: Any.Type
    let names: NameTable
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ record: TemplateData, names: NameTable) {
        slot = .record(record)
        type = TemplateData.self
        self.names = names
    }

    init(of type: Any.Type, names: NameTable) {
        self.type = type
        self.names = names
    }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .record(let data) = slot { return KeyedEncodingContainer(RecordContainer(data: data, names: names)) }
        let data = TemplateData(empty: ())
        data.start(like: names, type)
        slot = .record(data)
        return KeyedEncodingContainer(RecordContainer(data: data, names: names))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let list = TemplateList()
        slot = .list(list)
        return ListContainer(list: list, names: names)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { UnsupportedContainer() }
}

extension TemplateData {
    fileprivate convenience init(empty: Void) { self.init(names: [], values: []) }
}

private struct RecordContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let data: TemplateData
    let names: NameTable
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        data.add(key.stringValue, try templateValue(value, names: names))
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
    let names: NameTable
    var codingPath: [any CodingKey] { [] }
    var count: Int { list.elements.count }

    mutating func encodeNil() throws {}
    mutating func encode<T: Encodable>(_ value: T) throws {
        list.elements.append(try templateValue(value, names: names))
    }
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
