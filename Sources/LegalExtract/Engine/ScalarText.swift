import ChineseText

/// Small literal searches over `[Unicode.Scalar]`, the view every rule reads.
extension Array where Element == Unicode.Scalar {
  /// True when `literal` occurs at `offset`.
  @inline(__always)
  func hasLiteral(_ literal: [Unicode.Scalar], at offset: Int) -> Bool {
    guard offset >= 0, offset + literal.count <= count else { return false }
    for (i, s) in literal.enumerated() where self[offset + i] != s { return false }
    return true
  }

  /// The first offset in `range` where `literal` starts, or nil.
  func firstOffset(of literal: [Unicode.Scalar], in range: Range<Int>) -> Int? {
    guard let first = literal.first else { return nil }
    var from = range.lowerBound
    while let i = firstOffset(of: first, from: from, last: range.upperBound - literal.count) {
      if hasLiteral(literal, at: i) { return i }
      from = i + 1
    }
    return nil
  }

  /// True when one of `literals` lies wholly inside `range` (clamped to the
  /// array). One walk of the range, each offset tested against a 64-bit
  /// filter of the literals' first scalars: rules ask this for word lists
  /// over a clause, where a search per word cost more than the walk.
  func containsAny(of literals: [[Unicode.Scalar]], in range: Range<Int>) -> Bool {
    guard Swift.max(range.lowerBound, 0) < Swift.min(range.upperBound, count) else { return false }
    // 256 bits (the scalar's low byte): with 64, a list of twenty words
    // let a quarter of a clause's Han scalars through to the list walk.
    return containsAny(of: literals, in: range, filter: FirstScalarFilter(literals))
  }

  /// `containsAny(of:in:)` with the literals' first-scalar filter given.
  func containsAny(
    of literals: [[Unicode.Scalar]], in range: Range<Int>, filter: FirstScalarFilter
  ) -> Bool {
    let lower = Swift.max(range.lowerBound, 0)
    let upper = Swift.min(range.upperBound, count)
    guard lower < upper else { return false }
    return withUnsafeBufferPointer { text in
      for i in lower..<upper
      where filter.admits(text[i])
        && FirstScalarFilter.anyLiteral(literals, in: text, at: i, upper: upper)
      {
        return true
      }
      return false
    }
  }

  /// The first offset in `from...last` (clamped to the array) holding
  /// `scalar`. Rules ask for many literals over the same clause or case:
  /// the search for a literal's first scalar is where their time goes
  /// (ScalarSearch runs it in the C library).
  @inline(__always)
  private func firstOffset(of scalar: Unicode.Scalar, from: Int, last: Int) -> Int? {
    let lower = Swift.max(from, 0)
    let upper = Swift.min(last, count - 1)
    guard lower <= upper else { return nil }
    // A clause-sized run is read here: the call into C costs more than it.
    if upper - lower < 24 {
      for i in lower...upper where self[i] == scalar { return i }
      return nil
    }
    return ScalarSearch.firstOffset(of: scalar, in: self, range: lower..<(upper + 1))
  }

  /// True when the string `literal` occurs at `offset`. Compares scalar by
  /// scalar in place: rules ask this at every punctuation mark or role word,
  /// and building an array per question (`scalarArray`) cost more than the
  /// comparison.
  @inline(__always)
  func hasLiteral(_ literal: String, at offset: Int) -> Bool {
    guard offset >= 0, offset <= count else { return false }
    var i = offset
    for s in literal.unicodeScalars {
      guard i < count, self[i] == s else { return false }
      i += 1
    }
    return true
  }

  /// The first offset in `range` where the string `literal` starts, or nil
  /// (in place, like `hasLiteral(_:at:)` for a string). The whole literal
  /// must lie inside the range; its length is not counted up front (counting
  /// a string's scalars walks it, and rules ask this thousands of times).
  func firstOffset(of literal: String, in range: Range<Int>) -> Int? {
    let scalars = literal.unicodeScalars
    guard let first = scalars.first else { return nil }
    let bound = Swift.min(range.upperBound, count)
    var from = range.lowerBound
    while let i = firstOffset(of: first, from: from, last: bound - 1) {
      var k = i
      var matched = true
      for s in scalars {
        // No room left here, so none at any later start either.
        guard k < bound else { return nil }
        if self[k] != s {
          matched = false
          break
        }
        k += 1
      }
      if matched { return i }
      from = i + 1
    }
    return nil
  }

  /// The text of `range` as a String.
  func text(_ range: Range<Int>) -> String {
    String(scalars: self[range])
  }
}

extension String {
  /// The string's scalars as an array (for rule literals).
  var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }
}

extension Unicode.Scalar {
  /// A CJK ideograph (the BMP blocks and the supplementary planes names use).
  var isHan: Bool {
    switch value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
    default: return false
    }
  }
}

extension String {
  /// The last Unicode scalar, decoded from the contiguous UTF-8 bytes where
  /// the string has them (native strings do): the generic view's `last`
  /// cost ~190 instructions, asked for every pair of party names.
  @inline(__always)
  var lastScalar: Unicode.Scalar? {
    let fast: Unicode.Scalar?? = utf8.withContiguousStorageIfAvailable { b in
      var i = b.count - 1
      guard i >= 0 else { return nil }
      while i > 0, b[i] & 0xC0 == 0x80 { i -= 1 }
      let lead = UInt32(b[i])
      var v: UInt32
      switch b.count - i {
      case 1: v = lead
      case 2: v = lead & 0x1F
      case 3: v = lead & 0x0F
      default: v = lead & 0x07
      }
      var k = i + 1
      while k < b.count {
        v = v << 6 | UInt32(b[k] & 0x3F)
        k += 1
      }
      return Unicode.Scalar(v)
    }
    if let fast { return fast }
    return unicodeScalars.last
  }

  /// True when every scalar is a Character of its own and its own canonical
  /// form, composing with none: printable ASCII, CJK punctuation before the
  /// tone marks (U+3000–3029), the unified ideographs (U+4E00–9FFF) and the
  /// full-width forms (U+FF01–FF5E). Between two such strings `hasPrefix`
  /// and `hasSuffix` (Characters under canonical equivalence) say what the
  /// byte tests `hasScalarPrefix` and `hasScalarSuffix` say. Read from the
  /// UTF-8 bytes (a valid string: a three-byte lead starts a whole scalar).
  var isPlainText: Bool {
    func plain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
      let n = b.count
      var k = 0
      while k < n {
        let c = b[k]
        if c < 0x80 {
          guard c >= 0x20 && c <= 0x7E else { return false }
          k += 1
          continue
        }
        guard c >= 0xE0 && c < 0xF0, k + 2 < n else { return false }
        let v = UInt32(c & 0x0F) << 12 | UInt32(b[k + 1] & 0x3F) << 6 | UInt32(b[k + 2] & 0x3F)
        switch v {
        case 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: k += 3
        default: return false
        }
      }
      return true
    }
    if let fast = utf8.withContiguousStorageIfAvailable(plain) { return fast }
    for u in unicodeScalars {
      switch u.value {
      case 0x20...0x7E, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: continue
      default: return false
      }
    }
    return true
  }

  /// `hasSuffix(_:)`, by bytes when both strings are plain text
  /// (`isPlainText`; `plain` tells this string's, known to the caller).
  func hasSuffix(_ suffix: String, plain: Bool) -> Bool {
    plain && suffix.isPlainText ? hasScalarSuffix(suffix) : hasSuffix(suffix)
  }

  /// `hasPrefix(_:)`, by bytes when both strings are plain text.
  func hasPrefix(_ prefix: String, plain: Bool) -> Bool {
    plain && prefix.isPlainText ? hasScalarPrefix(prefix) : hasPrefix(prefix)
  }

  /// hasSuffix by Unicode scalars: much cheaper than the Character-based
  /// `hasSuffix` when building lexicons of thousands of names at start-up.
  /// Compares contiguous UTF-8 bytes where both strings have them (native
  /// strings do): the generic view walk cost thousands of instructions when
  /// parties compare every pair of names.
  @inline(__always)
  func hasScalarSuffix(_ suffix: String) -> Bool {
    let a = utf8
    let b = suffix.utf8
    guard a.count >= b.count else { return false }
    let fast = a.withContiguousStorageIfAvailable { ab in
      b.withContiguousStorageIfAvailable { bb in ab[(ab.count - bb.count)...].elementsEqual(bb) }
    }
    if let fast, let result = fast { return result }
    return a.suffix(b.count).elementsEqual(b)
  }

  /// True when `infix` (not empty) occurs in the string, compared as UTF-8
  /// bytes (whole scalars, as both strings are valid UTF-8). Foundation's
  /// `contains` bridges to NSString and compares by locale, ~10k
  /// instructions a call where titles are tested against word lists.
  func containsScalars(_ infix: String) -> Bool { firstByteOffset(of: infix) != nil }

  /// The first range of `infix` (not empty), found by UTF-8 bytes (whole
  /// scalars, as both strings are valid UTF-8). Foundation's `range(of:)`
  /// bridges to NSString and folds character clusters: ~13k instructions a
  /// call, 53M when the law table's 3,931 titles were split at their 关于.
  func scalarRange(of infix: String) -> Range<String.Index>? {
    guard let offset = firstByteOffset(of: infix) else { return nil }
    let lower = utf8.index(startIndex, offsetBy: offset)
    return lower..<utf8.index(lower, offsetBy: infix.utf8.count)
  }

  /// The UTF-8 offset of the first `infix` (not empty); the byte search
  /// behind `containsScalars` and `scalarRange(of:)`.
  private func firstByteOffset(of infix: String) -> Int? {
    var text = self
    var part = infix
    return text.withUTF8 { a in
      part.withUTF8 { b in
        guard !b.isEmpty, a.count >= b.count else { return nil }
        for start in 0...(a.count - b.count) where a[start] == b[0] {
          var k = 1
          while k < b.count, a[start + k] == b[k] { k += 1 }
          if k == b.count { return start }
        }
        return nil
      }
    }
  }

  /// hasPrefix by UTF-8 bytes (whole scalars, as both strings are valid UTF-8).
  @inline(__always)
  func hasScalarPrefix(_ prefix: String) -> Bool {
    let a = utf8
    let b = prefix.utf8
    guard a.count >= b.count else { return false }
    let fast = a.withContiguousStorageIfAvailable { ab in
      b.withContiguousStorageIfAvailable { bb in ab[..<bb.count].elementsEqual(bb) }
    }
    if let fast, let result = fast { return result }
    return a.prefix(b.count).elementsEqual(b)
  }
}
