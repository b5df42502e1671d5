/// The rules of a case's timeline (Stages/CaseEventFinder.swift runs them):
/// every way a dated step is found, and every reason a candidate step or its
/// date is rejected. Each rule has a stable name and a test that names it
/// (Tests/LegalExtractTests/CaseEventRuleTests.swift).
enum CaseEventRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  // MARK: Steps, one family per kind

  /// 收到…移送的线索, 经相关部门移送本案线索, 接到报案: a lead received or handed over.
  case clue = "case.event.clue"
  /// 移送审查起诉, 将案件移送公安机关: the case handed to another body.
  case transfer = "case.event.transfer"
  /// 立案, 立案侦查, 决定立案审查, 受理.
  case filing = "case.event.filing"
  /// 调查, 侦查, 监督检查, 专家论证会, 跟进监督.
  case investigation = "case.event.investigation"
  /// 刑事拘留, 抓获, 投案, 传唤到案.
  case detention = "case.event.detention"
  /// 海巡队强行登检一艘越界渔船, 押回1船11人, 前往拦截: a vessel boarded, stopped or escorted back
  /// with its crew is held.
  case boarding = "case.event.detention.boarding"
  /// 将人船押回高雄侦办: a vessel and crew escorted back for investigation (侦办, 送办 after it in its
  /// clause) are handed over: a transfer.
  case escortedForInvestigation = "case.event.transfer.escorted"
  /// 二人被巡查人员当场查获, 被警方当场拦获: 被…查获 / 拦获 with words between (查获 goods alone is no
  /// detention).
  case detentionCaught = "case.event.detention.caught"
  /// 逮捕, 批准逮捕.
  case arrest = "case.event.arrest"
  /// 发出检察建议, 工会劳动法律监督提示函, 督促函: written demands.
  case recommendation = "case.event.recommendation"
  /// 回复, 复函, 书面答复.
  case reply = "case.event.reply"
  /// 整改完毕, 补缴, 退赔到位, 完成修复, 拆除…并恢复植被, 全部支付到位: rectification done.
  case rectification = "case.event.rectification"
  /// 发布诉前公告, 权益申报公告.
  case notice = "case.event.notice"
  /// 磋商, 诉前磋商.
  case consultation = "case.event.consultation"
  /// 起诉, 提起公诉, 诉至法院, 支持起诉意见书.
  case lawsuit = "case.event.lawsuit"
  /// 提起民事公益诉讼, 提起刑事附带民事公益诉讼, 提起行政诉讼: 提起…诉讼 with words between.
  case lawsuitRaised = "case.event.lawsuit.raised"
  /// 撤诉, 撤回起诉, 变更诉讼请求.
  case withdrawal = "case.event.withdrawal"
  /// 开庭审理, 公开审理, 出庭支持起诉.
  case hearing = "case.event.hearing"
  /// 判决, 裁定, 宣判, 判处, 驳回诉讼请求, 被判监禁.
  case judgment = "case.event.judgment"
  /// 上诉, 抗诉.
  case appeal = "case.event.appeal"
  /// 申请再审, 决定再审.
  case retrial = "case.event.retrial"
  /// 和解, 调解, 赔偿协议.
  case settlement = "case.event.settlement"
  /// 申请仲裁, 仲裁委裁决.
  case arbitration = "case.event.arbitration"
  /// 仲裁委于2023年5月裁决某公司支付工资, 作出裁决: 裁决 is a ruling (an arbitration's when 仲裁
  /// is told before it in its sentence: case.event.arbitration.ruling).
  case award = "case.event.judgment.award"
  /// 法院出具民事调解书, 制作调解书: the mediation paper issued is the settlement (调解书 alone, named
  /// as a title enforced or cited, is no step).
  case settlementPaper = "case.event.settlement.paper"
  /// 某公司提出执行异议: an objection in the enforcement is an enforcement step (执行异议之诉 is a
  /// suit).
  case enforcementObjection = "case.event.enforcement.objection"
  /// 行政复议, 复议决定.
  case reconsideration = "case.event.reconsideration"
  /// 申请强制执行, 执行完毕, 移送执行.
  case enforcement = "case.event.enforcement"
  /// 通过政府部门调解，2011年11月某公司愿再承担八十万元: a mediation told as the means, dated by the
  /// clause right after it that tells its outcome (no step of its own).
  case mediationOutcome = "case.event.settlement.mediation-outcome"
  /// 撤销原审裁定，指令某中级法院继续审理: a higher court sending a case back to be tried again is a
  /// retrial.
  case remandOrdered = "case.event.retrial.remand-ordered"
  /// 将该案指令某铁路运输中级法院审理: a case a higher court assigns to another court is a transfer.
  case trialAssigned = "case.event.transfer.trial-assigned"
  /// 本院作出裁定，撤销原审裁定，指令某法院继续审理: the ruling that sends a case back or to another
  /// court is that step; no judgment of its own.
  case remandRuling = "case.event.guard.remand-ruling"
  /// 探索建立检察机关提起公益诉讼制度, 诉前调解机制: a step word naming a system or a scheme is no step.
  case institution = "case.event.guard.institution"
  /// 享有陈述、申辩及听证等权利, 告知其上诉权, 收到《听证通知书》: a step word naming a right or the
  /// notice of a step is not that step held.
  case rightOrNotice = "case.event.guard.right-or-notice"
  /// 委托郎溪县法院执行: 委托…执行 with words between.
  case enforcementEntrusted = "case.event.enforcement.entrusted"
  /// 不起诉决定, 行政处罚决定, 责令限期支付, 《责令交出土地决定书》, 支持起诉决定.
  case decision = "case.event.decision"
  /// 认定该事故伤害属于工伤: 认定…工伤 with words between.
  case decisionWorkInjury = "case.event.decision.work-injury"
  /// 经鉴定, 请求检察机关支持起诉: dated steps of no kind above.
  case other = "case.event.other"
  /// 农民工在2024年12月拿到被拖欠的工资: 拿到 / 领到 … 工资 with words between; a payment received.
  case paymentReceived = "case.event.rectification.payment-received"
  /// 3月19日，某县法院执行干警来到某公司, 执行员把陈某传唤至法院, 执行庭法官连夜驱车赶往上海: what
  /// enforcement officers do (执行干警 / 执行员 … 来到, 查封, 传唤, 赶往 with words between) is an
  /// enforcement action (a debtor summoned by them is not detained).
  case enforcementAction = "case.event.enforcement.action"
  /// 2024年11月12日，人社局变更其参加工作时间: an agency changing or revoking its own act is a
  /// decision.
  case agencyCorrection = "case.event.decision.agency-correction"
  /// 判决撤销原判, 撤销…的决定 asked for: a change or revocation no agency makes is no step of its own.
  case notByAgency = "case.event.guard.not-by-agency"
  /// 在收到当事人申请后: an application received (收到 … 申请) is a step of no kind above (other).
  case applicationReceived = "case.event.other.application-received"
  /// 一名政协委员向某区人民检察院反映: a report to the procuratorate is a clue; to another body, a
  /// complaint (other).
  case clueReported = "case.event.clue.reported"
  /// 某市人民检察院根据人大代表建议和热线信息，发现部分电梯存在安全风险: what the procuratorate
  /// finds before any other step in its sentence is a clue.
  case clueFound = "case.event.clue.found"
  /// 10月10日，某法院获悉被执行人出现在某小区: what a court or procuratorate learns is a clue.
  case clueLearned = "case.event.clue.learned"
  /// 某检察院收到人大代表反映, 陆续接到家长关于…的反映: a report received (收到 / 接到 … 反映, 举报,
  /// 投诉 with words between) is a clue.
  case clueReceived = "case.event.clue.received"
  /// 农民工陆续投诉某公司拖欠工资, 工人向人社局报案, 来到监察大队群体上访, 提出讨薪求助: a party's
  /// complaint, report or petition brings the matter to the body that hears it: a lead (clue), to
  /// whatever body (blind gold B34, B39: 集体上访, 到劳动监察大队提出求助).
  case complaint = "case.event.clue.complaint"
  /// 向某区人民检察院控告, 到检察院上访: a complaint the procuratorate receives is a clue.
  case complaintToProcuratorate = "case.event.clue.complaint-to-procuratorate"
  /// 将工资发放到每个农民工手中, 把欠薪交到工人手里, 将劳动报酬足额支付给工人: wages handed to the
  /// workers are rectification.
  case wagesHandedOver = "case.event.rectification.wages-handed-over"
  /// 在我院执行局法官处领取了工资款, 被执行人将工资款交到法院账上: a payment told in an enforcement
  /// (执行 in its clause) is the enforcement.
  case enforcementPayment = "case.event.enforcement.payment"
  /// 委托鉴定机构进行鉴定, 委托检测: an expert examination commissioned is investigation.
  case investigationCommissioned = "case.event.investigation.commissioned"
  /// 收到鉴定意见, 收到检测报告: the findings of a commissioned examination received are investigation.
  case findingsReceived = "case.event.investigation.findings-received"
  /// 对此行政强制拆除行为认定为违法, 认定…无效: a finding of unlawfulness is a ruling (an agency's is a
  /// decision).
  case judgmentFinding = "case.event.judgment.finding"
  /// 获上诉委员会给予向终审法院提出上诉的许可, 终审法院判上诉得直: leave to appeal granted, an appeal
  /// allowed: rulings, not appeals.
  case leaveToAppeal = "case.event.judgment.leave-to-appeal"
  /// 劳动监察大队责令某公司限期支付劳动报酬: an order to act within a deadline is a written demand.
  case orderWithDeadline = "case.event.recommendation.order-with-deadline"
  /// 2014年2月上訴人在高等法院接受第一次審訊: a trial (审讯, 再讯) is a hearing.
  case trial = "case.event.hearing.trial"
  /// 12月11日，突击审讯犯罪嫌疑人: 审讯 of a suspect is an interrogation (investigation).
  case interrogation = "case.event.investigation.interrogation"
  /// 2021年11月底，海南海警局掌握情报信息: intelligence obtained (掌握 / 获取 … 情报) is a clue.
  case clueIntelligence = "case.event.clue.intelligence"
  /// 10月22日，某大队收到市支队关于协助调查某公司欠薪一案的函: a letter received asking for help is a clue.
  case clueLetter = "case.event.clue.letter"
  /// 2022年8月，该案侦查终结，依法移送…审查起诉: the close of an investigation is a step only when no
  /// other step follows it in its sentence (the transfer it leads to is the step).
  case investigationConcluded = "case.event.investigation.concluded"
  /// 北京市检察院一分院7月20日受理了该案: a procuratorate receiving the case is a transfer.
  case transferReceived = "case.event.transfer.received"
  /// 通过超常强制手段，终于将工资追回: money recovered by coercion is enforcement, not rectification.
  case enforcementCoerced = "case.event.enforcement.coerced"
  /// 这张支票到达瑶海区法院, 执行款到账: money reaching the court in an enforcement is enforcement.
  case paymentArrived = "case.event.enforcement.payment-arrived"
  /// 向该公司负责人送达了相关的法律文书, told after an enforcement step: the enforcement's papers.
  case enforcementDelivery = "case.event.enforcement.delivery"
  /// 对…发出的诉前检察建议进行了宣告送达, 当场送达行政处理决定书: a delivery takes the kind of the
  /// demand or decision it serves.
  case deliveredDocument = "case.event.delivery.document"
  /// 送达, with no document of another step named: a step of its own (other).
  case delivery = "case.event.other.delivery"
  /// 2024年1月10日，某检察院向某局通报相关核查情况: the procuratorate briefing an addressee (向…通报)
  /// is consultation.
  case consultationBriefing = "case.event.consultation.briefing"
  /// 法院已向市场监管部门通报有关情况: a briefing by a body other than the procuratorate is no
  /// consultation of the case.
  case briefingByOther = "case.event.guard.briefing-by-other"
  /// 5月31日，线路改造完成。8月2日，某区院对整改效果开展“回头看”: a follow-up check told right after
  /// the rectification it checks is no step of its own (after the agency's reply it is one).
  case checkAfterRectification = "case.event.guard.check-after-rectification"
  /// 截至2025年2月14日，全省急救中心已全面建成…系统: a cut-off date with 已 dates the completed rectification.
  case cutOffReport = "case.event.date.cut-off-report"
  /// 全省急救中心已全面建成…: something built is rectification only when told as done (已).
  case builtCompleted = "case.event.rectification.built"
  /// 經過6日審訊後，她被陪審團裁定罪名成立: a sentence opened by 经过…后 continues the step of the
  /// sentence before and takes its date when that date gives no day.
  case continuedDate = "case.event.date.continued"
  /// 2018年11月獲判得直。上訴法庭撤銷其定罪，命令案件第二次重審: a retrial told right after a judgment,
  /// with no date of its own, was ordered by that judgment.
  case rulingOrder = "case.event.date.ruling-order"

  // MARK: A step's kind read from its clause

  /// 将线索移送公安机关, 经相关部门移送本案线索: a transfer of a lead is a clue.
  case clueHandedOver = "case.event.clue.handed-over"
  /// 仲裁委员会裁决, 仲裁委以主体不适格为由驳回申请: a ruling in an arbitration is arbitration.
  case arbitrationRuling = "case.event.arbitration.ruling"
  /// 国家知识产权局作出裁定: a ruling an agency makes is an administrative decision.
  case decisionByAgency = "case.event.decision.by-agency"
  /// 将代表建议移送检察院, 将群众举报移交检察机关: a lead (a proposal, report or complaint) handed over is a clue.
  case clueObjectHandedOver = "case.event.clue.lead-handed-over"
  /// 当法官欲将祝某拘留时: custody a court orders while enforcing a judgment is enforcement.
  case enforcementCustody = "case.event.enforcement.court-custody"
  /// 2024年8-10月，某检察院跟进监督; 2020年7月至9月，该院分别发出检察建议: a step told in a period's
  /// clause (or right after it) is dated by the period's start.
  case rangeStart = "case.event.date.range-start"
  /// 8月28日至30日，某法院公开审理此案，并当庭宣告判决: a judgment told after the step a period dates
  /// (a clause opened by 并) closes the period: it is dated by the period's end.
  case rangeEnd = "case.event.date.range-end"
  /// 后被当场抓获, 随即立案: a clause opened by 后 but told as at once (当场, 随即) keeps the earlier date.
  case atOnce = "case.event.date.at-once"
  /// 本院现公告督促…, signed 2019年7月9日 on the last line: a notice with no date of its own takes its signature's.
  case signatureDate = "case.event.date.signature"
  /// 正月初八是节后首个工作日。两起案件依次公开开庭审理。: a sentence that only sets the day dates
  /// the steps of the next sentence in its paragraph.
  case sceneDate = "case.event.date.scene"

  // MARK: Dates

  /// 于2023年5月、2023年8月两次开庭: each date of a list dates the step.
  case dateList = "case.event.date.list"

  // MARK: Named rejections of wrong phrases (trigger words inside them)

  /// 不予受理, 不再受理, 不予立案: a refusal is not a filing.
  case refusedFiling = "case.event.guard.refused-filing"
  /// 提起诉讼，请求判决撤销…, 诉请判令: what a party asks for is not a judgment.
  case requestedRuling = "case.event.guard.requested-ruling"
  /// 经审理, 审理认为, 审理查明: trying a case is not a hearing (the judgment that follows is the step).
  case triedCase = "case.event.guard.tried-case"
  /// 支持起诉 alone (由某检察院支持起诉的…一案): support is not the suit.
  case supportedSuit = "case.event.guard.supported-suit"
  /// 上诉人, 侦查机关, 立案庭, 仲裁时效, 审查起诉期间: nouns and periods, not steps.
  case notAStep = "case.event.guard.not-a-step"
  /// 判决生效, 判决书载明: a judgment's effect or its paper, not a new step.
  case judgmentReferred = "case.event.guard.judgment-referred"
  /// 拒不执行, 拒不支付: the offence, not a step.
  case offence = "case.event.guard.offence"

  // MARK: Named rejections read from the clause

  /// 责令…整改, 督促…整改, 要求…补缴: rectification ordered or asked for, not done.
  case orderedRectification = "case.event.guard.ordered-rectification"
  /// 督促…提起民事公益诉讼, 告知…可以提起诉讼, 要求…判令: a suit or ruling asked for or allowed.
  case requestedStep = "case.event.guard.requested-step"
  /// 裁定准予强制执行: the ruling is the step; the enforcement it allows is its object (驳回上诉人的
  /// 定罪上诉: so is the appeal it dismisses).
  case rulingObject = "case.event.guard.ruling-object"
  /// 回复检察建议, 针对检察建议: the demand is the object of another step.
  case demandObject = "case.event.guard.demand-object"
  /// 建议其履行职责，加强监督检查: what a demand asks for, told after it with no date of its own, is its content.
  case demandContent = "case.event.guard.demand-content"
  /// 某某不起诉案便是其中之一, 张某上诉案: a trigger word inside a case's name.
  case caseName = "case.event.guard.case-name"
  /// 整改情况, 整改结果: the report of a step is the object of another (将整改情况回复).
  case stepReport = "case.event.guard.step-report"
  /// 差点就被判刑了: a step that nearly happened.
  case nearMiss = "case.event.guard.near-miss"
  /// 在工作走访中发现该案线索: the setting in which another step happened (…中, …时), not a step.
  case setting = "case.event.guard.setting"
  /// 查明…。2019年6月，对该公司作出行政处罚: an agency's history the investigation found is the
  /// conduct under review, not a step of the case.
  case foundHistory = "case.event.guard.found-history"
  /// 作出终结案件决定 … 2023年12月至2024年4月开展“回头看”: a check after the case closed is no step of it.
  case afterClosure = "case.event.guard.after-closure"
  /// (終院刑事上訴2014年第4號): the year of a case number, not a step's date. Only a bare year: a
  /// month or a day before 第 dates an ordinal step (于2024年1月18日第二次开庭, 3月5日第三次审理;
  /// B74 h74-08, generated in EventGrammarPropertyTests.ordinalStepsAndInPersonLeads).
  case docketYear = "case.event.guard.docket-year"
  /// 开展“回头看”，确认整改到位: rectification confirmed in a follow-up check; the check is the step.
  case checkedRectification = "case.event.guard.checked-rectification"
  /// 判决…责令, 检察建议…责令: an order inside a judgment or demand belongs to it.
  case orderInsideStep = "case.event.guard.order-inside-step"
  /// 回复称已完成整改: steps the reply reports are its content; the reply is the step.
  case reportedInReply = "case.event.guard.reported-in-reply"
  /// 通过调取书证、实地走访调查: the means of another step, not a step of its own.
  case means = "case.event.guard.means"
  /// 执行到位的赔偿金, 2023年判决的案件: a trigger word used as an attribute (…的), not a step.
  case attributive = "case.event.guard.attributive"
  /// 升格为判处五年以上有期徒刑: a statutory range, not a sentence passed.
  case statutoryRange = "case.event.guard.statutory-range"
  /// 2023年6月22日曾因饮酒后驾驶被处以行政处罚: a prior record, a step of another case.
  case priorRecord = "case.event.guard.prior-record"
  /// 拒不执行判决、裁定罪, 诈骗罪: a trigger word inside a charge's name.
  case chargeName = "case.event.guard.charge-name"
  /// 以办理“养老保险补缴”为由: a trigger word inside quotation marks names something; it is no step.
  case quoted = "case.event.guard.quoted"
  /// 合作商未上诉, 公告期满无适格主体提起诉讼, 拒绝海巡登船检查: a step that did not happen.
  case negated = "case.event.guard.negated"
  /// 结合被告人退赃退赔等情况提出量刑建议: circumstances weighed, not steps.
  case circumstance = "case.event.guard.circumstance"
  /// 预计2024年底投产, 拟于…: plans are not steps.
  case plan = "case.event.guard.plan"
  /// 法院认为，…: steps restated in the court's reasoning (not a procuratorate's view, 检察院认为).
  case reasoning = "case.event.guard.reasoning"
  /// 2021年1月1日起施行, 批复, 指导性案例: the date a law, reply or guiding case was issued.
  case issuedDocument = "case.event.guard.issued-document"
  /// 检察院认为一审判决认定错误, 且认定起诉超期错误: what a party holds (after 认为) is its opinion;
  /// a clause opened by a step (提出抗诉, 遂依法…, a date) ends it.
  case opinion = "case.event.guard.opinion"
  /// 某村于2014年6月制作清理名单 … 2021年3月提起行政诉讼: rectification or a notice told before the
  /// case's first procedural step, in a sentence naming no procuratorate or court, is the act under
  /// review or its background, not a step.
  case background = "case.event.guard.background"
  /// 将判决书送达张某, 送达检察建议书: the delivery of a document is the document's step, when
  /// the clause names one; the judgment delivered alone is a step of its own (other).
  case deliveredStep = "case.event.guard.delivered-step"
  /// 清理补助款, 拆除补偿: a step word modifying a noun (what is paid, listed or covered), no step.
  case nounModifier = "case.event.guard.noun-modifier"
  /// 立案并进行调查取证: the investigation joined to a filing with 并 is the filing's own work.
  case filingPart = "case.event.guard.filing-part"
  /// 持续向某局反映问题 with no addressee (充分反映了…): a report to nobody is no step.
  case unaddressed = "case.event.guard.unaddressed"
  /// 跟进监督发现, 执行干警通过网络查控发现: a finding after another step in its sentence, or by a
  /// body other than the procuratorate, is what that step or body found, not a clue.
  case foundByOther = "case.event.guard.found-by-other"
  /// 记者从某法院获悉: what a reporter learns is the report's source, not a lead.
  case reporterLearned = "case.event.guard.reporter-learned"
  /// 此诉经过一审、二审发回重审、一审重审、二审终审: the course of a suit summed up after 经过 / 历经 is
  /// no step of the clause's date.
  case courseSummary = "case.event.guard.course-summary"
  /// 根据举报，执法人员进行检查; 按照和解协议履行完毕: a lead or an agreement another step acts on is
  /// its basis, not a step.
  case basis = "case.event.guard.basis"
  /// 该案于2019年12月2日开始公开开庭，…分别被判处…: a sentence told after a trial opened, with no
  /// 当庭 / 当日 joining them, is the outcome, not dated by the hearing's date (a clause opened by
  /// 对被告人, the court sentencing at that sitting, is its judgment).
  case trialOutcome = "case.event.guard.trial-outcome"
  /// …赴某县指导该案，推动案件侦查工作取得突破: a clause opened by 推动 / 促进 with no date of its own is
  /// the result a step aims at, not a step.
  case pushedResult = "case.event.guard.pushed-result"
  /// 2022年8月，该案侦查终结，依法移送审查起诉: the close of an investigation a step follows.
  case concludedBeforeStep = "case.event.guard.concluded-before-step"
  /// 正在建成, 建成后: something built, not told as done.
  case notCompleted = "case.event.guard.not-completed"
  /// 支票到达, told in no enforcement: a payment of no step.
  case outsideEnforcement = "case.event.guard.outside-enforcement"
  /// 2024年7月，某局制定专项整治方案，…对23家医院立案调查，…给予行政处罚: the filing, decision or
  /// investigation an agency takes after its rectification in the same sentence are its measures.
  case rectificationMeasure = "case.event.guard.rectification-measure"
  /// 经磋商后，正式向某局制发检察建议; 12月15日，经某县检察院提起公诉，周某被法院判处…; 检察院经初步调查后，
  /// 以行政公益诉讼立案: a step told after 经 / 经过, in a clause closed by 后 or followed by another
  /// step of its sentence, is the means or condition of that step, dated by none of its own.
  case precondition = "case.event.guard.precondition"
  /// 2013年，区人社系统及时受理投诉举报……全年受理投诉案件121件: a step dated only by a year in a
  /// paragraph that counts cases (121件, 35起, 全年, 累计) is a statistic of the year, no step of a case.
  case statistic = "case.event.guard.statistic"
  /// 2023年，全国检察机关共批准逮捕各类刑事犯罪嫌疑人70余万人: a step dated only by a year (or a
  /// period, in its sentence) counting people or cases in thousands (万 / 千 before 人, 件) is a
  /// statistic, no step of a case.
  case statisticMagnitude = "case.event.guard.statistic-magnitude"
  /// 以某局作出的不予认定工伤决定违法为由提起诉讼, 以原判决认定事实错误为由申请再审: a step named in the
  /// ground of another is no step of that date.
  case ground = "case.event.guard.ground"
  /// 申请强制执行仲裁裁决书, 申请执行该判决: the award or judgment enforced is the enforcement's object.
  case enforcedTitle = "case.event.guard.enforced-title"
  /// 作出行政裁定，驳回王某的起诉, 驳回再审申请: the suit, appeal or application a ruling dismisses is its
  /// object, not a step.
  case dismissedObject = "case.event.guard.dismissed-object"
  /// 作出《行政复议决定书》维持了某区规资局的拆除决定书, 判决维持某局的处罚决定: the decision (or the
  /// works it orders) upheld is the object of the reconsideration or ruling that upholds it, no
  /// step of its own (B39, B40). (撤销 is left out: 《…商标撤销复审决定书》 names the decision itself.)
  case upheldObject = "case.event.guard.upheld-object"
  /// 2018年6月15日，法院作出判决，双方均不服，提起上诉: a step told after 不服 following a dated step is
  /// the reaction to it, not dated by it; the judgment objected to (不服一审判决) is no step either.
  case objection = "case.event.guard.objection"
  /// 不服仲裁裁决，诉至法院, 对复议决定不服: the award or decision objected to (不服 right before or
  /// after it) is the object of the suit that follows, no step of that date (issue 19, labour and
  /// administrative stories: B34 b34-07, B35 b35-03 tell 不服（仲裁）裁决).
  case objectedDecision = "case.event.guard.objected-decision"
  /// 裁定终结本次执行程序, 裁定中止执行: the ruling is the enforcement step it makes; no judgment of
  /// its own.
  case enforcementRuling = "case.event.guard.enforcement-ruling"
  /// 感谢民警帮助他们追回被拖欠的工资: what someone thanks for is told as background, not dated by the
  /// thanks.
  case thanked = "case.event.guard.thanked"

  // MARK: Named rejections of dates

  /// 应于2021年9月30日前提起诉讼, 截至2023年底: deadlines and cut-offs.
  case deadline = "case.event.guard.deadline"
  /// 拟于2021年9月10日开庭, 预计2021年9月开庭, 将于…提起公诉: a date a plan word governs is a
  /// planned step's, not a step's (the plan word stands right before the date, or before 于 / 在
  /// and the date, however far the trigger is).
  case plannedDate = "case.event.guard.planned-date"
  /// 2020年1月至2021年6月的工资: a period (a range) is not a step's date.
  case period = "case.event.guard.period"
  /// 本报武汉8月18日电, 记者2024年4月26日从最高人民法院获悉, 1月15日，某法院通报了该案: the
  /// report's or the briefing's date, not a step's.
  case reportDate = "case.event.guard.report-date"
  /// 2023年以来, 2021年3月至2022年4月: a period (a range or a start) is not a step's date.
  case periodStart = "case.event.guard.period-start"
  /// 拖欠农民工2017年9月份、10月份工资, 补发3月至5月的工资: the period of what is owed or paid dates
  /// no step.
  case objectPeriod = "case.event.guard.object-period"
  /// 一个月后，区人社局遂作出行政处罚; 一年后，某中院判处…; 兩日後雙方達成調解協議: a date counted on
  /// from another (…后) dates no step.
  case offsetAfter = "case.event.guard.offset-after"
  /// 认定其参加工作时间为1976年3月: a date that is a value (时间为, 日期为) dates no step.
  case valueDate = "case.event.guard.value-date"
  /// 今天 with no reference date (XXXX-XX-XX): no step without a known part.
  case unresolvedDate = "case.event.guard.unresolved-date"
  /// A step with no date before it in its sentence.
  case undated = "case.event.guard.undated"
  /// 2022年3月盗窃…，后被抓获: a clause opened by 后 / 随后 / 此后 is not dated by an earlier one.
  case afterMarker = "case.event.guard.after-marker"
  /// 1月2日讯：近日，某法院公开宣判…; 6月8日电 某局日前开展…: a vague date word (近日, 日前, 近期)
  /// nearer the step than the written date governs it, so the step has no date (the written
  /// one is the report's).
  case vagueNearer = "case.event.guard.vague-nearer"
  /// 重审期间，…; 再审中，…; 侦查过程中，…: a step word that names the period something else happens
  /// in is no step of its own.
  case periodOfStep = "case.event.guard.period-of-step"
  /// 其于2022年9月提起诉讼…，遂裁定驳回: a clause opened by 遂 is not dated by a date whose own
  /// clause tells a step.
  case sequenced = "case.event.guard.sequenced"
  /// 本院于2021年3月5日立案后，依法适用简易程序，公开开庭进行了审理: a date inside a clause that
  /// tells a step and closes with 后 dates that step only; the steps of the clauses after it
  /// happened later (unless told as at once: 当即, 随即).
  case afterClause = "case.event.guard.after-clause"
  /// 法院审理后当庭宣判, 法庭当场宣判, 庭审结束后当庭作出判决: a judgment given at the sitting takes the
  /// date of the hearing told before it, across sentences and paragraphs.
  case sameSitting = "case.event.date.same-sitting"
  /// 2019年底, 2020年末 → the year's December: a year's end dates a step by its month.
  case yearPart = "case.event.date.year-part"
  /// 某检察院以涉嫌…罪对李某移送起诉, 检察院将案件移送法院审查起诉: a procuratorate referring the case
  /// for trial is its suit, not a transfer.
  case prosecutionReferred = "case.event.lawsuit.prosecution-referred"
  /// 受理了公安局移送审查起诉的案件, 受理某局移送的案件: a body receiving a case handed over is a transfer.
  case handedOverReceived = "case.event.transfer.handed-over-received"
  /// 送达责令支付工资告知书, 发出责令改正督促函: an order served as a notice or letter is a written demand.
  case orderPaper = "case.event.recommendation.order-paper"
  /// 向警方制发《通知立案书》, 发出要求说明不立案理由通知书: a paper a procuratorate sends the police
  /// about opening a case is a written demand, not a filing.
  case demandPaper = "case.event.recommendation.demand-paper"
  /// 同日某公司替其垫付工资, 由总包单位代为支付: wages paid by a third party are rectification.
  case paidOnBehalf = "case.event.rectification.paid-on-behalf"
  /// 上诉一案, 行政撤销纠纷一案, 申请再审一案: a trigger word heading a case's name (…一案, …纠纷).
  case caseNameHead = "case.event.guard.case-name-head"
  /// 总承包单位同意先行垫付, 公司愿意补发: a payment agreed to is an undertaking, not a payment made.
  case undertaking = "case.event.guard.undertaking"
  /// 依法报请最高人民法院复核, 报请核准: a sentence sent up for review is a step of its own (other).
  case reviewRequested = "case.event.other.review-requested"
  /// The same (date, kind) told again, or several defendants arrested the same day, or a step told
  /// again with a coarser date (2021年3月15日起诉 … 于2021年起诉): one event.
  case sameStep = "case.event.guard.same-step"
  /// 2005年，张某被警方刑拘 … 2005年2月，张某被当地警方刑拘: a step told first with a coarser date
  /// and again with a finer one is one step, dated by the finer. Not when the coarser date names a
  /// part of the month the finer day is outside of (于2024年10月初申请执行 … 10月26日将陈某拘传到院:
  /// two steps; B64 h64-05).
  case finerRestated = "case.event.guard.finer-restated"
  /// 6月18日上午，某法院对一批刑事案件进行集中宣判 told in the lead before a story's cases: the
  /// batch's hearing or judgment is a step of every case after it (of the one case, too, when its
  /// span leaves the lead out: B39, B40).
  case leadStep = "case.event.date.lead-step"
  /// 从立案到开庭、宣判，仅3天时间, 从受理到审结仅用7天: the ends of a time span summed up are no steps.
  case spanSummary = "case.event.guard.span-summary"
  /// 赵泽伟当庭表示上诉, 郑民生对判决不服，当庭提出上诉: an appeal told 当庭 is lodged at the sitting
  /// that gave the judgment: it takes the date of the judgment told before it (of the hearing, when
  /// no judgment is dated), across sentences (B46 h46-02, h46-10).
  case appealAtSitting = "case.event.date.appeal-at-sitting"
  /// 跟进监督，发现上述行政处罚决定…, 发现多家酒店被某公司提起…诉讼: a step word after 发现 in its
  /// clause is what was found (the finding is the step), not a step of that date (B50 h50-01, h50-03).
  case foundContent = "case.event.guard.found-content"
  /// 不具有自首等法定从轻情节, 均具有自首、认罪认罚等情节, 认定为自首: surrender named as a sentencing
  /// circumstance (…情节, 具有 / 系 / 认定为 before it) is no detention (B50 h50-08; B33, B35, B50
  /// h50-04 tell the same form).
  case circumstanceNoun = "case.event.guard.circumstance-noun"
  /// 支持劳动者民事起诉案件, 上诉案件, 再审案件: a suit word before 案件 names a class of cases, no
  /// step (B35 b35-03).
  case caseClass = "case.event.guard.case-class"

  // MARK: Round 14: applications, revoked cases, papers issued

  /// 甲向检察机关提交刑事立案监督申请, 顺某公司向商标局提出撤销申请, 某学校向法院申请破产清算: a
  /// party's application (提出 / 提交 / 递交 … 申请) of no kind below is a step of its own (other);
  /// the step words inside it (立案监督, 撤销, 复议) are what it asks for, no steps.
  case applicationLodged = "case.event.other.application-lodged"
  /// 提出仲裁申请, 提交再审申请, 递交行政复议申请, 提出强制执行申请, 提出撤诉申请: an application named
  /// by its kind is a step of that kind.
  case applicationOfKind = "case.event.application.of-kind"
  /// 检察院依法受理甲提出的立案监督申请: an application received (受理 … 申请) is no filing of a case:
  /// a step of no kind above (other).
  case applicationAccepted = "case.event.other.application-accepted"
  /// 该案于2025年6月被依法撤销, 公安局决定撤销此案, 撤销案件: a case revoked (by the police or the
  /// procuratorate that opened it) is a decision.
  case caseRevoked = "case.event.decision.case-revoked"
  /// 法院作出4份民事调解书, 作出调解书: 作出 … 调解书 with words between is the settlement.
  case settlementPaperMade = "case.event.settlement.paper-made"
  /// 1986年经向某县人民政府提交建房用地审批申请: an application for a permit, an approval or a
  /// registration is the facts of the dispute (like a contract before it), no step.
  case permitApplication = "case.event.guard.permit-application"
  /// 法院裁定拍卖被执行人名下土地, 作出执行裁定，轮候查封: a measure on the debtor's property a court
  /// rules in an enforcement is an enforcement step; the ruling that makes it is that step (no
  /// judgment of its own).
  case enforcementMeasure = "case.event.enforcement.measure"
  /// 提交书面申请，变更诉讼请求, 向仲裁委提出申请: an application that names nothing it asks for is
  /// no step of its own (the step is what the clause around it tells).
  case bareApplication = "case.event.guard.bare-application"
  /// 于同年6月至7月间…制发再审检察建议, 同年8月至9月期间，法院作出4份民事调解书: a period closed by
  /// 间 / 期间 dates a step told in its clause or right after it by its start, as a bare period
  /// does (case.event.date.range-start); 2018年6月26日至9月30日期间的工资 stays a claim's period.
  case rangeClosed = "case.event.date.range-closed"
  /// 对其作出罚款20万元的决定, 作出不予认定工伤的决定: an authority's 作出…的决定 is its decision; a
  /// step word of another kind in the gap (作出司法拘留15日的决定, 作出准予撤诉的决定) keeps its own kind.
  case decisionMade = "case.event.decision.made"
  /// 强制拘传, 强制腾退, 执结, 纳入失信被执行人, 采取限制消费: the measures and the close of a civil
  /// enforcement are enforcement steps.
  case enforcementVocabulary = "case.event.enforcement.vocabulary"
  /// 10月26日，马某通过调查得知陈某住址，并将陈某拘传到院: a debtor brought to the court by 拘传 is
  /// the court's enforcement measure, whoever is named doing it (B64 h64-05; B40 b40-07 tells
  /// 强制拘传). (强制腾房 was tried for B74 h74-01 and left out: it added two events the
  /// validation gold does not have.)
  case enforcementCoercion = "case.event.enforcement.coercion"
  /// 2024年1月，程某等人来到宁乡市检察院，请求检察机关支持起诉; 工人代表刘某来到某劳动保障监察局:
  /// a party coming in person to the procuratorate or the labour inspection brings it the matter:
  /// a lead; a request told after it in its sentence (请求检察机关支持, 申请监督) is that visit (B60
  /// h60-01, B66 h66-05; B39 h39-04 tells 来到…提出求助). Not when an official comes (承办检察官来到
  /// 某人社局调取证据 is the investigation).
  case clueCameToBody = "case.event.clue.came-to-body"
  /// 2017年7月19日，于某的部分房屋被拆除 … 请求确认区政府强制拆除其房屋的行为违法: a demolition a
  /// suit told after it asks to be judged unlawful is the act in dispute, no rectification or
  /// enforcement step (B68 h68-09, B60 h60-07). Not when the suit challenges a failure to
  /// demolish (确认某局未依法拆除…违法).
  case disputedDemolition = "case.event.guard.disputed-demolition"
  /// 2012年5月初被认定为工伤, 陈某因工受伤后死亡，并被认定为工伤: a worker's injury told as
  /// recognised (被认定, no agency named acting) is the worker's status behind the dispute, no step
  /// of the case (B41 b41-02, B56 h56-05); 人社局认定…工伤, 不予认定…因工受伤 is the agency's
  /// decision.
  case injuryStatus = "case.event.guard.injury-status"

  // MARK: Round 16: administrative-penalty procedure, papers and requests

  /// 作出《听证通知书》, 作出《行政处罚事先告知书》, 作出《行政复议答复通知书》, 邮寄《行政复议延期审理
  /// 通知书》: the notice of a step to come, issued or received, is a step of its own (other); the
  /// step it announces is not held by it (B60 h60-09; the order of 行政处罚法 art. 44, 63–65 and
  /// 行政复议法 art. 48 tells these notices in every penalty and reconsideration story).
  case noticeOfStep = "case.event.other.notice-of-step"
  /// 要求举行听证会, 申请听证, 申请延期举办听证会, 决定延期开庭: a hearing asked for or put off is a
  /// step of its own (other), not a hearing held; 告知其有权要求听证 is a right (B60 h60-09, the
  /// genre's 当事人要求听证 of 行政处罚法 art. 63).
  case hearingAskedOrPutOff = "case.event.other.hearing-asked-or-put-off"
  /// 通知其2020年5月26日上午9时召开听证会, 口头告知的6月中旬举行听证会: a date a notice sets is the
  /// date of a step to come, no step's.
  case noticedDate = "case.event.guard.noticed-date"
  /// 次日提交申辩书, 提交诉求书, 提交听证会申辩材料: a party's written statement lodged is a step of
  /// its own (other) (B37 h37-14, B60 h60-09).
  case statementLodged = "case.event.other.statement-lodged"
  /// 提交《关于延期举办案件听证会的申请》: an application named by its title is a step of its own
  /// (other); the step words inside the title are what it asks for.
  case applicationTitled = "case.event.other.application-titled"
  /// 2021年5月11日，某局向张某邮寄被诉处罚决定 after 2021年5月7日作出处罚决定; 领取…收到复议决定书:
  /// a decision delivered after it was made on an earlier date is the delivery, a step of its own
  /// (other), not the decision again (B60 h60-09, B39 h39-10).
  case deliveredAgain = "case.event.other.delivered-again"
  /// 作出《限期拆除决定书》，并按照…地址向其邮寄送达: a delivery with no date of its own, told after
  /// the paper's making in its sentence, is part of that step.
  case deliveredWithPaper = "case.event.guard.delivered-with-paper"
  /// 作出《行政复议答复意见书》: the reviewed body's answer in a reconsideration is its reply.
  case replyPaper = "case.event.reply.paper"
  /// 证监会于2021年6月25日收到江某的行政复议申请书: an application of a kind received is that step
  /// (the lodging's mirror, case.event.application.of-kind).
  case applicationReceivedOfKind = "case.event.application.received-of-kind"
  /// 通知某局自收到…之日起10日内作出书面答复: a step to be taken within a time limit counted from
  /// another (…之日起) is no step (B60 h60-09; B39 h39-10 tells 自收到…之日起十五日内提起诉讼).
  case timeLimit = "case.event.guard.time-limit"
  /// 通知江某复议决定延期至2020年9月23日前作出, 听证会延期举行: a step put off (延期 right after its
  /// word) is not taken.
  case putOff = "case.event.guard.put-off"
  /// 该案的行政处罚及行政复议决定是否合法成为争议焦点, 判断原告提起诉讼是否超过起诉期限: a step
  /// word before 是否 in its clause is a question asked about it (B56 h56-08, B39 h39-10).
  case questioned = "case.event.guard.questioned"
  /// 执行法官随即宣读了拘留决定书, 執行法官對其宣讀了拘留決定書: the custody paper read or served is
  /// the custody (detention), one step: no decision of its own, and no enforcement though a court
  /// officer reads it (B46 h46-06, B37 h37-06).
  case custodyPaper = "case.event.detention.custody-paper"

  // MARK: Round 17: papers of demands and answers, steps of the same sitting

  /// 下达劳动保障监察限期改正指令书, 下达期限改正指令书, 送达《整改指令书》: a labour inspection's order
  /// to correct by a deadline is a written demand, as 责令限期支付 is (B36 b36-06, B66 h66-07).
  case correctionOrderPaper = "case.event.recommendation.correction-order-paper"
  /// 作出信访回复, 作出《政府信息公开申请答复书》: an agency's answer to a party's petition or
  /// disclosure request is its administrative act, the one an administrative suit reviews: a
  /// decision (B64 h64-03, h64-04; 信访 in 信访回复 names the answer, no complaint).
  case petitionAnswer = "case.event.decision.petition-answer"
  /// 向某检察院作出《某局关于回复…的函》, 作出《关于报送…答复意见的函》: a letter titled as a reply
  /// (回复 / 答复 / 复函 inside a 《…函》 title) sent is the reply (B68 h68-06, B60 h60-09).
  case replyTitled = "case.event.reply.titled"
  /// 4月25日，法院巡回审判。经过近1个小时的法庭调查、法庭辩论后，法庭依法判处…: a sentence opened by
  /// 经过…后 counting hours or minutes continues the step before on its day (B64 h64-08; B46
  /// h46-05, B36 b36-10 tell the same 经过 / 历时…小时 shape with 当庭).
  case continuedSameDay = "case.event.date.continued-same-day"
  /// 争取化解各方心结, 当庭促成行政争议实质性化解, 化解矛盾纠纷的诚意: 化解 names the aim or the
  /// outcome of the work around a case, no step; a settlement is told by 和解, 调解, 达成协议, or
  /// by 化解 told as done (成功化解, 化解了) (B64 h64-04, B66 h66-01, h66-09: no gold settlement in
  /// the fit batches is told by a bare 化解).
  case resolvedWord = "case.event.guard.resolved-word"
  /// 本院于2008年12月24日作出准许原告撤诉的刑事裁定书, 收到了某法院出具的《行政判决书》: a court's
  /// judgment or ruling paper made or issued (作出 / 出具 … 判决书 / 裁定书) is the judgment (B37
  /// h37-03, B40 b40-09); a step word of an enforcement, a mediation, an arbitration or a
  /// reconsideration in the gap keeps its own kind.
  case rulingPaperMade = "case.event.judgment.paper-made"
  /// 原告对该回复不服, 上述答复: an answer named again (该 / 此 / 上述 before it) is the answer told
  /// before, no step of its own (B64 h64-03); one a party objects to (对…答复意见不满意, 不服…回复) is
  /// the object of what it does next (B64 h64-04; case.event.guard.objected-decision).
  case answerNamedAgain = "case.event.guard.answer-named-again"
}

/// What a trigger phrase makes.
enum EventTriggerOutcome: Sendable {
  /// A step of this kind.
  case step(CaseEventKind)
  /// A step when one of `tails` closes it within `within` scalars of the
  /// same clause (提起…诉讼).
  case gapped(CaseEventKind, tails: [String], within: Int)
  /// A phrase that contains a trigger word but is no step.
  case notAStep
}

/// One row of the trigger table.
struct EventTrigger: Sendable {
  let phrase: String
  let outcome: EventTriggerOutcome
  let rule: CaseEventRule
}

/// The tables of the timeline rules.
enum CaseEventRules {
  private static func rows(
    _ rule: CaseEventRule, _ outcome: EventTriggerOutcome, _ phrases: [String]
  ) -> [EventTrigger] {
    phrases.map { EventTrigger(phrase: $0, outcome: outcome, rule: rule) }
  }

  /// Trigger phrases, matched leftmost-longest on the folded, simplified
  /// text: a longer phrase decides over the words inside it (不起诉决定 over
  /// 起诉, 移送审查起诉 over 起诉, 不予受理 over 受理).
  static let triggers: [EventTrigger] =
    rows(
      .clue, .step(.clue),
      [
        "线索", "接到报案", "接到举报", "收到举报", "接到报警", "接报警", "接警", "报案后", "报警后",
        "履职中发现", "履行职责中发现", "履职过程中发现", "紧急通报", "中发现", "院发现", "检察机关发现",
        "时了解到", "中了解到", "举报", "接到群众反映", "群众反映", "接到反映", "移送的线索",
        "移送的案件线索", "交办", "转办",
      ])
    + rows(.clueIntelligence, .gapped(.clue, tails: ["情报"], within: 6), ["掌握", "获取", "获得", "得到"])
    + rows(.clueReported, .step(.clue), ["反映"])
    + rows(.clueFound, .step(.clue), ["发现"])
    + rows(.clueLearned, .step(.clue), ["获悉"])
    + rows(
      .transfer, .step(.transfer),
      [
        "移送审查起诉", "审查起诉", "移送起诉", "移送", "移交", "指定管辖", "押解", "押上",
      ])
    + rows(
      .filing, .step(.filing),
      [
        "立案", "立案侦查", "立案调查", "立案审查", "立案办理", "决定立案", "受理", "立案监督",
        "决定立案调查", "决定立案侦查", "决定立案审查", "决定立案办理",
      ])
    + rows(
      .investigation, .step(.investigation),
      [
        "调查", "侦查", "监督检查", "检查", "现场勘验", "勘验", "核查", "走访", "调取", "专家论证会",
        "专家咨询会", "论证会", "咨询会", "跟进监督", "跟进调查", "专案组", "回头看", "调查报告", "评估",
        "联合行动", "收网行动", "实地查看", "现场查看", "调查取证", "取证", "搜查", "介入", "提前介入",
        "跟踪观察", "跟踪回访", "跟踪督促", "实地回访",
        "介入侦办", "介入调查", "先行登记保存", "登记保存", "监督抽检",
      ])
    + rows(.investigationConcluded, .step(.investigation), ["侦查终结", "调查终结"])
    + rows(
      .detention, .step(.detention),
      [
        "刑事拘留", "行政拘留", "拘留", "刑拘", "抓获", "擒获", "到案", "归案", "传唤", "羁押",
        "监视居住", "留置", "带回", "带走", "缉获", "投案", "自动投案", "主动投案", "自首",
        "成功控制", "当场控制",
      ])
    + rows(.boarding, .step(.detention), ["押回", "押返", "登检", "强行登检", "强靠登检", "拦截"])

    + rows(.detentionCaught, .gapped(.detention, tails: ["查获", "拦获"], within: 12), ["被"])
    + rows(.arrest, .step(.arrest), ["逮捕", "批准逮捕", "批捕", "执行逮捕"])
    + rows(
      .recommendation, .step(.recommendation),
      [
        "检察建议", "诉前检察建议", "再审检察建议", "提示函", "督促函", "监督意见书", "法律监督意见书",
        "司法建议", "纠正违法通知书", "联合建议", "建议函", "督促履职函", "工作建议", "建议书",
        "督促整改函", "意见函", "检察意见", "检察意见书",
        // An agency's formal demand before enforcing its decision (行政强制法 art. 35).
        "催告通知书", "催告书", "催告函",
      ])
    + rows(.reply, .step(.reply), ["回复", "复函", "函复", "书面回复", "答复", "回函", "答复意见", "回复意见"])
    + rows(
      .answerNamedAgain, .notAStep,
      ["该回复", "该答复", "此回复", "此答复", "上述回复", "上述答复", "该复函", "上述复函", "该答复意见", "该回复意见"])
    + rows(
      .rectification, .step(.rectification),
      [
        "整改完毕", "整改到位", "完成整改", "整改", "补缴", "补发", "退赔", "退缴", "退赃", "完成修复", "修复完毕", "修复到位", "修复完成",
        "恢复植被", "补植", "拆除", "清理", "清除", "支付到位", "全部支付", "先行支付", "支付完毕",
        "追回", "整治", "专项整治", "集中整治", "集中清理", "发放到位", "发放完毕", "足额发放", "兑付到位",
        "改造完成", "完成改造", "改造完毕", "恢复供电", "履行完毕", "履行完成", "履行到位", "拆解",
      ])
    + rows(
      .paymentReceived,
      .gapped(.rectification, tails: ["工资", "欠薪", "薪酬", "报酬", "赔偿", "补偿"], within: 14),
      ["拿到", "领到"])
    + rows(
      .enforcementPayment,
      .gapped(.enforcement, tails: ["工资", "执行款", "案款", "欠款", "欠薪", "报酬"], within: 14),
      ["领取", "领回"])
    + rows(.notice, .step(.notice), ["公告", "诉前公告", "权益申报公告", "现公告", "特此公告", "公告督促"])
    + rows(
      .consultation, .step(.consultation),
      ["磋商", "诉前磋商", "圆桌会议", "圆桌会", "磋商会", "会商", "会商座谈", "座谈会商"])
    + rows(
      .lawsuit, .step(.lawsuit),
      [
        "起诉", "提起公诉", "公诉", "提起诉讼", "诉至", "起诉至", "诉诸", "支持起诉意见书", "自诉", "告上法庭",
        "告上了法庭", "告上", "告到法院", "告到了法院", "异议之诉", "执行异议之诉",
      ])
    + rows(.lawsuitRaised, .gapped(.lawsuit, tails: ["诉讼", "公诉", "之诉"], within: 14), ["提起"])
    + rows(
      .withdrawal, .step(.withdrawal),
      [
        "撤诉", "撤回起诉", "撤回诉讼", "撤回上诉", "撤回抗诉", "撤回公诉", "撤回申请", "变更诉讼请求", "变更诉请",
      ])
    + rows(
      .hearing, .step(.hearing),
      [
        "开庭", "开庭审理", "公开审理", "不公开审理", "庭审", "审理了", "审理此案", "审理本案", "出庭支持起诉",
        "出庭", "听证", "公开听证", "进行二审", "进行一审", "进行审理", "进行了审理", "二审开庭",
        "法庭调查", "法庭辩论", "巡回审判", "巡回审理", "巡回开庭", "巡回法庭开庭", "设堂开庭",
      ])
    + rows(.trial, .step(.hearing), ["审讯", "再讯", "接受审讯"])
    + rows(
      .judgment, .step(.judgment),
      [
        "判决", "宣判", "裁定", "判处", "判令", "被判", "改判", "维持原判", "驳回", "终结诉讼", "判监",
        "判刑", "获刑", "定罪", "作出一审判决", "作出二审判决", "再审判决", "再审裁定", "重审判决", "重审裁定",
        "驳回上诉", "驳回抗诉", "驳回起诉",
        "进行一审宣判", "进行二审宣判", "进行一审公开宣判", "进行二审公开宣判", "颁下判词", "颁下判决",
      ])
    + rows(
      .leaveToAppeal, .step(.judgment), ["上诉许可", "上诉的许可", "上诉得直", "判上诉得直", "得直", "判得直", "获判得直"])
    + rows(
      .appeal, .step(.appeal),
      // 抗告 is Taiwan's appeal against a ruling (針對駁回羈押的裁定提出抗告).
      ["上诉", "抗诉", "提出抗诉", "提请抗诉", "提起上诉", "提起抗诉", "抗告", "提出抗告", "提起抗告"])
    + rows(
      .retrial, .step(.retrial),
      [
        "再审", "申请再审", "决定再审", "提审", "裁定提审", "裁定再审", "提审裁定", "发回重审", "裁定发回重审",
        "重审",
      ])
    + rows(
      .settlement, .step(.settlement),
      [
        "和解", "调解", "赔偿协议", "和解协议", "调解协议", "达成协议", "司法确认", "签订赔偿协议", "成功化解",
        "化解了",
        "协调会", "协调会议", "调处", "达成一致", "握手言和", "磋商协议", "赔偿磋商协议",
      ])
    + rows(.arbitration, .step(.arbitration), ["仲裁", "申请仲裁", "仲裁委", "仲裁裁决"])
    + rows(.award, .step(.judgment), ["裁决", "作出裁决"])
    + rows(
      .settlementPaper, .step(.settlement),
      ["出具调解书", "出具民事调解书", "出具行政调解书", "制作调解书", "制作民事调解书", "制发调解书"])
    + rows(.enforcementObjection, .step(.enforcement), ["执行异议", "提出执行异议"])
    + rows(
      .reconsideration, .step(.reconsideration),
      // 下发了《行政复议决定书》: the reconsideration's paper is its step, not an agency's decision too.
      ["行政复议", "申请复议", "复议决定", "复议", "行政复议决定书", "复议决定书"])
    + rows(
      .enforcement, .step(.enforcement),
      [
        "强制执行", "申请执行", "执行完毕", "执行到位", "移送执行", "恢复执行", "终结执行", "终结本次执行",
        "非诉执行", "执行立案", "立案执行", "列入失信", "失信被执行人名单", "限制高消费", "认可和执行",
        "执行行动", "集中执行", "执行小组", "执行组", "司法拘留", "执行实施", "执行程序", "执行实施程序",
        "执行通知书", "中止执行", "执行复议", "申请执行复议",
      ])
    + rows(
      .enforcementVocabulary, .step(.enforcement),
      ["强制拘传", "强制腾退", "执结", "纳入失信", "采取限制消费"])
    + rows(
      .enforcementCoercion, .step(.enforcement),
      [
        "拘传到院", "拘传至法院", "拘传到法院", "拘传至本院", "拘传到本院", "拘传至院",
      ])
    + rows(
      .clueCameToBody, .gapped(.clue, tails: CaseEventRules.cameToBodyTails, within: 16),
      ["来到", "走进"])
    // Notices of a step to come: longest first from their first scalar (行政处罚事先告知书 over 行政处罚,
    // 行政复议答复通知书 over 行政复议, 听证通知书 over 听证).
    + rows(
      .noticeOfStep, .step(.other),
      [
        "听证通知书", "听证告知书", "行政处罚听证告知书", "行政处罚事先告知书", "处罚事先告知书", "事先告知书",
        "行政处罚告知书", "行政复议答复通知书", "复议答复通知书", "答复通知书", "行政复议延期审理通知书",
        "复议延期审理通知书", "延期审理通知书", "延期听证通知书",
      ])
    + rows(.replyPaper, .step(.reply), ["行政复议答复意见书", "复议答复意见书", "答复意见书"])
    + rows(.custodyPaper, .step(.detention), ["拘留决定书", "行政拘留决定书", "刑事拘留决定书"])
    + rows(
      .correctionOrderPaper, .step(.recommendation),
      [
        "改正指令书", "限期改正指令书", "期限改正指令书", "责令改正指令书", "整改指令书", "限期整改指令书",
        "劳动保障监察限期改正指令书", "劳动保障监察期限改正指令书", "劳动保障监察责令改正指令书",
      ])
    + rows(
      .petitionAnswer, .step(.decision),
      [
        "信访回复", "信访答复", "信访答复意见", "信访答复意见书", "信访事项答复", "政府信息公开申请答复书",
        "信息公开申请答复书",
        "信息公开答复书", "信息公开答复", "政府信息公开答复", "政府信息公开告知书", "信息公开告知书",
      ])
    + rows(
      .replyTitled, .gapped(.reply, tails: ["的函》", "回复函》", "复函》", "答复函》"], within: 80),
      ["作出", "做出", "发出", "报送", "出具", "致函", "发函"])
    + rows(
      .paymentArrived,
      .gapped(.enforcement, tails: ["到达", "到账", "汇入", "转入", "打入"], within: 8),
      ["支票", "执行款", "汇票"])
    + rows(
      .enforcementAction,
      .gapped(
        .enforcement,
        tails: [
          "来到", "赶到", "前往", "敲开", "找到", "约谈", "查封", "扣押", "冻结", "上门",
          "拦截", "赶往", "奔赴", "驱车", "传唤", "拘传",
        ],
        within: 16),
      ["执行干警", "执行人员", "执行法官", "执行员", "执行庭法官", "执行庭庭长", "执行局局长"])
    // A phrase may have several gapped rows: the first whose tail closes it decides.
    // An application of a kind received is that step (收到…行政复议申请书, 受理…仲裁申请), first.
    + rows(
      .applicationReceivedOfKind,
      .gapped(.reconsideration, tails: ["行政复议申请", "复议申请"], within: 14), ["收到", "受理"])
    + rows(.applicationReceivedOfKind, .gapped(.arbitration, tails: ["仲裁申请"], within: 14), ["收到"])
    + rows(.applicationReceivedOfKind, .gapped(.retrial, tails: ["再审申请"], within: 14), ["收到"])
    + rows(.applicationReceived, .gapped(.other, tails: ["申请", "求助", "申诉"], within: 14), ["收到"])
    + rows(
      .findingsReceived,
      .gapped(
        .investigation,
        tails: ["鉴定意见", "鉴定报告", "检测报告", "检验报告", "评估报告", "监测报告", "检测结果", "监测结果"],
        within: 14),
      ["收到"])
    + rows(
      .clueReceived,
      .gapped(.clue, tails: ["反映", "举报", "投诉", "报案", "报警", "来信", "通报"], within: 24),
      ["收到", "接到", "接获"])
    + rows(.clueLetter, .gapped(.clue, tails: ["的函", "来函", "协查函"], within: 48), ["收到", "接到"])
    + rows(.enforcementEntrusted, .gapped(.enforcement, tails: ["执行"], within: 16), ["委托"])
    // 指令…继续审理 sends the case back to the court that tried it; 指令…审理 to another court.
    + rows(.remandOrdered, .gapped(.retrial, tails: ["继续审理", "重新审理", "再审"], within: 40), ["指令"])
    + rows(.trialAssigned, .gapped(.transfer, tails: ["审理", "管辖"], within: 40), ["指令"])
    + rows(
      .investigationCommissioned,
      .gapped(.investigation, tails: ["鉴定", "检测", "勘测"], within: 16), ["委托"])
    + rows(
      .decision, .step(.decision),
      [
        "不起诉", "不起诉决定", "支持起诉决定", "支持起诉的决定", "行政处罚决定", "处罚决定", "行政处罚", "决定书", "指令书",
        "责令", "工伤认定", "不批准逮捕", "吊销", "终结案件", "终结审查", "结案决定", "终结案件决定",
        "终结审查决定", "处罚决定书", "行政处罚决定书", "中止审查", "中止审理", "中止审查决定",
        // A refused arrest is the procuratorate's decision, as 不起诉 is (不予批捕 over 批捕).
        "不予批捕", "不批捕", "不予逮捕", "不批准逮捕决定", "不予批准逮捕",
      ])
    + rows(.agencyCorrection, .step(.decision), ["变更", "撤销", "更正"])
    + rows(.decisionMade, .gapped(.decision, tails: ["的决定", "征收决定"], within: 16), ["作出", "做出"])
    + rows(
      .rulingPaperMade, .gapped(.judgment, tails: ["判决书", "裁定书"], within: 24), ["作出", "做出", "出具"])
    + rows(.decisionWorkInjury, .gapped(.decision, tails: ["工伤"], within: 12), ["认定"])
    + rows(.judgmentFinding, .gapped(.judgment, tails: ["违法", "无效"], within: 14), ["认定"])
    + rows(
      .other, .step(.other),
      [
        "鉴定", "请求检察机关支持", "申请检察机关支持", "申请支持起诉", "寻求检察机关支持", "申请工伤认定", "申请监督",
        "无效宣告请求", "反映至", "反映到", "投诉至", "投诉到", "财产保全", "诉前保全", "诉讼保全", "申请保全",
        "取保候审", "恢复审查", "恢复审理", "推进会", "整改推进会", "指导该案", "指导案件",
        "指导办案", "督导", "请求援助", "申请法律援助", "申请援助", "请求法律援助",
      ])
    + rows(.delivery, .step(.other), ["送达", "邮寄", "寄送", "邮寄送达"])
    + rows(.reviewRequested, .gapped(.other, tails: ["复核", "核准"], within: 16), ["报请", "依法报请"])
    + rows(.builtCompleted, .step(.rectification), ["建成"])
    // Papers a procuratorate sends the police to open a case (通知立案书): written demands, not
    // filings.
    + rows(.demandPaper, .step(.recommendation), ["通知立案书", "要求说明不立案理由通知书"])
    + rows(.paidOnBehalf, .step(.rectification), ["垫付", "先行垫付", "代为支付", "代为发放", "代为偿还", "代付"])
    + rows(.complaint, .step(.clue), ["投诉", "上访", "集体上访", "群体上访", "信访", "报案", "控告", "求助"])
    + rows(
      .wagesHandedOver,
      .gapped(.rectification, tails: ["发放到", "发放给", "发到", "交到", "交给", "支付给"], within: 8),
      ["工资", "欠薪", "薪酬", "劳动报酬"])
    // Wrong phrases around trigger words.
    + rows(.refusedFiling, .notAStep, ["不予受理", "不再受理", "不予立案", "受理范围", "受理费", "受理条件"])
    + rows(
      .requestedRuling, .notAStep,
      [
        "请求判决", "请求判令", "诉请判令", "请求法院判决", "请求法院判令", "要求判令", "请求裁定", "请求撤销",
        // A procuratorate's sentencing proposal (提出判处拘役五个月的量刑建议), not a sentence.
        "提出判处", "提出判决",
      ])
    + rows(.triedCase, .notAStep, ["经审理", "审理认为", "审理查明", "审理期间", "审理过程中", "审理中", "审理后"])
    + rows(.supportedSuit, .notAStep, ["支持起诉"])
    + rows(
      .notAStep, .notAStep,
      [
        "上诉人", "起诉人", "自诉人", "上诉期", "上诉期限", "侦查机关", "侦查人员", "侦查大队", "侦查支队", "侦查局", "侦查监督",
        "立案庭", "立案标准", "仲裁时效", "仲裁前置", "仲裁委员会认为", "审查起诉期间", "审查起诉阶段",
        "起诉书", "起诉状", "起诉期限", "起诉条件", "公诉机关", "公诉人", "调查人员", "调查组", "检查院",
        "公告期满", "公告期", "执行人", "被执行人", "申请执行人", "移送机关", "复议期间", "判决书", "裁定书",
        "调解员", "调解书", "再审申请人", "鉴定意见", "鉴定机构", "鉴定人", "整改方案", "整改意见", "整改建议",
        "整改通知", "整改期限", "裁定书载明", "立案时间", "重审理由", "上诉案", "抗诉案", "再审案", "检查组", "修复费用", "修复费",
        "修复方案", "修复责任", "修复义务", "整改责任", "拆除费用", "清理费用", "清除费用", "调查取证权",
        "调查研究", "鉴定费", "鉴定费用", "定罪量刑", "再审申请", "抗诉意见", "上诉意见", "抗诉书", "上诉状", "生效判决",
        "生效裁定", "原判决", "原裁定", "可判处", "可以判处", "应当判处", "鉴定资质", "评估机构", "评估报告",
        "执行局", "执行庭", "执行案件", "强制执行案件", "执行标的", "查封令",
        "上诉请求", "抗诉请求", "诉讼请求", "上诉理由", "抗诉理由", "起诉期限",
        // What a reconsideration or an arbitration asks (江某复议请求为：…), a noun like 诉讼请求.
        "复议请求", "行政复议请求", "仲裁请求",
        // A docket's category (终院民事上诉2012年第2号) and a body's name (上诉委员会).
        "民事上诉", "刑事上诉", "行政上诉", "上诉委员会", "上诉法庭", "上诉庭", "会商意见",
        // A published list of penalties (公布了2017年2月行政处罚信息), not a decision of that month.
        "处罚信息", "行政处罚信息",
        // Bodies, people and channels named by a complaint word (信访局, 控告申诉检察部, 投诉电话).
        "信访局", "信访办", "信访部门", "信访室", "报案人", "控告人", "控告申诉", "投诉人", "投诉电话",
        "举报电话", "投诉举报", "上访人员", "求助无门", "求助电话",
        // Roles named by a step word: the procuratorate that lodged a protest (抗诉机关的理由成立),
        // a person not prosecuted (被不起诉人张某某).
        "抗诉机关", "提请抗诉机关", "被不起诉人", "不起诉人",
        // Counts of cases received (詐騙件受理數共1萬3673件).
        "受理数", "受理量", "受理件数", "立案数", "立案量", "收案数",
      ])
    + rows(
      .caseClass, .notAStep,
      ["起诉案件", "公诉案件", "自诉案件", "上诉案件", "抗诉案件", "再审案件", "申诉案件"])
    + rows(.judgmentReferred, .notAStep, ["判决生效", "裁定生效", "判决发生法律效力", "判决确定", "判决认定"])
    + rows(.offence, .notAStep, ["拒不执行", "拒不支付", "拒不履行", "逃避执行", "妨害公务"])
    + rows(.notAStep, .notAStep, ["报告上", "广告上", "警告上", "公告上"])
    + rows(.resolvedWord, .notAStep, ["化解"])
    + rows(
      .stepReport, .notAStep,
      [
        "整改情况", "整改结果", "整改效果", "整改报告", "整改成效", "整改进展", "整改落实情况", "处理情况", "处理结果",
        "核查情况", "调查情况",
      ])
    + rows(.consultationBriefing, .step(.consultation), ["通报"])
    // A party's application: named by its kind first (the first row whose tail closes it decides),
    // then any other (立案监督申请, 撤销申请, 复议申请 against a court's ruling: other).
    + rows(.applicationOfKind, .gapped(.arbitration, tails: ["仲裁申请"], within: 14), applicationVerbs)
    + rows(.applicationOfKind, .gapped(.retrial, tails: ["再审申请"], within: 14), applicationVerbs)
    + rows(
      .applicationOfKind, .gapped(.reconsideration, tails: ["行政复议申请"], within: 14),
      applicationVerbs)
    + rows(
      .applicationOfKind,
      .gapped(.enforcement, tails: ["强制执行申请", "执行复议申请", "恢复执行申请"], within: 14),
      applicationVerbs)
    + rows(
      .applicationOfKind, .gapped(.withdrawal, tails: ["撤诉申请", "撤回起诉申请", "撤回上诉申请"], within: 14),
      applicationVerbs)
    + rows(.applicationLodged, .gapped(.other, tails: ["申请"], within: 14), applicationVerbs)
    + rows(.statementLodged, .gapped(.other, tails: ["申辩", "诉求书"], within: 14), applicationVerbs)
    + rows(
      .applicationTitled,
      .gapped(
        .other, tails: ["的申请》", "申请书》", "诉求书》", "申辩材料》", "申辩书》", "申辩意见》"], within: 40),
      applicationVerbs)
    + rows(
      .applicationLodged, .step(.other),
      ["申请破产", "申请破产清算", "申请破产重整", "申请破产和解", "申请支付", "申请给付", "申请政府信息公开"])
    + rows(.settlementPaperMade, .gapped(.settlement, tails: ["调解书"], within: 8), ["作出"])
    + rows(
      .enforcementMeasure, .step(.enforcement),
      ["裁定拍卖", "裁定变卖", "裁定查封", "裁定冻结", "裁定扣划", "轮候查封", "依法拍卖", "司法拍卖"])
    + rows(.caseRevoked, .step(.decision), ["撤销此案", "撤销该案", "撤销本案", "撤销案件", "撤案"])
    // A ruling or judgment named again as an object (就上述裁定提出复议申请, 对该判决不服): no step.
    + rows(
      .judgmentReferred, .notAStep,
      ["就上述裁定", "对上述裁定", "就该裁定", "对该裁定", "就上述判决", "对上述判决", "就该判决", "对该判决"])

  /// A court in a ruling's clause (海口中院…作出执行裁定): the ruling is the court's, not an
  /// arbitration's or an agency's.
  static let courtNames = ["法院", "中院", "高院"]
  /// Step words in the gap of 作出…裁定书 that keep their own kind (作出执行裁定书, 出具调解书).
  static let rulingPaperYields = ["执行", "调解", "仲裁", "复议"]
  /// Step words in the gap of 作出…的决定 that keep their own kind (作出司法拘留15日的决定).
  static let decisionMadeYields = [
    "拘留", "执行", "复议", "仲裁", "撤诉", "判决", "裁定", "调解", "再审", "逮捕", "立案", "起诉", "腾退",
  ]
  /// Words closing a period (同年6月至7月间, 8月至9月期间) before what is told in it.
  static let rangeClosers = ["期间", "期間", "间", "間"]
  /// What an application for a permit or a registration asks (建房用地审批申请, 登记申请).
  static let permitWords = ["审批", "许可", "登记", "批准", "备案"]
  /// Verbs that lodge an application (提出 / 提交 / 递交 … 申请).
  static let applicationVerbs = ["提出", "提交", "递交"]
  /// What may stand between an application verb and 申请 without naming what it asks for
  /// (提交书面申请，变更诉讼请求: the step is what follows).
  static let bareApplicationGaps: Set<String> = ["", "了", "书面", "了书面", "相关", "正式"]

  /// Words before a step in its clause that make it ordered, asked for or
  /// allowed rather than done (督促…提起民事公益诉讼, 责令…整改).
  static let requestWords = [
    "督促", "要求", "请求", "诉请", "建议", "告知", "可以", "有权", "应当", "责令", "敦促", "是否", "能否",
    "申请法院", "提醒", "判令", "重新作出", "谋求", "寻求", "请依法", "明确",
  ]
  /// The kinds a request word before them rejects.
  static let requestableKinds: Set<CaseEventKind> = [
    .lawsuit, .judgment, .rectification, .appeal, .withdrawal, .settlement, .decision, .reply,
    .retrial,
    // 请求确认镇政府的涉案强制拆除厂房的行为违法: the coercion a suit asks to be judged is its object.
    .enforcement,
  ]

  /// Words before 建议 that make it a demand's name, not a request (检察建议, 司法建议, 代表建议).
  static let demandNamePrefixes = ["检察", "司法", "代表", "联合", "工作", "整改", "量刑"]
  /// Characters after 建议 that make it a document's name (建议书, 建议函).
  static let demandNameSuffixes: ScalarBitmap = ["书", "函"]

  /// Words before a rectification in its clause that make it ordered.
  static let orderWords = ["责令", "督促", "要求", "建议", "应当", "限期", "判令", "判决"]

  /// Words before a rectification in its clause that make it a follow-up check's finding.
  static let checkWords = ["确认", "核实", "回头看"]

  /// Agencies named before a ruling in its clause (国家知识产权局作出裁定); a court named there keeps it a judgment.
  static let agencyWords = ["局", "人民政府", "委员会", "部门"]

  /// Words before a rectification anywhere earlier in its sentence that make it the content of
  /// an order, demand or judgment (建议其…修复, 限其…拆除, 判令被告拆除).
  static let orderContentWords = ["建议其", "责令其", "要求其", "督促其", "限其", "令其", "判令", "判决被告", "责令被告"]

  /// Words that open what a demand asks for (建议其…, 责令其…): the steps told after them in the
  /// sentence, before any new date, are its content.
  static let demandContentWords = [
    "建议其", "责令其", "要求其", "督促其", "建议该", "要求该", "督促该", "限其", "令其", "判令",
  ]

  /// Nouns of a lead: handed over (将代表建议移送…, 将群众举报移交…) they make a clue, not a transfer.
  static let leadObjects = ["代表建议", "政协提案", "提案", "议案", "举报", "信访件", "来信", "投诉件", "问题清单"]

  /// Words after 后 that tell a step as at once (后被当场抓获): the earlier date still governs.
  static let atOnceWords = ["当场", "当庭", "随即", "当即", "当日", "当天", "同日"]
  /// The at-once words that name a day: they carry only a date that gives one (a month before
  /// them left 当日 with no anchor, so the step stays undated).
  static let atOnceDayWords = ["当日", "当天", "同日"]
  /// A ground stated for a step (以某局作出的决定违法为由): 以 before the trigger, 为由 after it.
  static let groundOpening = "以"
  static let groundClose = "为由"

  /// Characters after a trigger and 案 that make it a case's name (不起诉案便是…, 上诉案中).
  /// 案件 and 案情 are nouns the step acts on, not names.
  static let notCaseNameAfterAn: ScalarBitmap = [
    "件", "情", "卷", "由", "值", "发", "款", "源", "例", "涉",
  ]

  /// Actors of a custody that make it a court's enforcement measure (法官欲将其拘留).
  static let courtActors = ["法官", "法院", "法庭", "执行局", "执行庭"]
  /// Custody kinds a court actor turns into enforcement.
  static let custodyKinds: Set<CaseEventKind> = [.detention]
  /// Kinds of a step a lead tells of a batch of cases at once (集中宣判, 集中开庭).
  static let batchKinds: Set<CaseEventKind> = [.hearing, .judgment]

  /// Words right after an investigation that make it the setting of another step (在走访中发现),
  /// when 在 opens it in its clause.
  static let settingTails = ["中", "过程中", "期间", "基础上", "时"]
  static let settingOpening = "在"

  /// Words of a finding: an agency's steps told after them in the paragraph are its history
  /// (查明…, 调查发现…); a court's 审理查明 is not one (its findings are the case's steps).
  static let findingWords = ["查明"]
  static let courtFindingWords = ["审理查明", "审查查明", "院查明", "另查明"]
  /// How far back in its paragraph a finding word is read.
  static let findingReach = 600
  /// Words of the procuratorate or court in a sentence: its steps are the case's, not history.
  /// (Releases shorten a procuratorate to its place and 院: 唐河县院, 崂山区院, 市检一分院.)
  static let caseActors = ["检察", "法院", "本院", "公安", "法庭", "县院", "区院", "市院", "省院", "分院", "旗院"]
  /// Kinds a finding in the same sentence makes history (查明，…周边居民多次投诉): a lead is
  /// history only when the finding tells it; 经查 opening a criminal case's facts does not.
  static let sentenceHistoryKinds: Set<CaseEventKind> = [.clue]
  /// Kinds an agency's history is told in.
  static let historyKinds: Set<CaseEventKind> = [
    .decision, .filing, .rectification, .investigation, .transfer, .reconsideration,
  ]

  /// Phrases of a decision that closes the case (终结案件决定); a check after it is no step.
  static let closureWords = ["终结案件", "终结审查", "结案决定", "结案"]
  /// Kinds a check after closure is told in.
  static let followUpKinds: Set<CaseEventKind> = [.investigation]

  /// Words of a reply: what follows them in the sentence is the reply's content (回复称已整改).
  static let replyContentWords = [
    "回复称", "复函称", "回函称", "答复称", "函复称", "回复,", "回复，", "书面回复",
    // 作出《某局关于回复…的函》，称已恢复植被: what a titled reply says.
    "函》，称", "函》,称", "函》称",
  ]

  /// Negations right before a trigger, or in its clause before it (未上诉, 公告期满无适格主体提起诉讼).
  static let negations = [
    "未", "没有", "没", "无适格", "无其他", "不再", "无人", "尚无", "并无", "拒绝", "不需要", "无需", "不必", "不得",
  ]
  /// A negation written right before a step word (不上诉, 不立案); 不 inside a longer trigger
  /// (不起诉, 不予受理, 不公开审理) is matched with it and never stands before it.
  static let negationRightBefore: ScalarBitmap = ["不"]
  /// Words of a step that nearly happened (差点就被判刑, 险些被起诉).
  static let nearMissWords = ["差点", "差一点", "险些", "几乎"]
  /// Characters after 未 that make a word, not a negation (未成年人, 未经许可, 未满, 未来).
  static let notNegatingAfterWei: ScalarBitmap = ["成", "经", "满", "来", "知", "婚"]

  /// Circumstances weighed in a decision (结合…退赃退赔…情况): not steps of their own.
  static let circumstanceWords = ["结合", "鉴于", "考虑到", "综合考虑", "综合考量", "综合评估", "综合分析"]
  /// Steps a sentencing circumstance names (自首情节): 自首 and its forms.
  static let circumstanceSteps = ["自首", "投案自首", "自动投案", "主动投案"]
  /// Words that make a surrender a circumstance: the noun after it in its clause (自首等法定从轻
  /// 情节) or the words that hold or find it before it (具有自首, 系自首, 认定为自首).
  static let circumstanceNounTails = ["情节"]
  static let circumstanceNounHeads = ["具有", "具备", "系", "认定为", "构成", "属于", "视为"]
  /// The word of a finding: a step word after it in its clause is what was found.
  static let foundContentWord = "发现"
  /// Words between 发现 and a step word that make the step follow the finding (发现问题后立即立案,
  /// 发现线索，遂…): the step is the case's own.
  static let foundContentBreaks = ["后", "遂", "即", "并", "随即", "立即", "当即"]

  /// Words right after a date that make it a report's or a dateline's date (8月18日电, …获悉).
  static let reportWords = ["获悉", "获知", "了解到"]

  /// Words right after a date that make it the start of a period (2023年以来).
  static let periodTails = [
    "以来", "期间",
    // Traditional forms, and the start of a span told with 间 (被控自2015年間起…詐領…被起訴).
    "以來", "期間", "间起", "間起",
  ]
  /// Words after a step word that make it a period (重审期间，; 再审中，; 侦查阶段，) when a clause
  /// break follows them.
  static let periodOfStepTails = ["期间", "过程中", "阶段", "中"]
  /// Marks closing a dateline (武汉8月18日电, 1月2日讯): a vague word right after one opens the story.
  static let datelineMarks: ScalarBitmap = ["讯", "电", "訊", "電"]

  /// Words of a ruling: the enforcement or withdrawal it allows is its object (裁定准予强制执行,
  /// 裁定准许其撤回起诉).
  static let rulingWords = ["裁定", "判决", "决定"]
  /// A court's rulings: the withdrawal after them is allowed by the court (裁定准许撤诉); a party's
  /// 决定变更诉讼请求 is its own step.
  static let courtRulingWords = ["裁定", "判决"]
  /// Nouns after a step word that make it the name of a system or scheme (提起公益诉讼制度, 调解机制).
  static let institutionNouns = ["制度", "机制", "试点", "模式"]
  /// Nouns after a step word that make it a right (听证等权利, 上诉权), not the step itself.
  static let rightNouns = ["权", "等权利", "等诉讼权利"]
  /// Nouns after a hearing word that make it the notice of a hearing to come (开庭通知书,
  /// 听证告知书). Only for hearings: 接受调查通知书 and 行政处罚通知书 are the steps themselves.
  static let hearingNoticeNouns = ["通知书", "告知书"]
  /// Words of a dismissal: the appeal after them in its clause is what was dismissed.
  static let dismissWords = ["驳回"]
  /// Words of upholding (维持了某局的处罚决定): the decision after them in their clause is upheld.
  static let upholdWords = ["维持"]
  /// Kinds an upholding before them in their clause makes its object (not a judgment: 二审维持一审
  /// 判决 tells the second instance's ruling by the first's name).
  static let upheldKinds: Set<CaseEventKind> = [.decision, .rectification]
  /// Kinds a dismissal before them in their clause makes its object (驳回…起诉, 驳回…上诉).
  static let dismissedKinds: Set<CaseEventKind> = [
    .appeal, .lawsuit, .retrial,
    // 驳回李某的复议申请, 驳回…不予执行仲裁调解书的申请 (round 14).
    .reconsideration, .arbitration,
  ]
  /// Words of an objection to the step told before (不服): the step after them is its reaction.
  static let objectionWords = ["不服", "不满意"]
  /// Words opening a means or condition clause (经某检察院提起公诉，…): 经 and 经过, except inside
  /// the words listed after them.
  static let viaWords = ["经过", "经"]
  /// Characters after 经 that make it another word (经济, 经营, 经理, 经常, 经费, 经销, 经历, 经验, 经办).
  static let notViaAfterJing: ScalarBitmap = [
    "济", "营", "理", "常", "费", "销", "历", "验", "办", "典", "手", "纪", "由",
  ]
  /// Characters before 经 that make it another word (已经, 曾经, 业经, 未经, 神经).
  static let notViaBeforeJing: ScalarBitmap = ["已", "曾", "业", "未", "神", "财", "正"]
  /// Marks of a count of cases in a paragraph: a number and one of these (121件, 35起, 12宗).
  static let caseCountUnits: ScalarBitmap = ["件", "起", "宗"]
  /// Magnitudes after a number (70余万人, 3千余件): a count in thousands of people or cases is a
  /// total of many cases, never one case's.
  static let countMagnitudes: ScalarBitmap = ["万", "千"]
  /// Units a magnitude count may have besides the case units (批准逮捕…70余万人).
  static let headCountUnits: ScalarBitmap = ["人", "件", "起", "宗"]
  /// Words of a yearly total (全年受理, 累计办理).
  static let totalWords = ["全年", "累计", "共计受理", "共受理", "共办理", "共审结", "共立案"]
  /// What ends a sentence, for a period's statistic (read in the step's sentence only).
  static let sentenceEnds: ScalarBitmap = ["。", "！", "？", "；", "\n"]
  /// What ends a paragraph, for a year's statistic.
  static let paragraphEnds: ScalarBitmap = ["\n"]
  /// How far a statistic's paragraph is read on each side of a step.
  static let statisticReach = 300
  /// Characters after 没 that make it another word (没收).
  static let notNegatingAfterMei: ScalarBitmap = ["收"]
  /// Characters before 没 that make it another word (罚没款, 淹没, 埋没, 出没).
  static let notNegatingBeforeMei: ScalarBitmap = ["罚", "淹", "埋", "出", "吞", "沉"]
  /// Words after a negation, before the step in its clause, that make the negation part of the
  /// conduct the step acts on (对当事人未按照规定进行记录的行为作出责令改正的处罚).
  static let conductWords = ["行为"]
  /// Words before the negation in its clause that open the conduct (对…未…的行为).
  static let conductOpenings = ["对"]
  /// Words opening a time span summed up between two steps (从立案到宣判) and linking its ends.
  static let spanOpenings = ["从"]
  static let spanLinks = ["到", "至"]
  /// Last characters of a date counted on from another (一个月后, 兩日後).
  static let offsetAfterEnds: ScalarBitmap = ["后", "後"]
  /// Words of a body briefing the press on a case (某法院通报了该案): the date before them is the
  /// briefing's, not the steps' it tells.
  static let briefingWords = [
    "通报了该案", "通报该案", "通报了此案", "通报此案", "发布了该案", "发布该案", "披露了该案", "通报了这起",
    "通报了一起", "发布了这起",
  ]
  /// Words right before 院认为 that make it a procuratorate's view, not the court's reasoning
  /// (某县检察院认为).
  static let procuratorateOpinionHeads = ["检察"]
  /// Openings of a clause, right after the hearing's, in which the court sentences at the same
  /// sitting (公开开庭审理了…案件，对被告人秦某以…罪判处…).
  static let sittingJudgmentOpenings = ["对被告人", "对被告单位", "对被告"]
  /// Words of an enforcement in a payment's sentence (执行局, 被执行人, 执行完毕).
  static let enforcementWord = "执行"
  /// Kinds a ruling before them in their clause makes its object.
  static let rulingObjectKinds: Set<CaseEventKind> = [.enforcement, .withdrawal]
  /// Kinds whose step word, right after 不服 (or right before it), names the decision objected to.
  static let objectedKinds: Set<CaseEventKind> = [
    .arbitration, .reconsideration, .decision, .reply,
  ]
  /// Enforcement steps a ruling makes (裁定终结本次执行程序): the ruling is that step.
  static let enforcementRulingSteps = ["终结本次执行", "终结执行", "中止执行", "恢复执行"]
  /// How far after a ruling word (裁定) its enforcement step may start (裁定对该案终结本次执行).
  static let enforcementRulingReach = 6

  /// Words of a step that makes an order part of it (判决…责令, 检察建议…责令).
  static let stepsHoldingOrders = [
    "判决", "判令", "裁定", "检察建议", "建议", "提示函", "意见书", "法院确认", "院确认", "撤销", "判处", "指令书",
  ]

  /// Words before a demand in its clause that make it another step's object.
  static let demandObjectWords = ["回复", "针对", "根据", "按照", "落实", "收到", "采纳", "函复", "答复"]

  /// Words before a lead or an agreement in its clause that make it the basis of another step
  /// (根据举报, 按照和解协议).
  static let basisWords = ["根据", "依据", "按照", "依照"]
  /// Kinds a basis word turns into the basis of another step.
  static let basisKinds: Set<CaseEventKind> = [.clue, .settlement]

  /// Words after an escort (押回, 押返) in its clause that hand the case over (押回高雄侦办).
  static let handOverWords = ["侦办", "送办", "移送"]
  /// Escort words among the boarding triggers.
  static let escortWords = ["押回", "押返"]

  /// Words between a date and 获悉 that make it a reporter's (记者从某法院获悉).
  static let reporterMarkers = ["从", "记者"]

  /// Words that sum up a suit's course (此诉经过一审、二审…) and the instances they list.
  static let courseWords = ["经过", "历经"]
  static let instanceWords = ["一审", "二审", "再审", "终审"]

  /// Words of the procuratorate before 发现 in its sentence that make the finding a clue
  /// (releases shorten it to its place and 院: 都江堰市院).
  static let procuratorateActors = ["检察", "县院", "区院", "市院", "省院", "分院", "旗院"]

  /// Words opening a clause that tell a step's aim or result (，推动案件侦查工作取得突破).
  static let resultOpenings = ["推动", "促进", "助推"]

  /// Words of thanks before a step in its clause (感谢民警帮助他们追回工资).
  static let thanksWords = ["感谢", "致谢", "答谢"]

  /// Words right before a judgment in its clause that date it by the hearing told before it
  /// (公开开庭审理并当庭宣判).
  static let sameSittingWords = ["当庭", "当场", "当即", "当日", "当天", "同日", "随即"]

  /// Words after 通过 that close the means (通过现场勘验、走访询问等方式跟进监督): the step after
  /// them is the main verb.
  static let meansEnds = ["方式", "手段", "途径", "形式"]

  /// A deadline word after 责令 in its clause that makes the order a written demand (责令…限期支付).
  static let deadlineOrderWords = ["限期", "按期", "限时", "期限内"]
  /// Papers of a written demand that make an order served as them a demand (责令支付工资告知书,
  /// 责令整改督促函, 责令改正提示函).
  static let demandPaperWords = ["告知书", "督促函", "提示函", "催告书", "催告函"]
  /// Words at the sitting (当庭宣判, 当场宣判): the judgment takes the hearing's date.
  static let sittingWords = ["当庭", "当场"]
  /// How many sentences after a dated sentence a judgment given 当庭 may be told in.
  static let sittingReach = 8
  /// Words of agreeing to do something (同意先行垫付, 愿意补发, 答应退赔): what follows is undertaken,
  /// not done.
  static let undertakingWords = ["同意", "愿意", "答应", "承诺"]
  /// How far before a judgment 当庭 / 当场 is looked for in its clause.
  static let sittingLookBack = 12
  /// A hearing told as the condition of the judgment (经开庭审理，…遂依法判决): one sitting.
  static let hearingConditionWords = [
    "经开庭", "经过开庭", "经公开开庭", "经庭审", "经过庭审", "经公开审理", "经审理", "经过审理",
  ]
  /// Heads of a case's name after a trigger word (上诉一案, 撤销纠纷一案).
  static let caseNameHeads = ["一案", "纠纷", "两案", "系列案"]
  /// Words before a handover that make someone else the one handing over (受理了公安局移送审查起诉的).
  static let receiptWords = ["受理", "收到", "接收", "接到", "公安", "侦查"]
  /// The prosecution a procuratorate refers to court (移送起诉, 移送审查起诉 told by the procuratorate).
  static let prosecutionWord = "起诉"
  /// Words of a decision in the order's clause that keep it a decision (责令停止违法行为通知书, 决定书).
  static let decisionPaperWords = ["决定", "通知书", "指令书"]

  /// Words opening a clause that state what a demand asks (，建议依法查处…；畅通举报渠道): the
  /// steps after them in the sentence, before any new date, are its content. (Not 要求: a
  /// letter 要求…，请求检察机关支持起诉 makes a request of its own.)
  static let demandClauseOpenings = ["建议"]
  /// Endings of a demand's name before a colon that opens its content (提出检察建议：一是…).
  static let demandNameEnds = ["建议", "意见", "函", "建议书", "意见书"]

  /// Words of a prior record before the step in its clause (曾因…被判处).
  static let priorWords = ["曾因", "曾于", "曾被", "曾经", "曾在"]

  /// The bodies a party comes to with a matter (来到某县人民检察院, 走进某市劳动保障监察大队).
  static let cameToBodyTails = [
    "检察院", "检察机关", "检察室", "监察大队", "监察支队", "监察局", "劳动监察", "人社局",
    "人力资源和社会保障局", "人力资源社会保障局",
  ]
  /// Officials whose coming to a body is their own work, no lead (承办检察官来到某人社局).
  static let cameToBodyOfficials = ["检察", "法官", "干警", "民警", "执法", "办案", "工作人员", "监察员", "法院"]
  /// A party's requests that its visit to the body makes (来到某检察院，请求检察机关支持起诉).
  static let inPersonRequests = ["请求检察机关支持", "申请检察机关支持", "寻求检察机关支持", "申请支持起诉", "申请监督"]

  /// How far after a demolition a suit challenging it is looked for (请求确认…拆除…行为违法).
  static let challengeReach = 800
  /// Words between 确认 and 拆除 that make the challenge one of a failure (未依法拆除, 不履行, 怠于).
  static let notDoneWords = ["未", "不履行", "怠于", "没有"]

  /// Words of means before the step in its clause (通过调取…).
  static let meansWords = ["通过"]
  /// How close before a trigger a plan word must be (拟提起诉讼, 预计下月开庭).
  static let planReach = 6
  /// Words of a plan before the step in its clause.
  static let planWords = [
    "预计", "计划", "拟", "将于", "准备", "打算", "表示要", "表示将", "将要", "要继续", "一定", "承诺", "保证", "表态",
  ]

  /// Words of an issued document in the clause (施行, 批复, 指导性案例).
  static let issuedWords = [
    "施行", "颁布", "修正", "修订", "批复", "指导性案例", "指导案例", "印发", "典型案例",
  ]

  /// Openings of the court's reasoning: steps restated there are no new steps.
  static let reasoningOpenings = ["法院认为", "本院认为", "法庭认为", "法院经审理认为", "审理认为", "院认为"]
  /// A court's opinion anywhere before a step in its sentence (宁波市中级人民法院二审认为，…): the
  /// steps after it are restated.
  static let courtOpinionWords = [
    "法院认为", "本院认为", "法庭认为", "审理认为", "一审认为", "二审认为", "再审认为", "终审认为", "合议庭认为",
  ]

  /// Words of an opinion: the steps in their clause after them are what a party holds.
  static let opinionWords = ["认为"]
  /// Words opening a clause after an opinion that make it a step again (提出抗诉, 遂依法…).
  static let opinionResumers = ["提出", "作出", "遂", "于是", "依法", "随即", "决定", "向", "并于", "并向", "于"]

  /// Kinds told before a case's first procedural step that are the act under review or its
  /// background when no procuratorate or court is named in their sentence.
  static let backgroundKinds: Set<CaseEventKind> = [.rectification, .notice]

  /// Head nouns after a step word that make it a modifier (清理补助款, 拆除补偿, 整治范围).
  static let modifiedNouns = ["补助", "补偿", "名单", "范围", "对象", "标准", "清单", "行为"]
  /// Step words that name works, so modify a noun after them (拆除补偿款); a payment word takes
  /// its noun as its object (足额发放补偿款).
  static let modifyingSteps = ["清理", "拆除", "清除", "整治", "整改", "修复", "专项整治", "集中整治", "集中清理"]

  /// Words before a date that make it a value, not a step's time (时间为1976年3月).
  static let valueHeads = ["时间为", "日期为", "时间是", "日期是"]
  /// What is owed or paid for a period: a date right before one of these (拖欠2017年9月份工资,
  /// 补发3月至5月的工资, 支付2022年度劳动报酬) names the period, not a step's time.
  static let periodNouns = [
    "工资", "薪", "报酬", "劳务费", "社保", "保险费", "租金", "货款", "工程款", "奖金", "绩效", "加班费",
  ]
  /// Characters a list or range of dates before a period noun is written with (9月份、10月份的).
  static let periodListScalars: ScalarBitmap = [
    "、", "和", "及", "与", "至", "到", "份", "的", "度", "年", "月", "日", "〇", "零", "一", "二", "三", "四",
    "五", "六", "七", "八", "九", "十", "-", "—",
  ]

  /// The word of a delivery: the step it delivers, when named in its clause, is the step.
  static let deliveryWord = "送达"
  /// The delivery triggers (送达, 邮寄, 寄送): the step they deliver, when named in their clause
  /// after them, is the step.
  static let deliveryWords = ["送达", "邮寄", "寄送"]
  /// Words of a paper delivered or received in a clause (邮寄被诉处罚决定, 领取…收到复议决定书): a
  /// decision told there after it was made on an earlier date is the delivery (round 16).
  static let deliveredAgainWords = ["送达", "邮寄", "寄送", "签收", "领取"]
  /// Kinds a delivery told again after their making turns into a delivery (other).
  static let deliveredAgainKinds: Set<CaseEventKind> = [.decision, .reconsideration]
  /// Words right before a hearing word, with only the fillers below between, that make it asked
  /// for or put off (要求举行听证会, 申请延期举办听证会, 延期开庭).
  static let hearingAskWords = ["申请", "要求", "延期", "请求"]
  /// Words between an asking word and the hearing word (举行, 延期举办).
  static let hearingAskFillers = ["举行", "举办", "召开", "延期", "进行", "组织", "公开", "了"]
  /// Characters right before 申请 that make it the basis of the hearing (依申请, 应…申请召开).
  static let notAskingBefore: ScalarBitmap = ["依", "应", "的"]
  /// Words before the asking word in its clause that make it a right told (告知其有权要求听证).
  static let rightWords = ["有权", "可以", "告知", "享有"]
  /// Words of a notice right before a date (通知其2020年5月26日召开听证会, 告知的6月中旬举行): the
  /// date is the planned step's.
  static let noticeHeads = ["通知其", "告知其", "通知", "告知", "告知的", "通知的"]
  /// The opening of a time limit counted from another step (自收到…之日起10日内).
  static let timeLimitWords = ["之日起"]
  /// The word of a step put off, right after its word (复议决定延期至…, 听证会延期).
  static let putOffWord = "延期"
  /// The word of a question right after a step in its clause (…决定是否合法), and how far it is read.
  static let questionWord = "是否"
  static let questionReach = 12
  /// Kinds whose word is the subject of a question (…决定是否合法, 提起诉讼是否超过起诉期限); not an
  /// investigation (调查核实是否存在…) nor the others, whose words ask it.
  static let questionedKinds: Set<CaseEventKind> = [
    .decision, .reconsideration, .judgment, .lawsuit, .arbitration,
  ]

  /// The word an investigation is joined to a filing by (立案并进行调查).
  static let joinWord = "并"

  /// Words before a report (反映) that address it; a procuratorate among them makes it a clue.
  static let addressWords = ["向"]
  static let procuratorateWords = ["检察"]

  /// Follow-up checks: after a judgment (or a closing decision) they are no step of the case.
  static let followUpPhrases = ["回头看"]

  /// Words right after a day that make it the topic of a sentence setting the scene (正月初八是…).
  static let sceneWords = ["是"]

  /// Clause openings that tell a step as following the one before (遂裁定驳回).
  static let sequenceWords = ["遂", "据此", "随之"]

  /// Clause openings after which an earlier clause's date no longer governs.
  static let afterMarkers = ["随后", "此后", "之后", "其后", "嗣后", "后来", "后经", "后被", "后", "事后", "案发后"]
  /// Words opening a clause with 后 that are no after-marker (后者出庭担任公益诉讼起诉人: the latter).
  static let notAfterMarkers = ["后者"]
  /// Last scalar of a clause told as what came first (立案后, 收到检察建议后): the date inside it
  /// does not date the clauses after it.
  static let afterClauseEnd: Unicode.Scalar = "后"

  /// Words right after a date that make it a deadline or a start, not a step (…前, …起施行).
  static let deadlineTails = ["前", "之前", "以前", "起施行", "起", "止", "为止", "之内", "内"]
  /// Words right before a date that make it a cut-off (截至2023年底).
  static let deadlineHeads = ["截至", "截止", "截止到", "直至", "至", "临近", "赶在"]
  /// Prepositions that may stand between a plan word and its date (拟于, 计划在).
  static let plannedDatePrepositions: ScalarBitmap = ["于", "在"]
  /// Cut-off words (截至2025年2月14日，…已全面建成): with 已 before the step, the cut-off dates a
  /// completed rectification.
  static let cutOffHeads = ["截至", "截止", "截止到"]
  /// The word of a state reached (已建成, 已整改完毕).
  static let completedWord = "已"

  /// Separators between the dates of a list (2023年5月、8月, 6月2日和6月9日).
  /// (Not a comma: 春节,1月19日上午 is a scene and its day, not a list.)
  static let dateListSeparators: ScalarBitmap = ["、", "和", "及", "与", " "]

  /// How many undated sentences after a dated one may carry its date (to a step told as at once).
  static let carryReach = 8

  /// How long a signer's line (某县人民检察院) between a text and its signature date may be.
  static let signerLineLength = 30

  /// How many undated sentences before a signature line a notice may be told in.
  static let signatureReach = 6

  /// How far back (and forward) in its sentence a step's rules read, in scalars.
  static let lookBack = 200

  /// Characters that close a byline or heading before a date (本报讯（记者 李文）, 【基本案情】).
  static let bylineEnds: ScalarBitmap = [")", "）", "】", "]"]

  /// Words after 审讯 in its clause that make it an interrogation of a suspect (突击审讯嫌疑人).
  static let suspectWords = ["嫌疑人", "嫌犯"]

  /// Words of coercion before a recovery in its clause (通过强制手段将工资追回): enforcement.
  static let coercionWords = ["强制"]

  /// Words of a procuratorate before 受理 and the case after it (某检察院受理了该案): a transfer.
  static let receivedCaseWords = ["该案", "此案", "本案", "案件"]

  /// Documents a delivery serves, by the kind it takes (送达检察建议书 is the recommendation's step).
  static let deliveredDocuments: [(words: [String], kind: CaseEventKind)] = [
    (["检察建议", "建议书", "提示函", "督促函"], .recommendation),
    // A reconsideration's decision is the reconsideration's paper (作出《行政复议决定书》，并于次日邮寄).
    (["复议决定"], .reconsideration),
    (["决定书", "处理决定", "处罚决定"], .decision),
    (["执行通知书", "报告财产令", "执行裁定"], .enforcement),
  ]

  /// Openings of a sentence that continue the step before (经过6日审讯后, 经审理后): 经 / 经过 …后.
  static let continuationOpenings = ["经过", "经"]
  static let continuationClose: Unicode.Scalar = "后"
  /// Units of a continuation that keep the day of the step before (经过近1个小时的庭审后).
  static let hourWords = ["小时", "分钟", "个钟头"]
  /// Words of a letter's title that make it a reply (《…关于回复…的函》, 《…答复意见的函》).
  static let replyTitleWords = ["回复", "答复", "复函"]

  /// How far before a recovery a word of coercion is read (通过超常强制手段，终于将工资追回).
  static let coercionReach = 20
  /// How far before a delivery the document it serves is read (检察建议进行了宣告送达，送达…).
  static let servedReach = 30

  /// The word before a step that makes it a condition (经磋商后): with 后 after it.
  static let preconditionOpening: Unicode.Scalar = "经"

  /// How far after 侦查终结 a step that follows it is looked for.
  static let concludedReach = 40

  /// A source's account after a date (昨天，据检方介绍): 据, then a verb of telling within a few words.
  static let sourceOpening: Unicode.Scalar = "据"
  static let sourceVerbs = ["介绍", "透露", "通报", "披露"]
  static let sourceReach = 12

  /// Kinds an agency's own measures after its rectification are told in (立案调查, 行政处罚).
  static let measureKinds: Set<CaseEventKind> = [.filing, .decision, .investigation]

  /// Characters that end a clause.
  static let clauseBreaks: ScalarBitmap = [
    ",", "，", ";", "；", ":", "：", "。", "!", "！", "?", "？", "\n",
  ]
}
