/// A small, fast JSON writer: the bytes `SortedKeysEncoder` writes.
///
/// Compact output is byte for byte what `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` writes (a test holds the two together); pretty
/// output indents by two spaces and writes empty containers as `[]` / `{}`.
struct JSONOutput {
  private(set) var bytes: [UInt8] = []
  let pretty: Bool
  private var depth = 0
  /// Whether the current container already holds an element.
  private var hasElement: [Bool] = []

  init(pretty: Bool, capacity: Int = 4096) {
    self.pretty = pretty
    bytes.reserveCapacity(capacity)
  }

  // MARK: Containers

  mutating func object(_ body: (inout JSONOutput) -> Void) {
    open(UInt8(ascii: "{"))
    body(&self)
    close(UInt8(ascii: "}"))
  }

  mutating func array<S: Sequence>(_ items: S, _ write: (inout JSONOutput, S.Element) -> Void) {
    open(UInt8(ascii: "["))
    for item in items {
      separate()
      write(&self, item)
    }
    close(UInt8(ascii: "]"))
  }

  /// `[a, b]`, as `array` writes two ints (a span), without a collection.
  mutating func intPair(_ a: Int, _ b: Int) {
    open(UInt8(ascii: "["))
    separate()
    int(a)
    separate()
    int(b)
    close(UInt8(ascii: "]"))
  }

  /// A key inside an object; the value follows.
  mutating func key(_ name: StaticString) {
    separate()
    string(name)
    keyValueSeparator()
  }

  /// A key known only at run time (the encoder's keys come from `CodingKey`).
  mutating func key(_ name: String) {
    separate()
    string(name)
    keyValueSeparator()
  }

  private mutating func keyValueSeparator() {
    if pretty {
      bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    } else {
      bytes.append(UInt8(ascii: ":"))
    }
  }

  private mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    depth += 1
    hasElement.append(false)
  }

  private mutating func close(_ bracket: UInt8) {
    let had = hasElement.removeLast()
    depth -= 1
    if pretty && had { newline() }
    bytes.append(bracket)
  }

  private mutating func separate() {
    if hasElement[hasElement.count - 1] { bytes.append(UInt8(ascii: ",")) }
    hasElement[hasElement.count - 1] = true
    if pretty { newline() }
  }

  private mutating func newline() {
    bytes.append(0x0A)
    for _ in 0..<depth { bytes.append(contentsOf: [0x20, 0x20]) }
  }

  // MARK: Values

  mutating func string(_ s: StaticString) {
    bytes.append(UInt8(ascii: "\""))
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
  }

  mutating func string(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { utf8 in
      // Most strings need no escape: copy them whole. (A plain loop: the
      // closure-taking `contains(where:)` cost several times more a byte.)
      var clean = true
      var k = 0
      while k < utf8.count {
        let b = utf8[k]
        if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
          clean = false
          break
        }
        k += 1
      }
      guard !clean else {
        bytes.append(contentsOf: utf8)
        return
      }
      for b in utf8 { appendEscaped(b) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscaped(_ b: UInt8) {
    switch b {
    case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
    case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
    case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
    case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
    case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
    case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
    case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
    case 0..<0x20:
      let hex = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: [
        0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)],
      ])
    default: bytes.append(b)
    }
  }

  /// Decimal digits written in place, as `String(i)` spells them (no
  /// String per number: spans write two of them for every mention).
  mutating func int(_ i: Int) {
    if i < 0 { bytes.append(UInt8(ascii: "-")) }
    let m = i.magnitude
    var unit: UInt = 1
    while m / unit >= 10 { unit *= 10 }
    while unit > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: m / unit % 10))
      unit /= 10
    }
  }

  mutating func bool(_ b: Bool) { bytes.append(contentsOf: (b ? "true" : "false").utf8) }

  mutating func null() { bytes.append(contentsOf: "null".utf8) }

  /// A number as JSONEncoder writes it: integers without a fraction.
  mutating func number(_ d: Double) {
    if d.rounded() == d, abs(d) < 9.0e15 {
      int(Int(d))
    } else {
      bytes.append(contentsOf: String(d).utf8)
    }
  }

  /// A number already in JSON form.
  mutating func literal(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func optionalString(_ s: String?) {
    if let s { string(s) } else { null() }
  }

  // A key and its value, or nothing when the value is absent: the writer's
  // form of Encodable's encodeIfPresent (optional fields are left out, not null).
  mutating func field(_ name: StaticString, ifPresent value: String?) {
    guard let value else { return }
    key(name)
    string(value)
  }

  mutating func field(_ name: StaticString, ifPresent value: Int?) {
    guard let value else { return }
    key(name)
    int(value)
  }

  mutating func field(_ name: StaticString, ifPresent value: Bool?) {
    guard let value else { return }
    key(name)
    bool(value)
  }
}
