extension LawLexicon {
  /// A table title with 关于 and the scalars after its first 关于
  /// (`StatuteScanner.abbreviates` for a title worked out once).
  struct AboutPart: Sendable {
    let id: Int
    let title: String
    let afterAbout: [Unicode.Scalar]

    /// Built on first use: most articles cite no short name.
    static let table: [AboutPart] = LawLexicon.shared.entries.enumerated().compactMap { id, e in
      guard let about = e.title.scalarRange(of: "关于") else { return nil }
      return AboutPart(
        id: id, title: e.title, afterAbout: Array(e.title[about.upperBound...].unicodeScalars))
    }

    /// `StatuteScanner.abbreviates(core, ending: ending, title: title)`.
    func abbreviated(by core: [Unicode.Scalar], ending: String) -> Bool {
      StatuteScanner.titleEnds(title, ending: ending)
        && StatuteScanner.holdsInOrder(core, afterAbout)
    }
  }
}
