/// The cues that propose a reading of an article's case structure, and the
/// guards that keep a part of the text from counting as a case. The engine
/// that weighs them is Stages/CaseReading.swift; each cue's reader is in
/// Stages/CaseSplitter*.swift.
enum CaseSplitRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  /// 案例一 / 【案例2】 lines, the title on the same line or the next:
  /// 案例一  王某某盗窃案——多次盗窃的，依法从重处罚
  case marker = "case.split.marker"
  /// A paragraph that opens with a case marker and tells the case at once:
  /// 案例二：某海关缉私局开展…专项行动。抓获犯罪嫌疑人9名…
  case markerParagraph = "case.split.marker-paragraph"
  /// Case markers opening sentences inside prose, numbered from one:
  /// 本文列举三则案例。案例一，杨某… / 案例二中的洪某应… / 案件1梁某某…纠纷案2018年…
  case inlineMarkers = "case.split.inline-markers"
  /// Numbered title headings: 一、某县市场监管局查处某加油站破坏计量器具准确度案
  case enumeratedTitle = "case.split.enumerated-title"
  /// Bare title lines after the headline: 某某遗弃案
  case titleLine = "case.split.title-line"
  /// Question headings without a mark, each over a paragraph that tells a
  /// matter (员工拒绝加班被辞退，公司违法吗？ / 张某在某科技公司工作，…): one
  /// case per heading, the question its title.
  case questionHeadings = "case.split.question-headings"
  /// Statement headings without a mark, each over a paragraph that tells a
  /// matter, after a lead that counts as many cases (商海失信案例二则 /
  /// 谎称未收货物意图赖掉货款 / 苏州一家公司与上海某公司…诉至法院。) or each
  /// part closing with the same label (法官说法：…): one case per heading, the
  /// heading its title.
  case statementHeadings = "case.split.statement-headings"
  /// Paragraphs opening ——title案。 and telling the case.
  case dashTitle = "case.split.dash-title"
  /// One paragraph per defendant after a lead that counts the cases:
  /// 被告高某明在…。/ 被告郑某华因…。 A paragraph that opens as a
  /// namesake's (另一…被告人张某) is another defendant's. Also a paragraph
  /// that tells two of the lead's cases, split at defendants brought in at
  /// clause heads (case.split.defendant-clauses) when that gives the lead's count.
  case defendantParagraphs = "case.split.defendant-paragraphs"
  /// Defendants told one after another inside a paragraph, each with a
  /// charge of their own, after a lead that counts several cases (集中宣判的
  /// 12起案件…，其中被告人甲犯抢劫罪被判处…，被告人乙犯盗窃罪被判处…): one
  /// case per defendant. Also defendants brought in at a clause's head, each
  /// new to the story (2020年7月29日，被告人何某在…；8月5日，被告人蒋某在…),
  /// unless one part names another's defendant (co-defendants).
  case defendantClauses = "case.split.defendant-clauses"
  /// A lead that lists 甲诉乙…案 titles, told under as many subheadings.
  case listedTitles = "case.split.listed-titles"
  /// Paragraphs opening 第一起案件中 / 另一起案件中.
  case ordinalParagraphs = "case.split.ordinal-paragraphs"
  /// Two cases told in one sentence after a lead that counts them
  /// (判决两起非法采矿案件，一起以…判处…；另一起以…判处…).
  case inlineOrdinals = "case.split.inline-ordinals"
  /// Matters told one after another in prose, each sentence opening with
  /// its date and a new actor (2021年，村民刘某…；2022年，赵某…): one case each.
  case datedMatters = "case.split.dated-matters"
  /// Lawsuits told one after another, each dated and brought by a
  /// different plaintiff than the one before (1998年底，甲向法院提起诉讼…；
  /// 今年3月，乙将甲告上了法庭): one case per suit.
  case successiveSuits = "case.split.successive-suits"
  /// Paragraphs that each tell a suit to its judgment, as a story tells
  /// several people's suits against one defendant (…诉至某区法院，5月14日，
  /// 法院判决… / …2人诉至某区法院，6月26日，法院依法判决…): one case each.
  case judgedSuits = "case.split.judged-suits"
  /// Paragraphs that each bring in a new party by its role, the parties
  /// kept apart (申请执行人甲某和被执行人乙某… / 当天，…找到了被执行人丙某).
  case partyParagraphs = "case.split.party-paragraphs"
  /// Decision paragraphs written to one template, each closing a case
  /// (当事人上述行为违反了…，某局依据…的规定，责令…并处罚款…).
  case repeatedDecisions = "case.split.repeated-decisions"
  /// Numbered items that each tell one matter, an actor and an outcome
  /// (1、某某医院存在…的行为，…对其处…罚款。/ 2、某某诊所…责令…并处罚款。):
  /// one case per told item (CaseMatterEvidence).
  case toldItems = "case.split.told-items"
  /// Penalties on different named actors told in different sentences, each
  /// with its own amount (某某炒货店因…被罚20万元…；…对叶先生罚款1.5万元):
  /// one case per actor.
  case penalisedActors = "case.split.penalised-actors"
  /// Subheadings over parts each handled by its own body of one kind,
  /// named only there (甲海关查验… / 乙海关发现…): one case per part.
  case bodySubheadings = "case.split.body-subheadings"
  /// Paragraphs that each open with a case title and go on to tell it
  /// (香港特别行政区 诉 甲(…)案中，… / 香港特别行政区 诉 乙(…)案中，…).
  case titleParagraphs = "case.split.title-paragraphs"
  /// A section template repeated once per case (基本案情 / 仲裁请求 / 处理结果 /
  /// 典型意义; 【基本案情】【裁判结果】【典型意义】; 简要案情 / 检察履职): the
  /// line before each template start is the case's title.
  case sectionTemplate = "case.split.section-template"
  /// Cases named by a title in book-title or quotation marks, as releases
  /// and press texts name guiding and typical cases, each told in the rest
  /// of its sentence or under its heading line (指导性案例241号《张某诉某物流
  /// 公司劳动合同纠纷案》明确，… / 检例第201号“刘某某诉某市人民政府…案”，…):
  /// one case per distinct title; a list of titles (《甲案》、《乙案》等) tells none.
  case quotedTitles = "case.split.quoted-titles"
  /// Cases named by title inside sentences and told a sentence or two each:
  /// 本批案例中的赵某等恶势力犯罪团伙案，系…; 在孙某与某物流公司确认劳动关系案中，…;
  /// also titles listed before 等 in a sentence that judges them all
  /// (甲某盗窃案、乙某诈骗案等均经法院再审改判: CaseSegmentRules.listedTitlesOutcomes).
  case namedInPassing = "case.split.named-in-passing"
  /// Example cases listed in one sentence after 如, each item told by its
  /// own acting verb and amount (如甲市查处货值达2.3亿元的…案、乙县查处案值近
  /// 8000万元的…案等): one case per item, titled by the words after its last 的.
  case toldExamples = "case.split.told-examples"
  /// Cases given as examples by the body that handled them, without a title:
  /// 如某市人民检察院针对…; 又如某县人民检察院在办理…中
  case example = "case.split.example"
  /// Cases told one after another in prose, each opened by a sentence that
  /// brings in a new named party with an outcome of its own (被告人肖某…被判处
  /// …。姜某…被判处… / 此外，被执行人某公司…被罚款…): one case per party-led
  /// run; refused when a later run names an earlier party again. Listed
  /// late: any other cue proposing the same starts wins a tie.
  case partyRuns = "case.split.party-runs"
  /// Cases a work report names one per sentence as the object of a
  /// sentence passed (对在车库抢劫的被告人肖某从重判处刑罚。…对醉酒后袭警的
  /// 被告人蔡某判处有期徒刑九个月。): one case per sentence, from its 对
  /// clause to the sentence's end; refused when a person is named before
  /// or after their sentence (co-defendants of one case).
  case sentencedObjects = "case.split.sentenced-objects"
  /// Paragraphs that each bring in an applicant the text has not named
  /// before, who applies for enforcement or arbitration or sues there
  /// (…拖欠谭某的工资。…谭某遂向法院申请强制执行。/ 原来，…胡某帮黄某…，胡某向法院
  /// 申请强制执行。): one case per applicant, as enforcement-campaign news
  /// tells its cases one after another; refused when a later case names an
  /// earlier applicant again (one suit told on). Listed late: a cue
  /// proposing the same starts (a section template) wins a tie.
  case applicantParagraphs = "case.split.applicant-paragraphs"
  /// Two cases told together (两案立案后, 两案的执行): two cases over one text.
  case toldTogether = "case.split.told-together"
  /// The whole article tells one case.
  case single = "case.split.single"

  /// A lead that counts the cases (发布N件典型案例, 3起…案) adds support to the
  /// reading with that many cases.
  case leadCount = "case.split.lead-count"

  /// A part that tells nothing (a table of contents, a list of titles).
  case untold = "case.guard.untold"
  /// Statistics, work and campaign reports: role words that are counted
  /// (5名被执行人, 对45名犯罪嫌疑人) name nobody, so no case is told.
  case statistics = "case.guard.statistics"
  /// A round-up that counts matters (共查处N起, 其中…N起, 同比) and names
  /// one only as a counted example (查处一起企业非法排污案件): no case.
  case roundUp = "case.guard.round-up"
  /// Commentary that names no concrete case.
  case commentary = "case.guard.commentary"
  /// A reading that the cues together support less than the one kept.
  case outweighed = "case.guard.outweighed"
  /// A court or procuratorate named as somebody's post (江西省高级人民法院原副院长)
  /// does not act in the case.
  case postOfPerson = "case.guard.post-of-person"

  /// How strongly one section start proposed by this cue supports a reading.
  /// Starts proposed by several cues add up (the engine weighs them together).
  var weight: Int {
    switch self {
    case .marker, .markerParagraph, .inlineMarkers, .sectionTemplate: return 10
    case .enumeratedTitle, .dashTitle, .listedTitles: return 8
    case .titleLine, .questionHeadings, .statementHeadings, .defendantParagraphs, .defendantClauses,
      .judgedSuits,
      .ordinalParagraphs,
      .inlineOrdinals, .datedMatters,
      .successiveSuits, .partyParagraphs, .applicantParagraphs,
      .partyRuns, .sentencedObjects, .penalisedActors,
      .bodySubheadings:
      return 6
    case .titleParagraphs, .repeatedDecisions, .toldItems: return 8
    case .namedInPassing, .quotedTitles, .toldExamples: return 6
    case .example: return 5
    case .toldTogether: return 10
    case .single: return 5
    case .leadCount: return 12
    case .untold, .statistics, .roundUp, .commentary, .postOfPerson, .outweighed: return 0
    }
  }

  /// Cues whose reading may hold one case only (a single template or a
  /// single numbered title heading is as good a reading as the whole text).
  var allowsOneCase: Bool {
    switch self {
    // One title named in passing and told is a case (在…纠纷案中，…).
    case .marker, .markerParagraph, .sectionTemplate, .enumeratedTitle, .namedInPassing, .single:
      return true
    default: return false
    }
  }
}
