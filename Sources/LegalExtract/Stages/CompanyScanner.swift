/// Named companies (…有限公司, …有限责任公司, …集团): kind `company`, not scored,
/// so the rule stays conservative: the name runs back from the suffix to
/// punctuation, a function word or an organization already found.
enum CompanyScanner {
  /// 股份有限公司 is covered: the name runs back over 股份.
  static let suffixes: [[Unicode.Scalar]] = ["有限责任公司", "有限公司", "集团"]
    .map { Array($0.unicodeScalars) }
  static let group = Array("集团".unicodeScalars)

  /// 犯罪集团, 诈骗集团: a group that is no company.
  static let criminalGroups: [[Unicode.Scalar]] = [
    "犯罪", "诈骗", "团伙", "性质", "走私", "贩毒",
    "传销", "赌博", "势力", "利益",
  ].map { Array($0.unicodeScalars) }

  /// What may follow a bare …集团 for it to end a name (鞍钢集团、, 某某集团的).
  static let groupEnders = ScalarBitmap(scalarsOf: "、的与和在向及等,.;:)。\n")

  /// Scalars where a company name stops when read backwards (向某公司, 与某公司);
  /// roles (被告某公司) are `leadWords`: 告 alone would cut 广告有限公司.
  static let leadBreakers = FunctionCharacters.bitmap(.companyLead)

  static func scan(_ text: [Unicode.Scalar], taken: [Range<Int>]) -> [OrganizationCandidate] {
    var out: [OrganizationCandidate] = []
    var i = 0
    var floor = 0
    var takenIndex = 0
    while i < text.count {
      guard text[i] == "有" || text[i] == "集" else { i += 1; continue }
      guard let suffix = suffixes.first(where: { RegionChain.hasPrefix(text, i, $0) }) else {
        i += 1
        continue
      }
      let suffixStart = i
      let end = suffixStart + suffix.count
      // Never reach back into an organization or an earlier company.
      while takenIndex < taken.count, taken[takenIndex].upperBound <= suffixStart {
        takenIndex += 1
      }
      var lowest = floor
      if let prev = taken[..<takenIndex].last { lowest = max(lowest, prev.upperBound) }
      var start = suffixStart
      while start > lowest, suffixStart - start < 30, isNameScalar(text[start - 1]),
        !leadBreakers.contains(text[start - 1])
      {
        start -= 1
      }
      // A lead word may straddle the stop (被 | 告某公司).
      let leadFrom = max(lowest, start - 2)
      let afterLead = afterLeadWords(in: text, from: leadFrom, to: suffixStart)
      start = max(start, afterLead)
      // 支持了某公司的诉讼请求, 起诉了某公司: the aspect particle after a lead verb is no name.
      if afterLead > leadFrom, start == afterLead, start + 1 < suffixStart, text[start] == "了" {
        start += 1
      }
      while start < suffixStart, leadBreakers.contains(text[start]) { start += 1 }
      let isGroup = suffix == group
      if isGroup {
        // A bare 集团 ends a name only before punctuation or a function word.
        let next = end < text.count ? text[end] : "。"
        let ends = groupEnders.contains(next) || !RegionChain.isHan(next)
        let criminal = criminalGroups.contains {
          RegionChain.hasPrefix(text, suffixStart - $0.count, $0)
        }
        if !ends || criminal {
          i = end
          continue
        }
      }
      if suffixStart - start >= 2 {
        let name = RegionChain.string(text[start..<end])
        out.append(
          OrganizationCandidate(
            range: start..<end, kind: .company, level: nil,
            key: "company|\(name)", prefix: "", organ: name, rule: .company))
        floor = end
      }
      i = end
    }
    return out
  }

  /// Verbs and roles that come before a company's name, never inside it
  /// (准许某公司撤诉, 驳回某公司的诉讼请求, 委托某公司, 拟注册成立某公司, 被告人某某):
  /// a name starts after the last of them.
  static let leadWords: PhraseTrie<Bool> = {
    var trie = PhraseTrie<Bool>()
    for w in [
      "准许", "驳回", "委托", "成立", "设立", "判令", "判决", "裁定", "要求", "原告", "被告", "被告人",
      "上诉人", "申请人", "第三人", "起诉", "公司", "同意", "认定", "责令", "收购", "联系", "通知",
      "法定代表人", "实际控制人", "股东", "员工", "职工", "负责人", "经理", "董事长", "旗下", "名下",
      "支持", "协助", "帮助", "指使", "安排", "雇佣", "聘用", "入职", "就职", "任职", "加盟",
      "诉至", "诉请", "请求", "通过", "利用", "冒充", "假冒", "发现", "找到", "注册",
      "开办", "开设", "称", "控告", "状告", "举报", "投诉", "报告",
      // An award or an inquiry names the company it is against (请求裁决某公司支付,
      // 协助调查某公司欠薪一案, 依法查处某公司, 依法判处某公司罚金).
      "裁决", "调查", "查处", "判处",
      // Roles that end in a character a name could hold (被告单位某公司 is no
      // 单位某公司; 网店经营者某公司 no 营者某公司).
      "被告单位", "被执行人", "被执行单位", "被申请人", "申请执行人", "经营者",
    ] {
      trie.insert(w, value: true)
    }
    return trie
  }()

  /// The start of a name read back to `start`: just after the last lead word in it.
  static func afterLeadWords(in text: [Unicode.Scalar], from start: Int, to suffixStart: Int) -> Int
  {
    var out = start
    var p = start
    while p < suffixStart {
      if let (end, _) = leadWords.longestMatch(in: text, from: p, limit: suffixStart), end > out {
        out = end
      }
      p += 1
    }
    return out
  }

  static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
    if RegionChain.isHan(s) { return true }
    switch s {
    case "(", ")", "（", "）": return true
    default: return s.isASCII && s.properties.isAlphabetic
    }
  }
}
