/// Writes any `Encodable` as JSON with sorted keys, through `JSONOutput`.
///
/// The model types' `Codable` conformances are the one place that says how
/// each field is written: a new field is one edit. This encoder only makes
/// that fast — Foundation's `JSONEncoder` cost as much as the extraction —
/// and its compact form is byte for byte `JSONEncoder`'s with `.sortedKeys`
/// and `.withoutEscapingSlashes` (a test holds the two together).
enum SortedKeysEncoder {
  static func encode<T: Encodable>(_ value: T, pretty: Bool, capacity: Int = 4096) -> [UInt8] {
    let encoder = NodeEncoder()
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
  /// What a value that makes no container writes, as with JSONEncoder.
  case emptyObject

  func write(to out: inout JSONOutput) {
    switch self {
    case .string(let s): out.string(s)
    case .int(let i): out.int(i)
    case .double(let d): out.number(d)
    case .literal(let text): out.literal(text)
    case .bool(let b): out.bool(b)
    case .null: out.null()
    case .emptyObject: out.object { _ in }
    case .array(let box): out.array(box.items) { o, node in node.write(to: &o) }
    case .object(let box):
      // Sorted in the box itself: a copy first (copy-on-write of the box's
      // array) cost as much as the sort. The tree is written once.
      if !box.members.isSorted(by: { $0.key < $1.key }) { box.members.sort { $0.key < $1.key } }
      let members = box.members
      out.object { o in
        for member in members {
          o.key(member.key)
          member.value.write(to: &o)
        }
      }
    }
  }
}

extension Array {
  fileprivate func isSorted(by less: (Element, Element) -> Bool) -> Bool {
    var i = 1
    while i < count {
      if less(self[i], self[i - 1]) { return false }
      i += 1
    }
    return true
  }
}

/// Both boxes reserve room up front: the model's objects have 5–16 keys
/// and its spans two items; growing each array from one element (four or
/// five reallocations an object) cost 17M of the encoding's 145M
/// instructions a pass over the benchmark corpus.
private final class ArrayBox {
  var items: [JSONNode]
  init() {
    items = []
    items.reserveCapacity(4)
  }
}
private final class ObjectBox {
  var members: [(key: String, value: JSONNode)]
  init() {
    members = []
    members.reserveCapacity(16)
  }
}

/// The `Encoder` a value writes itself into; it holds the one node made.
private final class NodeEncoder: Encoder {
  /// Coding paths are not tracked: they only label errors, the model's
  /// encoders throw none, and building them cost an allocation per value.
  var codingPath: [CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  var node: JSONNode = .emptyObject

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object(let box) = node {
      return KeyedEncodingContainer(KeyedWriter<Key>(box: box))
    }
    let box = ObjectBox()
    node = .object(box)
    return KeyedEncodingContainer(KeyedWriter<Key>(box: box))
  }

  func unkeyedContainer() -> UnkeyedEncodingContainer {
    let box = ArrayBox()
    node = .array(box)
    return UnkeyedWriter(box: box)
  }

  func singleValueContainer() -> SingleValueEncodingContainer {
    SingleValueWriter(encoder: self)
  }

  /// The node for one value: primitives directly, anything else through
  /// its own `encode(to:)`.
  static func node<T: Encodable>(for value: T) throws -> JSONNode {
    // Type identity, not `as?` casts: most values here are model structs,
    // for which four failed dynamic casts each cost more than the encoding.
    if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
    if T.self == Int.self { return .int(unsafeBitCast(value, to: Int.self)) }
    if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
    if T.self == Double.self { return .double(unsafeBitCast(value, to: Double.self)) }
    // A span, as `TextSpan.encode(to:)` writes it (every mention has one).
    if T.self == TextSpan.self {
      let span = unsafeBitCast(value, to: TextSpan.self)
      let box = ArrayBox()
      box.items.append(.int(span.start))
      box.items.append(.int(span.end))
      return .array(box)
    }
    // What `Array.encode(to:)` makes of a list of names, without an encoder
    // and a container for it (every case writes four or five such lists).
    if T.self == [String].self {
      let box = ArrayBox()
      for s in unsafeBitCast(value, to: [String].self) { box.items.append(.string(s)) }
      return .array(box)
    }
    let child = NodeEncoder()
    try value.encode(to: child)
    return child.node
  }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: ObjectBox
  var codingPath: [CodingKey] { [] }

  mutating func encodeNil(forKey key: Key) throws { box.members.append((key.stringValue, .null)) }
  // Concrete overloads: synthesized conformances call these for fields of
  // these types, which spares a dynamic cast per field.
  mutating func encode(_ value: String, forKey key: Key) throws {
    box.members.append((key.stringValue, .string(value)))
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    box.members.append((key.stringValue, .int(value)))
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    box.members.append((key.stringValue, .bool(value)))
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    box.members.append((key.stringValue, .double(value)))
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    box.members.append((key.stringValue, try NodeEncoder.node(for: value)))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  )
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = ObjectBox()
    box.members.append((key.stringValue, .object(nested)))
    return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: nested))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
    let nested = ArrayBox()
    box.members.append((key.stringValue, .array(nested)))
    return UnkeyedWriter(box: nested)
  }

  mutating func superEncoder() -> Encoder { superEncoder(named: "super") }
  mutating func superEncoder(forKey key: Key) -> Encoder { superEncoder(named: key.stringValue) }

  private func superEncoder(named name: String) -> Encoder {
    let encoder = SuperEncoder()
    box.members.append((name, .null))
    let index = box.members.count - 1
    let box = self.box
    encoder.onFinish = { node in box.members[index].value = node }
    return encoder
  }
}

/// `superEncoder` hands out an encoder whose node is filled in later.
private final class SuperEncoder: Encoder {
  var codingPath: [CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  private let inner = NodeEncoder()
  var onFinish: (JSONNode) -> Void = { _ in }

  deinit { onFinish(inner.node) }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    inner.container(keyedBy: type)
  }
  func unkeyedContainer() -> UnkeyedEncodingContainer { inner.unkeyedContainer() }
  func singleValueContainer() -> SingleValueEncodingContainer { inner.singleValueContainer() }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
  let box: ArrayBox
  var codingPath: [CodingKey] { [] }
  var count: Int { box.items.count }

  mutating func encodeNil() throws { box.items.append(.null) }
  mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
  mutating func encode(_ value: Int) throws { box.items.append(.int(value)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    box.items.append(try NodeEncoder.node(for: value))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = ObjectBox()
    box.items.append(.object(nested))
    return KeyedEncodingContainer(KeyedWriter<NestedKey>(box: nested))
  }

  mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
    let nested = ArrayBox()
    box.items.append(.array(nested))
    return UnkeyedWriter(box: nested)
  }

  mutating func superEncoder() -> Encoder {
    let encoder = SuperEncoder()
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
    encoder.node = try NodeEncoder.node(for: value)
  }
}
