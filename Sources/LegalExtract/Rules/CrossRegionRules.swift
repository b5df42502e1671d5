/// Judicial areas that cross divisions (issue 16): since the 2014 reform a
/// province sets up procuratorates and courts for a named area that is no
/// GB/T 2260 division (陕西省关中平原地区人民检察院). Rule
/// `org.region-chain.cross-region-area`: a province, a 2–4 scalar name,
/// 地区, then a court or procuratorate word. Agencies never follow such an
/// area (the area has no government).
enum CrossRegionRules {
  /// The word that closes the area's name.
  static let areaWord = Array("地区".unicodeScalars)
  /// Shortest and longest name before it.
  static let nameLengths = 2...4
  /// Modifiers that make 地区 the ordinary word "areas" (湖北省部分地区,
  /// 省内偏远地区): no area is named.
  static let genericAreaNames: [[Unicode.Scalar]] = [
    "部分", "其他", "其它", "偏远", "边远", "贫困", "山区", "农村", "城市", "相关", "有关", "重点", "发达",
    "欠发达", "少数民族", "民族", "沿海", "内陆", "周边", "全省", "省内", "各", "个别", "多数", "多个", "受灾",
    "灾区", "试点", "所在", "管辖",
  ].map { Array($0.unicodeScalars) }
}
