import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A one-line progress display on stderr, shown only when stderr is a
/// terminal, and the closing summary.
struct ProgressReporter {
  let total: Int?
  let enabled: Bool
  private let started = Date()
  private var lastDraw = Date.distantPast
  private(set) var done = 0
  private(set) var failed = 0
  private(set) var bytes = 0

  init(total: Int?, allowed: Bool) {
    self.total = total
    self.enabled = allowed && isatty(STDERR_FILENO) == 1
  }

  mutating func record(failed didFail: Bool, bytes count: Int) {
    done += 1
    if didFail { failed += 1 }
    bytes += count
    guard enabled else { return }
    let now = Date()
    if now.timeIntervalSince(lastDraw) >= 0.2 || done == total {
      lastDraw = now
      draw(now)
    }
  }

  private func draw(_ now: Date) {
    let seconds = max(now.timeIntervalSince(started), 1e-6)
    let rate = Double(done) / seconds
    var line = "\r\u{1B}[2K"
    if let total, total > 0 {
      let width = 24
      let filled = min(width, done * width / total)
      line +=
        "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        + "] "
      line += "\(done)/\(total)"
      let left = Double(total - done) / max(rate, 1e-9)
      line += String(
        format: "  %.1f docs/s  %.2f MB/s  ETA %@", rate, Double(bytes) / 1e6 / seconds,
        Self.clock(left))
    } else {
      line += String(
        format: "%d done  %.1f docs/s  %.2f MB/s", done, rate, Double(bytes) / 1e6 / seconds)
    }
    if failed > 0 { line += "  \(failed) failed" }
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Clears the bar and prints the summary line.
  func finish(summary: Bool) {
    if enabled { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    guard summary else { return }
    let seconds = Date().timeIntervalSince(started)
    let text = String(
      format: "extract: %d inputs, %d documents, %d errors, %.2f s, %.2f MB/s\n",
      done, done - failed, failed, seconds, Double(bytes) / 1e6 / max(seconds, 1e-6))
    FileHandle.standardError.write(Data(text.utf8))
  }

  private static func clock(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "--:--" }
    let s = Int(seconds.rounded())
    return s >= 3600
      ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
      : String(format: "%d:%02d", s / 60, s % 60)
  }
}
