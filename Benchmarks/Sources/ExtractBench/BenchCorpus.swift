import Foundation

/// The benchmark text: the dev corpus and our own corpus, concatenated and
/// repeated until it reaches the size asked for.
struct BenchCorpus {
  let articles: [String]
  let bytes: Int

  static func load(folders: [String], minimumBytes: Int) -> BenchCorpus {
    var base: [String] = []
    for folder in folders {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        continue
      }
      for name in names.sorted() where name.hasSuffix(".txt") {
        if let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) {
          base.append(text)
        }
      }
    }
    precondition(!base.isEmpty, "no articles found in \(folders)")
    // At least one pass over the articles, even when no minimum is asked
    // for (a zero minimum once gave an empty corpus and a hung long row).
    var articles: [String] = []
    var bytes = 0
    repeat {
      for a in base {
        articles.append(a)
        bytes += a.utf8.count
      }
    } while bytes < minimumBytes
    return BenchCorpus(articles: articles, bytes: bytes)
  }
}
