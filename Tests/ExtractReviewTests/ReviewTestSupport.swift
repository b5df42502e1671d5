import Foundation

/// Paths and the `extract` binary, for tests that look at generated pages.
enum ReviewTestSupport {
  /// The package root (this file is Tests/ExtractReviewTests/ReviewTestSupport.swift).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
  static let corpus = root.appendingPathComponent("Corpus/articles")

  /// The `extract` binary beside the test bundle (same build folder).
  static let binary: URL = {
    var candidates: [URL] = []
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      candidates.append(
        bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("extract"))
    }
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("extract"))
    candidates.append(
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("extract"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[0]
  }()

  struct Output {
    let status: Int32
    let stdout: Data
    let stderr: String
  }

  /// Runs `extract` with no standard input; stderr goes to a file so that
  /// only one pipe needs draining.
  static func extract(_ arguments: [String]) throws -> Output {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let out = Pipe()
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent(
      "extract-err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let err = try FileHandle(forWritingTo: errURL)
    defer { try? FileManager.default.removeItem(at: errURL) }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try err.close()
    return Output(
      status: process.terminationStatus, stdout: data,
      stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
  }

  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "extract-review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The `Corpus/articles` texts, sorted.
  static func corpusArticles() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
  }
}
