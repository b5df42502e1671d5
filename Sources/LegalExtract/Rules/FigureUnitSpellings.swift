/// One spelling per unit (issue 14): whatever the text writes, a figure's
/// `unit` is the spelling in the left column. `value` stays in the unit as
/// written (3斤 is 3 斤, 2公分 is 2 cm, 24浬 is 24 nmi); only the spelling is
/// normalised.
///
/// The physical-unit table is also the list of quantity units the scanner
/// reads (`FigureUnitRules.quantities` is its right column): a spelling added
/// here is both found and normalised, so the two can never disagree. CJK
/// compatibility symbols (㎡ ㎏ ㎜ ㎖ …) are spellings like any other.
///
/// | unit       | written as                                   |
/// |------------|----------------------------------------------|
/// | 元         | 元 圆 块 块钱 元人民币 人民币                |
/// | kg / g / mg / μg / t | 千克 公斤 kg ㎏ / 克 g / 毫克 mg ㎎ / 微克 μg / 吨 t |
/// | 斤 / 两    | 斤 市斤 / 两 (Chinese market units, kept)    |
/// | km / m / cm / mm | 千米 公里 km ㎞ / 米 公尺 m / 厘米 公分 cm ㎝ / 毫米 mm ㎜ |
/// | ft / in / mi / nmi | 英尺 呎 / 英寸 英吋 吋 / 英里 / 海里 浬 海浬 |
/// | L / mL / gal | 升 公升 L / 毫升 ml mL cc ㎖ ㏄ / 加仑         |
/// | m³ / cm³   | 立方米 立方 方 m³ m3 ㎥ / 立方厘米 cm³ ㎤     |
/// | m² / km² / cm² | 平方米 平米 ㎡ m² m2 / 平方公里 平方千米 km² ㎢ / 平方厘米 cm² ㎠ |
/// | 亩 / ha    | 亩 / 公顷                                    |
/// | kW / MW / kWh / kVA | 千瓦 kW / 兆瓦 MW / 千瓦时 kWh / 千伏安 kVA |
/// | mg/100mL, mg/mL, mg/L, mg/kg, mg/m³ | the concentration spellings |
/// | %          | % 百分之 (千分之 and 万分之 convert: 千分之三 = 0.3 %) |
/// | 百分点     | 个百分点 百分点 (percentage points: kind percent, unit 百分点) |
enum FigureUnitSpellings {
  /// Physical units: the one spelling, then every way texts write it.
  static let quantities: [(unit: String, written: [String])] = [
    ("kg", ["千克", "公斤", "kg", "KG", "Kg", "㎏"]), ("g", ["克", "g"]),
    ("mg", ["毫克", "mg", "㎎"]), ("μg", ["微克", "μg"]), ("t", ["吨", "t"]),
    ("斤", ["斤", "市斤"]),
    ("km", ["千米", "公里", "km", "KM", "Km", "㎞"]), ("m", ["米", "公尺", "m"]),
    ("cm", ["厘米", "公分", "cm", "CM", "㎝"]), ("mm", ["毫米", "mm", "MM", "㎜"]),
    ("ft", ["英尺", "呎"]), ("in", ["英寸", "英吋", "吋"]), ("mi", ["英里"]),
    ("nmi", ["海里", "浬", "海浬"]),
    ("L", ["升", "公升", "L"]), ("mL", ["毫升", "ml", "mL", "ML", "cc", "㎖", "㏄"]),
    ("gal", ["加仑"]),
    ("m³", ["立方米", "立方", "m³", "m3", "㎥"]), ("cm³", ["立方厘米", "cm³", "㎤"]),
    ("m²", ["平方米", "平米", "㎡", "m²", "m2"]),
    ("km²", ["平方公里", "平方千米", "km²", "㎢"]), ("cm²", ["平方厘米", "cm²", "㎠"]),
    ("亩", ["亩"]), ("ha", ["公顷"]),
    ("kW", ["千瓦", "kW", "KW"]), ("MW", ["兆瓦", "MW"]), ("kWh", ["千瓦时", "kWh"]),
    ("kVA", ["千伏安", "kVA", "KVA", "kva"]),
    ("mg/100mL", ["毫克/100毫升", "mg/100ml", "mg/100mL", "mg/100ML", "MG/100ML"]),
    ("mg/mL", ["mg/ml", "mg/mL"]), ("mg/L", ["mg/L", "mg/l", "毫克/升"]),
    ("mg/kg", ["mg/kg", "毫克/千克"]),
    ("mg/m³", ["mg/m3", "mg/m³", "毫克/立方米", "mg/Nm3"]),
  ]

  /// Money units and the spellings kept apart from the quantity table (方 is
  /// read by its own rule, percentage points by the percent rule).
  static let others: [(unit: String, written: [String])] = [
    ("元", ["元", "圆", "块", "块钱", "元人民币", "人民币"]),
    ("美元", ["美元", "美金", "美圆"]), ("港元", ["港元", "港币", "港圆"]),
    ("新台币", ["新台币", "台币"]), ("澳门元", ["澳门元", "澳门币"]), ("日元", ["日元", "日圆"]),
    ("m³", ["方"]), ("百分点", ["个百分点", "百分点"]),
  ]

  static let canonical: [String: String] = {
    var t: [String: String] = [:]
    for (name, spellings) in quantities + others {
      for w in spellings { t[w] = name }
    }
    return t
  }()

  /// The one spelling of a written unit (unknown units stay as written).
  static func spelling(of written: String) -> String { canonical[written] ?? written }
}
