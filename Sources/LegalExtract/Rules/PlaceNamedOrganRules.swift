/// Organs named by a place that is no division (蔡家庙派出所, 拱北海关, 黄埔海关):
/// the place is a village, street or port, so the region rules cannot build
/// the name. Read by `PoliceStationScanner`.
struct PlaceNamedOrgan: Sendable {
  /// Rule name, for tests and traces.
  let rule: String
  let organ: String
  /// Units that may follow inside the same body (拱北海关缉私局).
  let units: [String]
}

enum PlaceNamedOrganRules {
  /// Time words that may open the window before the organ (去年拱北海关): the
  /// place starts after them (rule `time-word-before-place`).
  static let leadingTimeWords: [String] = [
    "去年", "今年", "前年", "近日", "日前", "此前", "目前", "同年", "当年", "次年", "近期", "今日", "昨日", "年初", "年底",
  ]

  /// Verbs that may open the window before the organ (逃避海关监管, 联合拱北
  /// 海关): the place starts after them, and with no place left the organ is
  /// the verb's object, no body (guard `org.guard.verb-before-organ`).
  static let leadingVerbs: [String] = [
    "逃避", "规避", "躲避", "逃脱", "绕开", "绕过", "骗过", "瞒过", "蒙骗", "欺骗", "应付", "对抗",
    "联合", "会同", "配合", "协助", "接受", "通过", "经过", "经由", "报经", "移交", "移送",
  ]

  static let organs: [PlaceNamedOrgan] = [
    PlaceNamedOrgan(rule: "police-station-by-place", organ: "派出所", units: []),
    PlaceNamedOrgan(rule: "customs-by-place", organ: "海关", units: ["缉私局"]),
  ]

  /// Words before the organ that say which one without naming it
  /// (rule `generic-place`): 辖区派出所, 当地海关, 直属海关.
  static let generic: [String] = [
    "辖区", "当地", "属地", "所在地", "附近", "本地", "该", "各", "某", "所辖", "管辖", "涉事", "事发地", "户籍地",
    "居住地", "就近", "所属", "公安", "分局", "县", "区", "市", "乡", "镇", "村",
    "中国", "直属", "隶属", "口岸", "出入境", "全国", "我国", "国内", "境外", "进境", "出境",
  ]
}
