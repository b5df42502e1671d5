/// The Traditional→Simplified character table, read once from the generated
/// pairs (Scripts/generate_tables.py takes them from ICU's transform).
enum TraditionalChinese {
  /// Characters ICU maps one-to-one that are also ordinary Simplified text
  /// (著作, 乾隆, 藉口, 瞭望): they do not mark a text as Traditional.
  private static let sharedWithSimplified: Set<Unicode.Scalar> = ["著", "乾", "藉", "瞭"]

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

  /// Bit set of the characters whose presence marks a text as Traditional.
  static let marksTraditional: [Bool] = {
    var marks = simplified.map { $0 != 0 }
    for s in sharedWithSimplified where s.value >= lowestScalar && s.value <= highestScalar {
      marks[Int(s.value - lowestScalar)] = false
    }
    return marks
  }()

  /// True when `scalar` is a Traditional-only character.
  @inline(__always)
  static func isTraditionalOnly(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v >= lowestScalar && v <= highestScalar && marksTraditional[Int(v - lowestScalar)]
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
