// swift-tools-version: 6.1
// Benchmarks live in their own package so that `swift test` at the top never
// builds them. SwiftPM names a path dependency after its folder, so the root
// package's name is derived from this file's location (a clone may be renamed).
import Foundation
import PackageDescription

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .lastPathComponent

let package = Package(
  name: "ExtractBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [.package(path: "..")],
  targets: [
    .executableTarget(
      name: "ExtractBench",
      dependencies: [
        .product(name: "LegalExtract", package: root),
        .product(name: "ChineseText", package: root),
        .product(name: "LegalExtractBatch", package: root),
      ]
    )
  ]
)
