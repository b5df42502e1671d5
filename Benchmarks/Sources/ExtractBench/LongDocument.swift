import Foundation
import LegalExtract

/// One long document against the same text cut into many short ones: the
/// extractor must stay linear in a single document's length (issue 17;
/// users feed whole judgments, gazettes and concatenated dumps).
enum LongDocument {
  /// About `megabytes` MB of our own articles, repeated, as one text.
  static func text(megabytes: Int, articles: [String]) -> String {
    precondition(articles.contains { !$0.isEmpty }, "no article text to repeat")
    var out = ""
    while out.utf8.count < megabytes * 1_000_000 {
      for a in articles { out += a + "\n\n" }
    }
    return out
  }

  /// Seconds for one document of `copies` copies of `piece`, and for
  /// `copies` documents of `piece` each (best of `repeats`).
  static func measure(_ extractor: Extractor, piece: String, copies: Int, repeats: Int = 2)
    -> (long: Double, short: Double)
  {
    let long = String(repeating: piece, count: copies)
    let longSeconds = Measure.seconds(repeats: repeats) {
      blackHole(extractor.extract(long).cases.count)
    }
    let shortSeconds = Measure.seconds(repeats: repeats) {
      var n = 0
      for _ in 0..<copies { n &+= extractor.extract(piece).cases.count }
      blackHole(n)
    }
    return (longSeconds, shortSeconds)
  }
}
