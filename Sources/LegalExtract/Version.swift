/// The library's version, printed by `extract --version`.
public enum LegalExtractVersion {
  public static let string = "0.1.0"
}
