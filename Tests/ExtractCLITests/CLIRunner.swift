import Foundation

/// Runs the built `extract` binary, as a user would.
struct CLIRunner {
  struct Output {
    let status: Int32
    let stdout: String
    let stderr: String
  }

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

  static func run(
    _ arguments: [String], stdin: Data? = nil, executable: URL = binary,
    environment: [String: String] = [:]
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe()
    // stderr goes to a file so that only one pipe needs draining.
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent(
      "extract-err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let err = try FileHandle(forWritingTo: errURL)
    defer { try? FileManager.default.removeItem(at: errURL) }
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    // Drain stdout before waiting: a full pipe would block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try err.close()
    let errData = (try? Data(contentsOf: errURL)) ?? Data()
    return Output(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs a bash script with `$EXTRACT` set to the binary: for pipelines
  /// (`| head -1`), other users and memory measurements.
  static func shell(_ script: String, stdin: Data? = nil) throws -> Output {
    try run(
      ["-c", script], stdin: stdin, executable: URL(fileURLWithPath: "/bin/bash"),
      environment: ["EXTRACT": binary.path])
  }

  /// The repository's Corpus/articles folder.
  static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus/articles")

  /// A fresh temporary folder for one test's files.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("extract-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
