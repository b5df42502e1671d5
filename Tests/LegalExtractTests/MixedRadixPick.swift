/// One random integer read as mixed-radix digits: each `take(n)` is the next
/// digit in base `n` (0..<n), so one drawn number chooses every part of a
/// generated text and the property test shrinks it as one value.
struct MixedRadixPick {
  private var rest: Int

  init(_ pick: Int) { rest = pick }

  mutating func take(_ n: Int) -> Int {
    let digit = rest % n
    rest /= n
    return digit
  }
}
