import CICU

/// Swift face of the system ICU services the text layer uses.
///
/// The only file that calls CICU. Each call converts to UTF-16 at the edge and
/// converts offsets back to Unicode-scalar offsets before returning.
public enum ICU {
  /// The version of the linked ICU, e.g. "72.1".
  public static var version: String { String(cString: cicu_version()) }

  /// Kinds of text boundary ICU can find.
  public enum BoundaryKind: Int32, Sendable {
    case word = 0
    case sentence = 1
  }

  /// Boundaries of `scalars` under ICU's zh rules, as ascending scalar offsets
  /// including 0 and `scalars.count`.
  ///
  ///     ICU.boundaries(.word, in: Array("北京市人民法院".unicodeScalars))
  public static func boundaries(_ kind: BoundaryKind, in scalars: [Unicode.Scalar]) -> [Int] {
    if scalars.isEmpty { return [0] }
    // The UTF-16 units, written in place (two appends per scalar through its
    // UTF-16 view cost more than the break itself). A text without astral
    // scalars, nearly every article, has one unit per scalar: its unit
    // offsets are its scalar offsets, and no table maps them.
    var astral = 0
    for s in scalars where s.value > 0xFFFF { astral += 1 }
    let utf16 = [UInt16](unsafeUninitializedCapacity: scalars.count + astral) { units, written in
      var k = 0
      for s in scalars {
        let v = s.value
        if v <= 0xFFFF {
          units[k] = UInt16(truncatingIfNeeded: v)
          k += 1
        } else {
          let w = v - 0x10000
          units[k] = UInt16(truncatingIfNeeded: 0xD800 + (w >> 10))
          units[k + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (w & 0x3FF))
          k += 2
        }
      }
      written = k
    }
    // scalarAt[u] is the scalar offset of UTF-16 unit u (and of the end),
    // when some scalar takes two units.
    var scalarAt: [Int32] = []
    if astral > 0 {
      scalarAt.reserveCapacity(utf16.count + 1)
      for (i, s) in scalars.enumerated() {
        scalarAt.append(Int32(i))
        if s.value > 0xFFFF { scalarAt.append(Int32(i)) }
      }
      scalarAt.append(Int32(scalars.count))
    }
    guard utf16.count < Int(Int32.max) else { return [0, scalars.count] }
    var out = [Int32](repeating: 0, count: utf16.count / 2 + 2)
    var n = cicu_boundaries(kind.rawValue, utf16, Int32(utf16.count), &out, Int32(out.count))
    if n < 0 && n != Int32.min {
      out = [Int32](repeating: 0, count: Int(-n))
      n = cicu_boundaries(kind.rawValue, utf16, Int32(utf16.count), &out, Int32(out.count))
    }
    guard n > 0 else { return [0, scalars.count] }
    var result: [Int] = []
    result.reserveCapacity(Int(n))
    for b in out[0..<Int(n)] {
      let offset = astral > 0 ? Int(scalarAt[Int(b)]) : Int(b)
      if result.last != offset { result.append(offset) }
    }
    return result
  }

  /// NFKC normalisation (may change the length: ⑩ → "10").
  package static func nfkc(_ text: String) -> String {
    let utf16 = Array(text.utf16)
    return callGrowing(capacity: utf16.count * 2 + 16) { out, cap in
      cicu_nfkc(utf16, Int32(utf16.count), out, cap)
    } ?? text
  }

  /// ICU's "Traditional-Simplified" transform (about 7 MB/s: run it only on
  /// text that holds Traditional characters).
  public static func traditionalToSimplified(_ text: String) -> String {
    let utf16 = Array(text.utf16)
    let capacity = utf16.count * 2 + 16
    var buffer = utf16 + [UInt16](repeating: 0, count: capacity - utf16.count)
    let n = cicu_traditional_to_simplified(&buffer, Int32(utf16.count), Int32(capacity))
    guard n >= 0 else { return text }
    return String(decoding: buffer[0..<Int(n)], as: UTF16.self)
  }

  /// The same transform from scalars to scalars, without a String on either
  /// side. The text layer applies the same rules in Swift
  /// (`TraditionalRules`); this is the reference its tests compare with.
  package static func traditionalToSimplified(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var buffer: [UInt16] = []
    buffer.reserveCapacity(scalars.count * 4 + 16)
    for s in scalars { UTF16.encode(s) { buffer.append($0) } }
    let length = buffer.count
    let capacity = length * 2 + 16
    buffer.append(contentsOf: repeatElement(0, count: capacity - length))
    let n = cicu_traditional_to_simplified(&buffer, Int32(length), Int32(capacity))
    guard n >= 0 else { return scalars }
    // Decoded as String(decoding:as:) would: an unpaired surrogate becomes U+FFFD.
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(Int(n))
    var units = buffer[0..<Int(n)].makeIterator()
    var decoder = UTF16()
    while true {
      switch decoder.decode(&units) {
      case .scalarValue(let s): out.append(s)
      case .error: out.append("\u{FFFD}")
      case .emptyInput: return out
      }
    }
  }

  /// True when the rules `TraditionalRules` applies (the generated
  /// `traditionalSimplifiedRules`) are the system ICU's own. Slow (it opens
  /// the transform by id, building ICU's registry): for tests.
  package static var embeddedTraditionalRulesMatchSystem: Bool {
    let n = cicu_traditional_rules(nil, 0)
    guard n > 0 else { return false }
    var buffer = [UInt16](repeating: 0, count: Int(n) + 1)
    guard cicu_traditional_rules(&buffer, n + 1) == n else { return false }
    var system = String(decoding: buffer[0..<Int(n)], as: UTF16.self)
    while system.hasSuffix("\n") { system.removeLast() }
    return system == traditionalSimplifiedRules
  }

  /// ICU's zh spellout parser: 三十一 → 31, 二〇二三 → 2023. Slow; a reference
  /// for tests, not for the hot path.
  package static func spelloutValue(_ text: String) -> Double? {
    let utf16 = Array(text.utf16)
    var value = 0.0
    return cicu_parse_spellout(utf16, Int32(utf16.count), &value) == 1 ? value : nil
  }

  /// Calls an ICU shim that writes UTF-16 into a buffer, growing it once when
  /// the shim reports the length it needs.
  static func callGrowing(
    capacity: Int, _ body: (UnsafeMutablePointer<UInt16>, Int32) -> Int32
  ) -> String? {
    var cap = capacity
    for _ in 0..<2 {
      var out = [UInt16](repeating: 0, count: cap)
      let n = out.withUnsafeMutableBufferPointer { buffer -> Int32 in
        // Only an empty buffer has no address; every capacity asked for here
        // is positive, and a failure (Int32.min) is the answer if one is not.
        guard let base = buffer.baseAddress else { return Int32.min }
        return body(base, Int32(cap))
      }
      if n >= 0 { return String(decoding: out[0..<Int(n)], as: UTF16.self) }
      if n == Int32.min { return nil }
      cap = Int(-n)
    }
    return nil
  }
}
