// swift-tools-version: 6.1
// The libFuzzer target lives in its own package so that `swift build` of the
// library never needs the sanitizer. Build and run it with
// `bash Scripts/fuzz.sh [SECONDS]`, which passes `-sanitize=fuzzer`.
// SwiftPM names a path dependency after its folder, so the root package's
// name is derived from this file's location (a clone may be renamed).
import Foundation
import PackageDescription

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .lastPathComponent

let package = Package(
  name: "ExtractFuzz",
  platforms: [.macOS(.v15)],
  dependencies: [.package(path: "..")],
  targets: [
    .executableTarget(
      name: "ExtractFuzz",
      dependencies: [
        .product(name: "LegalExtract", package: root),
        .product(name: "ChineseText", package: root),
      ]
    )
  ]
)
