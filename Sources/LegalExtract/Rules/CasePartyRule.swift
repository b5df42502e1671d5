/// The rules that name a case's parties (the engine is
/// Stages/CasePartyFinder*.swift; word tables are in CasePartyRules.swift).
enum CasePartyRule: String, NamedRule {
  /// 甲诉乙…案 / 某某遗弃案: parties from the title.
  case title = "case.party.title"
  /// 徐钢受贿一案, 刘涌案, 福建省人民政府原副省长徐钢受贿一案: the person a title
  /// names before its offence is the defendant (the office before the name is not).
  case titleOffender = "case.party.title-offender"
  /// 罗某与某电商公司劳动争议案 plus 罗某…申请仲裁: the one who acts is the
  /// plaintiff, the other the defendant.
  case titlePairWithActor = "case.party.title-pair-with-actor"
  /// Role word + name list: 被告人甲、乙、丙; 原告张三和李四; 被申请人某公司.
  case roleList = "case.party.role-list"
  /// Name list + count + role word: 李盼、王栋、谭月玲三位原告.
  case listBeforeRole = "case.party.list-before-role"
  /// 以区农业农村局、区市监局为被告: every name in the list is a defendant.
  case namedAsDefendant = "case.party.named-as-defendant"
  /// 张某向…仲裁委员会申请仲裁 / 张某某向…法院提起诉讼 / 某公司向法院起诉 /
  /// 县人社局…向…法院申请强制执行: the one who applies or sues is a plaintiff.
  case appliesOrSues = "case.party.applies-or-sues"
  /// 请求裁决某快递公司支付… / 要求某农业公司、某商贸公司、何某连带支付… /
  /// 黄某要求蒋某、郭某向其支付…: those asked to pay are defendants (and the
  /// one asking, when named, a plaintiff).
  case claimAgainst = "case.party.claim-against"
  /// 支持程某、张某等9名农民工…起诉 / 由…支持起诉的程某、张某 / 黄某…申请支持
  /// 起诉: the supported party sues.
  case supported = "case.party.supported"
  /// 将刘大伟纳入失信被执行人名单: a defaulter is the defendant.
  case defaulter = "case.party.defaulter"
  /// 判处乙…, 判令乙…, 甲将乙诉至法院: parties named by the verbs of the procedure.
  case procedureVerb = "case.party.procedure-verb"
  /// A procuratorate that prosecutes or sues (公诉机关).
  case prosecutor = "case.party.prosecutor"

  /// A procuratorate that supports a suit (支持起诉) is not the plaintiff.
  case supportsNotSues = "case.party.guard.supports-not-sues"
}
