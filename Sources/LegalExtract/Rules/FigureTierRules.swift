/// Tiers of bodies (ANNOTATION.md: 两级法院, 三级检察机关 are counts; 十级伤残
/// is a grade). A tier count shows itself either by the bodies after it or
/// by the levels it sums up before it:
///
///     市、区两级检察机关      → the bodies after (FigureGuardRules.tierNouns)
///     省、市、县三级沟通网络  → the levels before, listed
///     区农业农村局等两级不同监管部门 → the bodies after a modifier
enum FigureTierRules {
  /// Administrative levels a tier count sums up (省、市、县三级; 区街道两级).
  static let levels: [String] = [
    "中央", "国家", "省", "自治区", "市", "州", "盟", "县", "区", "旗", "乡", "镇", "街道", "街",
    "社区", "村", "组", "地方", "地市", "县区", "乡镇", "镇街", "市县", "省市",
  ]

  static let levelTrie = PhraseTrie.words(levels)

  /// Marks joining the listed levels (省、市、县; 市和区).
  static let levelJoiners = ScalarBitmap(scalarsOf: "、和及与")

  /// Words between the tier and its bodies (两级不同监管部门, 三级的法院).
  static let modifiers: [String] = ["不同的", "不同", "的", "各", "相关"]

  static let modifierTrie = PhraseTrie.words(modifiers)
}
