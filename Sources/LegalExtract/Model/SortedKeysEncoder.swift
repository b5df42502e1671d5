/// Writes any `Encodable` as JSON with sorted keys, through `JSONOutput`.
///
/// The model types' `Codable` conformances are the one place that says how
/// each field is written: a new field is one edit. This encoder only makes
/// that fast — Foundation's `JSONEncoder` cost as much as the extraction —
/// and its compact form is byte for byte `JSONEncoder`'s with `.sortedKeys`
/// and `.withoutEscapingSlashes` (a test holds the two together).
enum SortedKeysEncoder {
  static func encode<T: Encodable>(_ value: T, pretty: Bool, capacity: Int = 4096) -> [UInt8] {
    let encoder = NodeEncoder(codingPath: [])
    // The model's encoders do not throw; an encoder that did would leave
    // what it wrote so far, which is still valid JSON.
    try? value.encode(to: encoder)
    var out = JSONOutput(pretty: pretty, capacity: capacity)
    encoder.node.write(to: &out)
    return out.bytes
  }
}

/// A value as the encoder collects it before writing: objects are sorted at
/// write time, so types may encode their keys in any order.
private enum JSONNode {
  case string(String)
  case int(Int)
  case double(Double)
  /// A number written as given (unsigned and Float values keep their digits).
  case literal(String)
  case bool(Bool)
  case null
  case array(ArrayBox)
  case object(ObjectBox)

  func write(to out: inout JSONOutput) {
    switch self {
    case .string(let s): out.string(s)
    case .int(let i): out.int(i)
    case .double(let d): out.number(d)
    case .literal(let text): out.literal(text)
    case .bool(let b): out.bool(b)
    case .null: out.null()
    case .array(let box): out.array(box.items) { o, node in node.write(to: &o) }
    case .object(let box):
      let members = box.members.sorted { $0.key < $1.key }
      out.object { o in
        for member in members {
          o.key(member.key)
          member.value.write(to: &o)
        }
      }
    }
  }
}

private final class ArrayBox { var items: [JSONNode] = [] }
private final class ObjectBox { var members: [(key: String, value: JSONNode)] = [] }

/// The `Encoder` a value writes itself into; it holds the one node made.
private final class NodeEncoder: Encoder {
  let codingPath: [CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  /// A value that makes no container encodes as `{}`, as with JSONEncoder.
  var node: JSONNode = .object(ObjectBox())

  init(codingPath: [CodingKey]) { self.codingPath = codingPath }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object(let box) = node {
      return KeyedEncodingContainer(KeyedWriter<Key>(box: box, codingPath: codingPath))
    }
    let box = ObjectBox()
    node = .object(box)
    return KeyedEncodingContainer(KeyedWriter<Key>(box: box, codingPath: codingPath))
  }

  func unkeyedContainer() -> UnkeyedEncodingContainer {
    let box = ArrayBox()
    node = .array(box)
    return UnkeyedWriter(box: box, codingPath: codingPath)
  }

  func singleValueContainer() -> SingleValueEncodingContainer {
    SingleValueWriter(encoder: self)
  }

  /// The node for one value: primitives directly, anything else through
  /// its own `encode(to:)`.
  static func node<T: Encodable>(for value: T, at codingPath: @autoclosure () -> [CodingKey]) throws
    -> JSONNode
  {
    switch value {
    case let s as String: return .string(s)
    case let i as Int: return .int(i)
    case let b as Bool: return .bool(b)
    case let d as Double: return .double(d)
    default:
      let child = NodeEncoder(codingPath: codingPath())
      try value.encode(to: child)
      return child.node
    }
  }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: ObjectBox
  let codingPath: [CodingKey]

  mutating func encodeNil(forKey key: Key) throws { box.members.append((key.stringValue, .null)) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    box.members.append((key.stringValue, try NodeEncoder.node(for: value, at: codingPath + [key])))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = ObjectBox()
    box.members.append((key.stringValue, .object(nested)))
    return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: nested, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
    let nested = ArrayBox()
    box.members.append((key.stringValue, .array(nested)))
    return UnkeyedWriter(box: nested, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> Encoder { superEncoder(named: "super") }
  mutating func superEncoder(forKey key: Key) -> Encoder { superEncoder(named: key.stringValue) }

  private func superEncoder(named name: String) -> Encoder {
    let encoder = SuperEncoder(codingPath: codingPath)
    box.members.append((name, .null))
    let index = box.members.count - 1
    let box = self.box
    encoder.onFinish = { node in box.members[index].value = node }
    return encoder
  }
}

/// `superEncoder` hands out an encoder whose node is filled in later.
private final class SuperEncoder: Encoder {
  let codingPath: [CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  private let inner: NodeEncoder
  var onFinish: (JSONNode) -> Void = { _ in }

  init(codingPath: [CodingKey]) {
    self.codingPath = codingPath
    inner = NodeEncoder(codingPath: codingPath)
  }

  deinit { onFinish(inner.node) }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    inner.container(keyedBy: type)
  }
  func unkeyedContainer() -> UnkeyedEncodingContainer { inner.unkeyedContainer() }
  func singleValueContainer() -> SingleValueEncodingContainer { inner.singleValueContainer() }
}

private struct IndexKey: CodingKey {
  let intValue: Int?
  var stringValue: String { String(intValue ?? 0) }
  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { return nil }
  init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
  let box: ArrayBox
  let codingPath: [CodingKey]
  var count: Int { box.items.count }

  mutating func encodeNil() throws { box.items.append(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    box.items.append(try NodeEncoder.node(for: value, at: codingPath + [IndexKey(count)]))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = ObjectBox()
    box.items.append(.object(nested))
    return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: nested, codingPath: codingPath + [IndexKey(count)]))
  }

  mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
    let nested = ArrayBox()
    box.items.append(.array(nested))
    return UnkeyedWriter(box: nested, codingPath: codingPath + [IndexKey(count)])
  }

  mutating func superEncoder() -> Encoder {
    let encoder = SuperEncoder(codingPath: codingPath)
    box.items.append(.null)
    let index = box.items.count - 1
    let box = self.box
    encoder.onFinish = { node in box.items[index] = node }
    return encoder
  }
}

private struct SingleValueWriter: SingleValueEncodingContainer {
  let encoder: NodeEncoder
  var codingPath: [CodingKey] { encoder.codingPath }

  mutating func encodeNil() throws { encoder.node = .null }
  mutating func encode(_ value: Bool) throws { encoder.node = .bool(value) }
  mutating func encode(_ value: String) throws { encoder.node = .string(value) }
  mutating func encode(_ value: Double) throws { encoder.node = .double(value) }
  mutating func encode(_ value: Float) throws { encoder.node = .literal(String(value)) }
  mutating func encode(_ value: Int) throws { encoder.node = .int(value) }
  mutating func encode(_ value: Int8) throws { encoder.node = .int(Int(value)) }
  mutating func encode(_ value: Int16) throws { encoder.node = .int(Int(value)) }
  mutating func encode(_ value: Int32) throws { encoder.node = .int(Int(value)) }
  mutating func encode(_ value: Int64) throws { encoder.node = .int(Int(value)) }
  mutating func encode(_ value: UInt) throws { encoder.node = .literal(String(value)) }
  mutating func encode(_ value: UInt8) throws { encoder.node = .int(Int(value)) }
  mutating func encode(_ value: UInt16) throws { encoder.node = .int(Int(value)) }
  mutating func encode(_ value: UInt32) throws { encoder.node = .int(Int(value)) }
  mutating func encode(_ value: UInt64) throws { encoder.node = .literal(String(value)) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    encoder.node = try NodeEncoder.node(for: value, at: encoder.codingPath)
  }
}
