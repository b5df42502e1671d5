/// Every rule of the organizations stage (`OrganizationStage`), by its stable
/// name. Tables: `OrganRules` (organ words), `NationalBodyRules` and the
/// generated State Council list, `OrganShortFormRules`, `PlaceNamedOrganRules`.
enum OrganizationRule: String, NamedRule {
  /// Hashed by case tag, not by name (`NamedRule.caseTag`).
  func hash(into hasher: inout Hasher) { hasher.combine(caseTag) }

  /// 湖北省十堰市茅箭区人民法院, 成都市公安局: a region chain and an organ word.
  case regionChain = "org.region-chain"
  /// 海南区农牧水务局, 某县文化体育广电旅游局: a region chain and a bureau
  /// named by its function stems (`CompositeBureauRules`).
  case compositeBureau = "org.region-chain.composite-bureau"
  /// 陕西省关中平原地区人民检察院: a court or procuratorate of a cross-region
  /// area named under its province (`CrossRegionRules`).
  case crossRegionArea = "org.region-chain.cross-region-area"
  /// 洋浦管理局, 前海管委会: a zone named without its zone word (`ZoneLexicon`,
  /// Scripts/data/zones.tsv) and an agency word.
  case namedZone = "org.region-chain.named-zone"
  /// 富阳法院 → 富阳人民法院: a short place renamed since (富阳市 → 富阳区) stays as written.
  case renamedShortForm = "org.region-chain.renamed-short-form"
  /// 重庆市税务局第三稽查局, 某市税务局稽查局, 某县税务局第一税务分局: a
  /// bureau of its own under a local bureau, by its function and ordinal.
  case subBureau = "org.region-chain.sub-bureau"
  /// 最高人民法院, 公安部: a national body by its full name.
  case national = "org.national"
  /// 人社部 → 人力资源和社会保障部: a State Council body by its short name.
  case stateCouncilShortName = "org.national.short-name"
  /// 人社部 in an article that writes 人力资源社会保障部 anywhere (even as a
  /// title's issuer): the fullest form the article uses (ANNOTATION.md).
  case shortNameFullWritten = "org.national.short-name.full-written"
  /// 迁安法院 → 迁安人民法院: a county's short place stays as the article
  /// writes it (ANNOTATION.md: the fullest form the article uses; only
  /// 法院/检察院 expand), unless it writes the same body with its unit.
  case shortPlaceAsWritten = "org.region-chain.short-place-as-written"
  /// 禹州法院 → 禹州市人民法院 in an article that writes 禹州市 anywhere (禹州市
  /// 某加油站): the place is given, so the court takes its full name (the
  /// blind batches: 淅川法院 stays 淅川人民法院 where 淅川县 is never written).
  case shortPlaceFullWritten = "org.region-chain.short-place-full-written"
  /// 武汉市武昌法院 → 武汉市武昌区人民法院: a county's short place written
  /// after its parent's full name (武汉市) is given, so the court takes the
  /// county's full name (b45-03, b45-02 江苏省阜宁法院); 上海浦东法院 stays.
  case shortPlaceUnderParent = "org.region-chain.short-place-under-parent"
  /// 加拿大最高法院: a foreign state's body, named as written (not the PRC's).
  case foreignNational = "org.national.foreign"
  /// 国家税务总局苏州市税务局, 海关总署缉私局: a unit or branch of a national body.
  case nationalUnit = "org.national.unit"
  /// 公安部刑事侦查局: a ministry's internal bureau is the ministry (an
  /// office inside a body, ANNOTATION.md), named as the ministry.
  case nationalOffice = "org.national.office-inside-body"
  /// 亚布力林区基层法院: a court of the SPC list the region rules cannot build.
  case listedCourt = "org.court.listed"
  /// 香港西九龙裁判法院, 律政司, 惩教署 in a Hong Kong text (`RegionalBodyRules`).
  case hongKongBody = "org.regional.hong-kong"
  /// 台湾台北地方检察署, 海巡署舰队分署第五海巡队, 屏东县内埔警分局 in a Taiwan text.
  case taiwanBody = "org.regional.taiwan"
  /// 高等法院原讼法庭 (and a later bare 上诉法庭 once the text wrote
  /// 高等法院上诉法庭): an office inside the court is the court.
  case officeInsideRegionalBody = "org.regional.office-inside-body"
  /// 高雄海巡队 after …第五海巡队(高雄海巡队), 台中海巡队 after 第三(台中)海巡队:
  /// another name of a body the text named in full.
  case regionalAlias = "org.regional.alias"
  /// 金管會 → 金融监督管理委员会, 士林地院 → 士林地方法院, 台東地檢署 →
  /// 台东地方检察署, 高院 in a Hong Kong text → 高等法院: a short form the
  /// press uses, named in full (`RegionalBodyRules.shortNames`, `shortUnits`).
  case regionalShortName = "org.regional.short-name"
  /// 由市司法局调解 after 聊城市…: a bare level word takes the place the text
  /// named in the paragraph (an agency only when the article also writes it
  /// with its place: guard `region-not-written`).
  case levelWordInheritsRegion = "org.level-word-inherits-region"
  /// 贵州省总工会、省人民检察院: a bare level word in a list right after a
  /// body of that place shares the place the list wrote once for all.
  case levelWordInList = "org.level-word-inherits-region.list"
  /// 太仆寺旗国土资源局、环境保护局、城镇管理局: a bare organ word in a list
  /// right after an agency of a written place shares that place (the list
  /// wrote it once for all), and so does 临安市综治办、市人社局 (a level word
  /// whose place the list opened with).
  case listSharesRegion = "org.list-shares-region"
  /// 市中级人民法院 in an article naming one prefecture-level city (before or
  /// after it): that city's intermediate court.
  case soleCity = "org.level-word-inherits-region.sole-city"
  /// 省高级人民法院 in an article naming one province (江苏, before or
  /// after it): that province's high court.
  case soleProvince = "org.level-word-inherits-region.sole-province"
  /// 省法院、省司法厅联合发布, 市人力资源和社会保障局通报 in an article that
  /// writes no place of that level anywhere (no …省 or province for 省, no
  /// …市 or municipality for 市, no …县 / …区 for 县 / 区): the body is
  /// listed as written, with no region (ANNOTATION.md expands 法院/检察院
  /// only where the region is given). Where a place of the level is
  /// written, the inheriting rules and guard `region-not-written` decide.
  case levelWordAsWritten = "org.level-word-as-written"
  /// 江西省南昌市某区人民检察院, 北京市A区法院 → 北京市A区人民法院: an
  /// anonymised unit (某, a letter, ×) of a level word right after a named
  /// place is a body of that place, named as written (法院/检察院 expand:
  /// the region is given). A bare 某区人民法院 names no place and stays out;
  /// so does the unit's bureau (江苏省某县人力资源和社会保障局).
  case placeholderUnit = "org.placeholder-unit"
  /// 江苏省南京市公安局雨花台分局（以下简称雨花台公安分局）… 雨花台公安分局:
  /// a short name a bracket defines right after a body named in full is
  /// that body (the latest definition before the mention).
  case definedShortName = "org.defined-short-name"
  /// 报请山东省院指导: a 院 short form, as the article's kind of body.
  case yuanShortForm = "org.yuan-short-form"
  /// 拱北海关, 蔡家庙派出所: an organ named by a place that is no division.
  case placeNamed = "org.place-named"
  /// 某某科技有限公司: a named company (kind company, not scored).
  case company = "org.company"
  /// 国家环保督察办公室, 国家禁毒委员会, 国务院扶贫办, 中央第六环保督察组: a
  /// national parent, core words and a body-type suffix (`BodyNameRules`).
  case bodyNameNational = "org.body-name.national-parent"
  /// 璜田乡综治办, 北京市缓解交通拥堵工作推进小组: a place, core words and a
  /// body-type suffix.
  case bodyNamePlace = "org.body-name.place"
  /// 第三督导组: an ordinal opens a group's name.
  case bodyNameOrdinal = "org.body-name.ordinal"
  /// 国务院成立环境保护督察工作领导小组: a group a parent body sets up, named
  /// as written after the founding verb.
  case bodyNameFounded = "org.body-name.founded-by-parent"

  /// 《最高人民法院关于…的解释》: a body named inside a title.
  case insideTitle = "org.guard.inside-title"
  /// 最高人民法院、最高人民检察院关于…的解释 (no 《》): the issuer heading a title.
  case titleIssuer = "org.guard.title-issuer"
  /// 湖北省高级人民法院〔2023〕5号: the issuer of a document number.
  case documentNumber = "org.guard.document-number"
  /// A body inside a span an earlier stage claimed (a docket, a law).
  case claimed = "org.guard.claimed"
  /// 人力资源社会保障部令第8号, 人社部发〔2031〕12号, 国务院2001年第310号令:
  /// the body names a document.
  case ministryDocument = "org.guard.ministry-document"
  /// 国务院¶《劳动保障监察条例》: a body alone on its line heading a quoted
  /// title on the next (legal-basis blocks).
  case issuerLine = "org.guard.issuer-line"
  /// 贯彻落实党中央、国务院决策部署: 国务院 in the party–state formula
  /// (`NationalBodyRules.partyStateFormula`) names no acting body.
  case partyStateFormula = "org.guard.party-state-formula"
  /// 市人社部门: a short national name after a level word belongs to a local word.
  case shortNameAfterLevelWord = "org.guard.short-name-after-level-word"
  /// 向县公安局宣告, 市人社局发布 (the text never writes 潼关县公安局): an
  /// agency named by a bare level word whose place the article never writes
  /// with it. ANNOTATION.md lists a body under the fullest form the article
  /// uses, and a form with no place names no one body; a court or
  /// procuratorate (one per place and level) still takes its place.
  case regionNotWritten = "org.guard.region-not-written"
  /// 最高人民法院、最高人民检察院《关于办理…的解释》: the issuers written right
  /// before a cited normative title belong to its official title (the
  /// statute carries them), not mentions. Before a 《…通知》 or after a verb
  /// (联合印发《…》) the issuer acts and is a mention.
  case citedTitleIssuer = "org.guard.cited-title-issuer"
  /// 成立专项工作小组, 联合调查组: every core word is generic.
  case genericCore = "org.guard.generic-core"
  /// 北京市纪委查办, 市政府举办: 办 ends a verb.
  case verbSuffix = "org.guard.verb-suffix"
  /// A core with punctuation, a function word, or of the wrong length.
  case badCore = "org.guard.bad-core"
  /// 下设的凤翔镇征收办: an office inside the body before it (ANNOTATION.md).
  case officeUnderParent = "org.guard.office-under-parent"
  /// 律政司司长: a post in the body names a person.
  case postTitle = "org.guard.post-title"
  /// 当地海关, 辖区派出所: a place word that names no place.
  case genericPlace = "org.guard.generic-place"
  /// 逃避海关监管: a verb, not a place, before the organ word.
  case verbBeforeOrgan = "org.guard.verb-before-organ"
  /// 从境外水域逃避海关监管: the verb ends the words before the organ (its
  /// object), so those words are no place and the organ names no body.
  case verbAfterWords = "org.guard.verb-before-organ.after-words"
  /// 会同县总工会 (…桐庐县检察院会同县总工会): 会同 is the verb "together with"
  /// when the level word after it can take a place named before, unless the
  /// article names the county's province or prefecture.
  case verbHomographPlace = "org.guard.verb-homograph-place"
}
