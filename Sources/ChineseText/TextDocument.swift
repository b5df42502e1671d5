import Synchronization

/// An article as extractors see it: the original scalars, a folded view of
/// the same length, and ICU boundaries of the folded view.
///
/// Offsets everywhere are Unicode-scalar offsets into the original text
/// (Python's `text[start:end]`), and `folded[i]` is the normalised form of
/// `original[i]`, so a span found in the folded view cuts the original at
/// the same place.
///
///     let doc = TextDocument("２０２３年檢察院")
///     String(String.UnicodeScalarView(doc.folded))   // "2023年检察院"
public final class TextDocument: Sendable {
  /// The input's scalars, exactly as given (BOM, CR and all).
  public let original: [Unicode.Scalar]
  /// One normalised scalar per original scalar: full-width forms to ASCII,
  /// 〇 variants to 〇, Traditional characters to Simplified.
  public let folded: [Unicode.Scalar]
  /// True when the text held Traditional-only characters (and was folded).
  public let hadTraditional: Bool
  /// Sentences of the folded view, from ICU's zh sentence break.
  public let sentences: [Range<Int>]
  /// Paragraphs: runs of text between line breaks, without the breaks.
  public let paragraphs: [Range<Int>]

  private let wordCache = Mutex<[Int]?>(nil)

  public init(_ text: String) {
    // One decoding pass fills both views, written in place (an append per
    // scalar cost more than the decoding), then one walk over the folded
    // view notes Traditional text.
    let count = Self.scalarCount(text)
    var folded: [Unicode.Scalar] = []
    let original = [Unicode.Scalar](unsafeUninitializedCapacity: count) { originals, n in
      folded = [Unicode.Scalar](unsafeUninitializedCapacity: count) { folds, m in
        // From the UTF-8 bytes when the string has them contiguous (a native
        // string does): the scalar view's iterator cost more than the fold.
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes in
          Self.decode(bytes, count: count, into: originals, folded: folds)
        }
        if let decoded {
          m = decoded
          return
        }
        var i = 0
        for s in text.unicodeScalars where i < count {
          originals[i] = s
          folds[i] = ScalarFolding.fold(s)
          i += 1
        }
        m = i
      }
      n = folded.count
    }
    let traditional = TraditionalChinese.containsTraditionalOnly(folded)
    self.original = original
    if traditional { folded = Self.simplify(folded) }
    self.folded = folded
    self.hadTraditional = traditional
    self.sentences = Self.ranges(between: ICU.boundaries(.sentence, in: folded))
    self.paragraphs = Self.paragraphs(of: folded)
  }

  /// Number of scalars.
  public var count: Int { original.count }

  /// Word boundaries of the folded view from ICU's zh dictionary break, as
  /// ascending offsets including 0 and `count`. Computed once, on first use:
  /// the word break costs as much as the rest of an extraction.
  ///
  /// ICU splits some legal words (失|职, 燃|气): treat these as boundary
  /// hints, never as the unit a rule must match.
  package var wordBoundaries: [Int] {
    wordCache.withLock { cache in
      if let cached = cache { return cached }
      let computed = ICU.boundaries(.word, in: folded)
      cache = computed
      return computed
    }
  }

  /// The original text of `range`.
  public func originalText(_ range: Range<Int>) -> String {
    String(scalars: original[range])
  }

  /// The folded text of `range`.
  public func foldedText(_ range: Range<Int>) -> String {
    String(scalars: folded[range])
  }

  /// The text of `range` for a normalised name: the folded view (Simplified,
  /// plain digits and letters), except that full-width punctuation keeps
  /// its original form, since names are written with （）: 欧文斯（上海）有限公司.
  public func displayText(_ range: Range<Int>) -> String {
    let original = original
    let folded = folded
    return String(
      scalars: range.lazy.map { i in
        let o = original[i].value
        let fullWidthPunctuation =
          (0xFF01...0xFF0F).contains(o) || (0xFF1A...0xFF20).contains(o)
          || (0xFF3B...0xFF40).contains(o) || (0xFF5B...0xFF5E).contains(o)
        return fullWidthPunctuation ? original[i] : folded[i]
      })
  }

  /// The index of the sentence holding `offset` (binary search).
  public func sentenceIndex(containing offset: Int) -> Int? {
    Self.index(of: offset, in: sentences)
  }

  /// The index of the paragraph holding `offset`, or of the next one.
  public func paragraphIndex(containing offset: Int) -> Int? {
    Self.index(of: offset, in: paragraphs)
  }

  // MARK: - Building

  /// Runs ICU's Traditional-Simplified transform (context-aware: 著作 stays
  /// 著作) over the text, from its rules in Swift (`TraditionalRules`: the
  /// same output as ICU's, one scalar for one).
  private static func simplify(_ folded: [Unicode.Scalar]) -> [Unicode.Scalar] {
    TraditionalRules.apply(folded)
  }

  /// Decodes up to `count` scalars of the (valid) UTF-8 `bytes` into
  /// `originals`, their folded forms into `folded`; returns the number written.
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, count: Int,
    into originals: UnsafeMutableBufferPointer<Unicode.Scalar>,
    folded: UnsafeMutableBufferPointer<Unicode.Scalar>
  ) -> Int {
    var i = 0
    var k = 0
    let n = bytes.count
    while k < n, i < count {
      let b0 = UInt32(bytes[k])
      let v: UInt32
      if b0 < 0x80 {
        v = b0
        k += 1
      } else if b0 < 0xE0 {
        v = (b0 & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)
        k += 2
      } else if b0 < 0xF0 {
        v = (b0 & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F)
        k += 3
      } else {
        v =
          (b0 & 0x07) << 18 | UInt32(bytes[k + 1] & 0x3F) << 12
          | UInt32(bytes[k + 2] & 0x3F) << 6 | UInt32(bytes[k + 3] & 0x3F)
        k += 4
      }
      // A String's bytes are valid UTF-8: every decoded value is a scalar.
      let s = Unicode.Scalar(v).unsafelyUnwrapped
      originals[i] = s
      // 、 to 龥 and the rest below the full-width forms fold to themselves:
      // the Han text is passed without the fold's tests.
      folded[i] = v > 0x3000 && v < 0xFF01 ? s : ScalarFolding.fold(s)
      i += 1
    }
    return i
  }

  /// The number of scalars in `text`: its UTF-8 bytes that start one.
  private static func scalarCount(_ text: String) -> Int {
    // Over the contiguous bytes when the string has them (a native string
    // does): the generic view's iterator cost more than the decoding after.
    func count<C: Collection<UInt8>>(_ bytes: C) -> Int {
      var n = 0
      for byte in bytes where byte & 0xC0 != 0x80 { n += 1 }
      return n
    }
    return text.utf8.withContiguousStorageIfAvailable(count) ?? count(text.utf8)
  }

  private static func ranges(between boundaries: [Int]) -> [Range<Int>] {
    guard boundaries.count > 1 else { return [] }
    return (1..<boundaries.count).map { boundaries[$0 - 1]..<boundaries[$0] }
  }

  private static func paragraphs(of text: [Unicode.Scalar]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for (i, s) in text.enumerated() where s == "\n" || s == "\r" || s == "\u{2029}" {
      if i > start { result.append(start..<i) }
      start = i + 1
    }
    if text.count > start { result.append(start..<text.count) }
    return result
  }

  private static func index(of offset: Int, in ranges: [Range<Int>]) -> Int? {
    var lo = 0
    var hi = ranges.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if ranges[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < ranges.count ? lo : nil
  }
}
