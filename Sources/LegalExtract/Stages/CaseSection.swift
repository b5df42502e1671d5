/// A part of the article that tells one case, as the splitter found it.
struct CaseSection: Equatable {
  /// The case's own part of the text.
  var span: TextSpan
  /// The case title, where the text gives one (without heading marks).
  var title: String?
  /// Where the title stands (inside the section, or in a lead that lists titles).
  var titleSpan: TextSpan?
}
