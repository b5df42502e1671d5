/// ICU's "Traditional-Simplified" transform, applied in Swift from the same
/// rules (`traditionalSimplifiedRules`, ICU's own as utrans_toRules writes
/// them). ICU's rule-based transliterator tried the rules filed under each
/// position's low byte one after another (~12M instructions an article of
/// Traditional text, three times the rest of its extraction) and compiled
/// them first (29M a process).
///
/// The rules are plain literals, `key > output;`, with no context, sets or
/// cursor marks, every output as long as its key, and no key masked by an
/// earlier shorter one (ICU rejects a rule set that masks). So ICU's reading
/// (at each position the first rule whose key matches is applied and the
/// cursor moves past it; with none, the cursor moves one scalar) is the
/// leftmost-longest rewrite done here. ICUTests compares the two.
enum TraditionalRules {
  struct Rule: Sendable {
    /// The key after its first scalar, and the output.
    let tail: [Unicode.Scalar]
    let output: [Unicode.Scalar]
  }

  static let lowestFirst: UInt32 = 0x3000
  static let highestFirst: UInt32 = 0x9FFF

  /// rules[first - lowestFirst]: the rules whose key starts with `first`,
  /// longest key first; empty for scalars no key starts with.
  static let rules: [[Rule]] = {
    var table = [[Rule]](repeating: [], count: Int(highestFirst - lowestFirst + 1))
    // One walk over the scalars, line by line: splitting the text by
    // Characters (grapheme breaking) cost 29M instructions.
    func read(_ parts: ArraySlice<Unicode.Scalar>) {
      // key, " > ", output, ";"
      guard let arrow = parts.firstIndex(of: ">"), arrow >= parts.startIndex + 2,
        arrow + 2 < parts.endIndex, parts.last == ";"
      else { return }
      let key = parts[..<(arrow - 1)]
      let output = Array(parts[(arrow + 2)..<(parts.endIndex - 1)])
      guard let first = key.first, first.value >= lowestFirst, first.value <= highestFirst,
        output.count == key.count
      else { return }
      table[Int(first.value - lowestFirst)].append(
        Rule(tail: Array(key.dropFirst()), output: output))
    }
    let scalars = Array(traditionalSimplifiedRules.unicodeScalars)
    var lineStart = 0
    for (i, s) in scalars.enumerated() where s == "\n" {
      read(scalars[lineStart..<i])
      lineStart = i + 1
    }
    read(scalars[lineStart...])
    for i in table.indices where table[i].count > 1 {
      table[i].sort { $0.tail.count > $1.tail.count }
    }
    return table
  }()

  /// True when every rule was read: each key starts inside the table's
  /// range and keeps its length (checked by the tests; a rule read wrong
  /// would change output).
  static var readsEveryRule: Bool {
    let lines = traditionalSimplifiedRules.split(separator: "\n").count
    return rules.reduce(0) { $0 + $1.count } == lines
  }

  /// `scalars` with the rules applied (the same length).
  static func apply(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out = scalars
    let table = rules
    let n = scalars.count
    var i = 0
    while i < n {
      let v = scalars[i].value
      guard v >= lowestFirst, v <= highestFirst else {
        i += 1
        continue
      }
      let candidates = table[Int(v - lowestFirst)]
      var applied = false
      for rule in candidates where i + 1 + rule.tail.count <= n {
        var k = 0
        while k < rule.tail.count, scalars[i + 1 + k] == rule.tail[k] { k += 1 }
        guard k == rule.tail.count else { continue }
        for (j, s) in rule.output.enumerated() { out[i + j] = s }
        i += 1 + rule.tail.count
        applied = true
        break
      }
      if !applied { i += 1 }
    }
    return out
  }
}
