import CapexData
/// Turns any `Encodable` value (a service result) into a ``JSONValue`` tree, keeping numbers,
/// booleans and nulls as they are, so ``JSONWriter`` can print it with CapexGap's layout.
///
/// ```swift
/// let tree = try ResultEncoder.encode(result)
/// print(JSONWriter.text(tree))
/// ```
public enum ResultEncoder {
    public static func encode(_ value: some Encodable) throws -> JSONValue {
        let root = Node()
        try value.encode(to: TreeEncoder(node: root, codingPath: []))
        return root.value
    }
}

/// A node of the tree being written: a value, or a container still being filled.
final class Node {
    enum Content {
        case value(JSONValue)
        case object([String: Node], order: [String])
        case array([Node])
    }

    var content: Content = .value(.null)

    var value: JSONValue {
        switch content {
        case .value(let value): value
        case .object(let members, _): .object(members.mapValues(\.value))
        case .array(let elements): .array(elements.map(\.value))
        }
    }

    /// The child for `key`, making this node an object if it is not one yet.
    func child(_ key: String) -> Node {
        var (members, order): ([String: Node], [String])
        if case .object(let existing, let existingOrder) = content {
            (members, order) = (existing, existingOrder)
        } else {
            (members, order) = ([:], [])
        }
        if let node = members[key] { return node }
        let node = Node()
        members[key] = node
        order.append(key)
        content = .object(members, order: order)
        return node
    }

    /// A new last element, making this node an array if it is not one yet.
    func append() -> Node {
        var elements: [Node]
        if case .array(let existing) = content { elements = existing } else { elements = [] }
        let node = Node()
        elements.append(node)
        content = .array(elements)
        return node
    }

    func makeObject() {
        if case .object = content { return }
        content = .object([:], order: [])
    }

    func makeArray() {
        if case .array = content { return }
        content = .array([])
    }

    var count: Int {
        if case .array(let elements) = content { return elements.count }
        return 0
    }
}

struct TreeEncoder: Encoder {
    let node: Node
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedTree<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedTree(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTree(node: node, codingPath: codingPath)
    }
}

/// Writes a leaf value: numbers, strings and booleans as themselves, anything else through its
/// own `encode(to:)`.
func write(_ value: some Encodable, into node: Node, codingPath: [any CodingKey]) throws {
    switch value {
    case let text as String: node.content = .value(.string(text))
    case let flag as Bool: node.content = .value(.bool(flag))
    case let number as Int: node.content = .value(.integer(Int64(number)))
    case let number as Int64: node.content = .value(.integer(number))
    case let number as Int32: node.content = .value(.integer(Int64(number)))
    case let number as UInt64: node.content = .value(.unsigned(number))
    case let number as UInt32: node.content = .value(.integer(Int64(number)))
    case let number as Double: node.content = .value(number.isFinite ? .number(number) : .null)
    case let number as Float: node.content = .value(number.isFinite ? .number(Double(number)) : .null)
    default: try value.encode(to: TreeEncoder(node: node, codingPath: codingPath))
    }
}

struct KeyedTree<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try write(value, into: node.child(key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = node.child(key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(KeyedTree<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.child(key.stringValue)
        child.makeArray()
        return UnkeyedTree(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.child("super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]) }
}

struct UnkeyedTree: UnkeyedEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]
    var count: Int { node.count }

    mutating func encodeNil() throws { node.append().content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try write(value, into: node.append(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = node.append()
        child.makeObject()
        return KeyedEncodingContainer(KeyedTree<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = node.append()
        child.makeArray()
        return UnkeyedTree(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.append(), codingPath: codingPath) }
}

struct SingleTree: SingleValueEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try write(value, into: node, codingPath: codingPath)
    }
}
