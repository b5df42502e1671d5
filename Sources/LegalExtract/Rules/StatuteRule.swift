/// Every rule of the statutes stage (`StatuteStage`), by its stable name:
/// the ways a citation is made, and the guards that throw a candidate away.
/// The tables they read are `StatuteRules`, `StatuteIssuerRules` and `LawLexicon`.
enum StatuteRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  /// 《中华人民共和国行政诉讼法》第二十五条: a 《》 title the table or its shape makes normative.
  case titleQuoted = "statute.title.quoted"
  /// 《规定》 after （以下简称《规定》）: the alias the article defined.
  case titleAlias = "statute.title.alias"
  /// 《条例》 standing alone: the last cited law of that shape.
  case titleGeneric = "statute.title.generic"
  /// 《…规定（试行）》: a trial text the table knows as its own law.
  case titleTrial = "statute.title.trial"
  /// 《醉驾意见》, 《编造、故意传播虚假恐怖信息解释》: a short name the article or the table resolves.
  case titleShortName = "statute.title.short-name"
  /// 《矿山地质环境保护规定》: a 规定 that abbreviates no known title is a
  /// rule's own full title, kept as written.
  case unlistedRuleTitle = "statute.title.unlisted-rule"
  /// 《沈阳市社会信用条例(草案)》: a draft of a normative text under review,
  /// kept as written with its note (a draft is not the law it may become).
  case titleDraft = "statute.title.draft"
  /// 《海峡两岸共同打击犯罪及司法互助协议》, 《内地与香港…相互委托送达…的安排》:
  /// an instrument between jurisdictions for judicial assistance.
  case titleJudicialAssistance = "statute.title.judicial-assistance"
  /// 《国安法》 in a Hong Kong text.
  case titleRegionalShortName = "statute.title.regional-short-name"
  /// 劳动和社会保障部关于实施《劳动保障监察条例》若干规定: one title around a cited one.
  case titleImplementingRules = "statute.title.implementing-rules"
  /// 《两高关于办理某类案件…的解释》: a collective short name opening the title
  /// stands for its issuers (最高人民法院、最高人民检察院关于…).
  case titleCollectiveIssuer = "statute.title.collective-issuer"
  /// …公安部、司法部关于办理…的意见 … 《关于办理…的意见》第十二条: an
  /// issuer-less 关于 title takes the national issuers the article writes
  /// before the same words elsewhere.
  case titleIssuersWrittenElsewhere = "statute.title.issuers-written-elsewhere"
  /// 《海关总署、某部关于印发〈某某处置办法（试行）〉的通知》第三条: the
  /// notice cites the document it issues (its words between the inner marks).
  case titleIssuingNotice = "statute.title.issuing-notice"
  /// 依照劳动保障监察条例第十一条: a table title without 《》 after 依照/根据/违反.
  case unmarkedTitle = "statute.unmarked-title"
  /// 依违反入出国及移民法、台湾地区与大陆地区人民关系条例移送: in a Taiwan
  /// text, a law or rule without 《》 after 依照/违反, as written (or its
  /// regional short name resolved), each item of a list.
  case unmarkedTaiwanTitle = "statute.unmarked-title.taiwan"
  /// 第45条第2项 in a Taiwan text: 项 is the paragraph and 款 the item.
  case taiwanNumbering = "statute.taiwan-numbering"
  /// 最高人民法院、最高人民检察院联合发布关于办理…的解释，: a 关于 title without
  /// 《》 right after its issuers and an issuing verb.
  case unmarkedAboutTitle = "statute.unmarked-title.about"
  /// 最高人民检察院日前发布了新修订的司法解释工作规定: a title without 《》
  /// right after a national issuer and an issuing verb.
  case unmarkedIssuedTitle = "statute.unmarked-title.issued"
  /// 刑法第二百六十四条, 民法典: a bare law name.
  case bareName = "statute.bare-name"
  /// 工伤保险条例第十四条, 依照劳动合同法第十条和劳动保障监察条例: a national
  /// regulation or rule written bare by its table title (a 条例 alone; a
  /// …办法 or …规定 only with provisions after it).
  case bareTitle = "statute.bare-title"
  /// 依據中華民國刑法第339條之4: a bare law name after 中华民国, the Taiwan
  /// code by its official title.
  case republicTitle = "statute.bare-name.republic"
  /// 民法典实施以来, 新环境保护法实施以来, 安全生产法修改后: a bare law name
  /// before 实施/修改/修订 as a verb (not …实施条例, …修订草案).
  case bareNameBeforeVerb = "statute.bare-name.before-verb"
  /// 海商法 after （以下简称海商法）.
  case bareAlias = "statute.bare-alias"
  /// 该法第十条, 该解释第三条: the last cited law (of a shape).
  case backReference = "statute.back-reference"
  /// 该条第三款: a paragraph of the article last cited.
  case articleReference = "statute.article-reference"
  /// 第四十八条第一款 standing alone soon after a citation, in its paragraph.
  case continuation = "statute.continuation"
  /// …第四十一条规定：“…¶…”第四十三条: after the quotation of the law just cited.
  case quotedContinuation = "statute.continuation.quoted"
  /// 《劳动合同法》¶第八十五条 用人单位…, 刑法规定¶第二百七十六条之一　【…】: a
  /// title alone on its line heads the article quoted on the next line.
  case headingLine = "statute.continuation.heading-line"
  /// 《劳动法》¶第七十二条 …¶第一百条 …: the next article quoted in the same
  /// legal-basis block, one paragraph after the last, continues its law.
  case headingBlock = "statute.continuation.heading-block"
  /// 《道路交通安全法》及其实施条例: the implementing regulation too.
  case implementing = "statute.implementing"
  /// 《某甲解释》（法释〔2031〕7号） and the full title beside the same number: one law.
  case documentNumberLink = "statute.link.document-number"
  /// 《关于…的解释》 without issuer, and the full title elsewhere in the article.
  case issuersCompleted = "statute.link.issuers-completed"

  /// 《关于表彰…的通知》, 《孙子兵法》: a title that names no normative text.
  case nonNormative = "statute.guard.non-normative"
  /// 会签《…协作办法》: an agreement between bodies, not cited law.
  case agreement = "statute.guard.agreement"
  /// 《关于…的意见》 of a local body: not cited law.
  case localIssuer = "statute.guard.local-issuer"
  /// 《整改意见》: a short 意见 nothing resolves.
  case unresolvedShortOpinion = "statute.guard.unresolved-short-opinion"
  /// 湖北省消防条例, 执法: a bare name inside a longer name or word.
  case bareNameInWord = "statute.guard.bare-name-in-word"
  /// 履行宪法法律赋予的职责, 维护宪法和法律权威: a set phrase for "the law".
  case setPhrase = "statute.guard.set-phrase"
  /// …第二十七条规定：“…不受本条第一款规定的限制”: the quoted article's own words.
  case selfReferenceInQuote = "statute.guard.self-reference-in-quote"
  /// 《国务院关于进一步做好…工作的意见》: an 意见 no judicial body issued is policy.
  case policyOpinion = "statute.guard.policy-opinion"
  /// 细化《关于…加强…协作配合的实施细则》: a working agreement between local bodies.
  case cooperationAgreement = "statute.guard.cooperation-agreement"
  /// 违反禁止使用童工规定的 (a kind of breach in a list): a table 规定
  /// without 《》 followed by 的 is the everyday word "rules", not a citation.
  case genericRulesPhrase = "statute.guard.generic-rules-phrase"
  /// 《某院新闻发布会实施办法》, 《干警培训管理办法》: a body's rules for its
  /// own meetings, events or staff, not law cited to the public.
  case internalWorkingRule = "statute.guard.internal-working-rule"
  /// 《实施办法》明确… after a title a guard threw away (an internal working
  /// rule): a title that is only a kind word (办法, 实施办法, 规定, 细则) and
  /// abbreviates no title the article or the table cites names none.
  case genericShortTitle = "statute.guard.generic-short-title"
  /// 人社部会同…最高人民法院等八部门印发的《关于进一步加强…机制的意见》: an
  /// opinion a judicial body only co-signed in a list led by another body,
  /// on building a mechanism, not on applying law: policy.
  case coIssuedPolicyOpinion = "statute.guard.co-issued-policy-opinion"
  /// 最高人民法院在《关于为稳定就业提供司法服务和保障的意见》中提出…,
  /// 贯彻落实《最高人民法院关于建立健全…工作机制的意见》: a judicial body's
  /// opinion on serving a policy or building a work mechanism, named as news
  /// (no citing word before it in its clause, no provision after it): policy.
  case judicialPolicyOpinion = "statute.guard.judicial-policy-opinion"
  /// 《98年解释》: a year-named short name nothing in the article resolves.
  case unresolvedYearShortName = "statute.guard.unresolved-year-short-name"
  /// 学习行政法规制定程序条例和有关文件: a national 条例 written bare with no
  /// citing word before it (根据/依照/违反, a list it continues), no 规定 after
  /// it and no 第…条: the regulation named as a topic, not cited.
  case bareTitleUncited = "statute.guard.bare-title-uncited"
  /// 超市制订的《商品定期盘点损耗标准及处理办法》, 按照公司《营销人员绩效激励办法》:
  /// an employer's own rules (规章制度) the table does not know, not law.
  case employerRules = "statute.guard.employer-rules"
  /// 我市出台《…暂行办法》, 遵义市制定《…管理办法》: a local 办法 or 细则 the
  /// table does not know, told as news of its making with no provision
  /// cited: a policy measure announced, not law applied.
  case announcedLocalRules = "statute.guard.announced-local-rules"
  /// 根据《某省…实施办法》等相关规定, 依据《某省…裁量基准》: a 办法, 细则,
  /// 基准 or 标准 a province, city or county issued (its title opens with the
  /// place's full name), that the table does not know and no provision
  /// follows: a local normative document, not law the golds list.
  case uncitedLocalRules = "statute.guard.uncited-local-rules"
}
