/// The Traditional→Simplified character table, read once from the generated
/// pairs (Scripts/generate_tables.py takes them from ICU's transform).
enum TraditionalChinese {
  static let lowestScalar: UInt32 = 0x3400
  static let highestScalar: UInt32 = 0xFAFF

  /// simplified[scalar - lowestScalar] is the Simplified form, or 0 if none.
  static let simplified: [UInt32] = {
    var table = [UInt32](repeating: 0, count: Int(highestScalar - lowestScalar + 1))
    var pending: Unicode.Scalar?
    for s in traditionalSimplifiedPairs.unicodeScalars where s != "\n" {
      if let t = pending {
        if t.value >= lowestScalar && t.value <= highestScalar {
          table[Int(t.value - lowestScalar)] = s.value
        }
        pending = nil
      } else {
        pending = s
      }
    }
    return table
  }()

  /// Bit set of the characters whose presence marks a text as Traditional:
  /// those ICU simplifies that the Simplified character set (GB 2312) lacks,
  /// so 俱乐部 or 著作 in Simplified text do not set off the transform.
  static let marksTraditional: [Bool] = {
    var marks = [Bool](repeating: false, count: Int(highestScalar - lowestScalar + 1))
    for s in traditionalOnlyCharacters.unicodeScalars
    where s.value >= lowestScalar && s.value <= highestScalar {
      marks[Int(s.value - lowestScalar)] = true
    }
    return marks
  }()

  /// True when `scalar` is a Traditional-only character.
  @inline(__always)
  static func isTraditionalOnly(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v >= lowestScalar && v <= highestScalar && marksTraditional[Int(v - lowestScalar)]
  }

  /// True when one of `scalars` is a Traditional-only character (one walk,
  /// the table read once).
  static func containsTraditionalOnly(_ scalars: [Unicode.Scalar]) -> Bool {
    let marks = marksTraditional
    return marks.withUnsafeBufferPointer { marks in
      scalars.withUnsafeBufferPointer { scalars in
        for s in scalars {
          let v = s.value
          if v >= lowestScalar && v <= highestScalar && marks[Int(v - lowestScalar)] { return true }
        }
        return false
      }
    }
  }

  /// The one-character Simplified form of `scalar`, if the table has one.
  @inline(__always)
  static func simplifiedForm(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let v = scalar.value
    guard v >= lowestScalar && v <= highestScalar else { return nil }
    let s = simplified[Int(v - lowestScalar)]
    return s == 0 ? nil : Unicode.Scalar(s)
  }
}
