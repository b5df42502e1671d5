// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "legal-extract",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "LegalExtract", targets: ["LegalExtract"]),
    .library(name: "ChineseText", targets: ["ChineseText"]),
    .library(name: "ExtractReview", targets: ["ExtractReview"]),
    // Scoring against gold files (`extract regress`, corpus tests) and the
    // order-keeping parallel map the CLI runs batches on: tools around the
    // extractor, not part of it.
    .library(name: "LegalExtractScoring", targets: ["LegalExtractScoring"]),
    .library(name: "LegalExtractBatch", targets: ["LegalExtractBatch"]),
    .executable(name: "extract", targets: ["extract"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // Plain-C face of the system ICU (Debian's libicu-dev): Swift cannot call
    // ICU's version-suffixed symbols directly (see ../shared/notes/ICU.md).
    .target(
      name: "CICU",
      linkerSettings: [
        .linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata"),
      ]
    ),
    // Domain-free text layer: decoding, 1:1 folding, numerals, ICU boundaries.
    .target(name: "ChineseText", dependencies: ["CICU"]),
    // The extractor library: rules, lexicons, engine, output model.
    .target(name: "LegalExtract", dependencies: ["ChineseText"]),
    // Scores results against hand-written gold (GoldDocument, ArticleScorer, CorpusRegression).
    .target(name: "LegalExtractScoring", dependencies: ["LegalExtract"]),
    // Runs a transform on many threads and hands results back in input order.
    .target(name: "LegalExtractBatch"),
    // HTML review pages of results (kept out of the extraction library).
    .target(name: "ExtractReview", dependencies: ["LegalExtract"]),
    // Thin CLI over the library.
    .executableTarget(
      name: "extract",
      dependencies: [
        "LegalExtract", "ChineseText", "ExtractReview", "LegalExtractScoring", "LegalExtractBatch",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ChineseTextTests", dependencies: ["ChineseText", "CICU"]),
    .testTarget(
      name: "LegalExtractTests",
      dependencies: ["LegalExtract", "ChineseText", "LegalExtractScoring", "LegalExtractBatch"]),
    .testTarget(name: "ExtractCLITests", dependencies: ["extract"]),
    .testTarget(name: "ExtractReviewTests", dependencies: ["ExtractReview", "LegalExtract", "extract"]),
  ]
)
