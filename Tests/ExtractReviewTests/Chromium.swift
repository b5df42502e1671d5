import Foundation
import Testing

/// Headless Chromium (Debian's `chromium` package), driven as a user's
/// browser would load a page: `--dump-dom` for the DOM after scripts ran,
/// `--screenshot` for a picture.
struct Chromium {
  let executable: String

  /// The browser, or nil when it is not installed. In CI (CI=true), where
  /// Scripts/setup.sh installs it, a missing browser fails the calling test
  /// with a clear message instead of skipping silently.
  static func available(sourceLocation: SourceLocation = #_sourceLocation) -> Chromium? {
    let candidates = [
      ProcessInfo.processInfo.environment["CHROMIUM"], "/usr/bin/chromium",
      "/usr/bin/chromium-browser",
    ]
    if let path = candidates.compactMap({ $0 }).first(where: {
      FileManager.default.isExecutableFile(atPath: $0)
    }) {
      return Chromium(executable: path)
    }
    let message =
      "chromium is not installed (apt-get install -y chromium fonts-noto-cjk, or bash Scripts/setup.sh); browser tests need it"
    if ProcessInfo.processInfo.environment["CI"] == "true" {
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    } else {
      print("skipped: \(message)")
    }
    return nil
  }

  /// The page's DOM, serialised after it loaded and its scripts ran.
  func dumpDOM(_ page: URL) throws -> String {
    String(decoding: try run(["--dump-dom", page.absoluteString]), as: UTF8.self)
  }

  /// Writes a PNG of the page as a 1400×1100 window shows it.
  func screenshot(_ page: URL, to png: URL, height: Int = 1100) throws {
    _ = try run([
      "--window-size=1400,\(height)", "--hide-scrollbars", "--screenshot=\(png.path)",
      page.absoluteString,
    ])
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  private func run(_ arguments: [String]) throws -> Data {
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    // Root (as CI runs) needs --no-sandbox; a fresh profile keeps runs apart.
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
        "--user-data-dir=\(profile.path)",
      ] + arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()
    guard process.terminationStatus == 0 else {
      throw Failure(
        description:
          "chromium \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
    }
    return data
  }
}
