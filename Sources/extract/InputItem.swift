/// One unit of work for the batch: an article to read and extract.
enum InputItem: Sendable {
  /// A file path (as given, or found under a folder given).
  case file(String)
  /// The whole of standard input as one article.
  case standardInput
  /// One line of JSON Lines input: {"id": …, "text": …, "published": …}.
  case jsonLine(number: Int, bytes: [UInt8])
  /// A line longer than the input limit: skipped without being held.
  case oversizedLine(number: Int, bytes: Int)
  /// An argument or folder that yields no article (unreadable, empty):
  /// reported in its place like an input that failed.
  case failed(source: String, reason: String)
}
