/// How each output type writes itself through `JSONOutput`, keys in sorted
/// order (the order `JSONEncoder` uses with `.sortedKeys`), optional fields
/// left out when absent, as their `Codable` conformances do.
protocol JSONWritable {
  func write(to out: inout JSONOutput)
}

extension TextSpan: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.array([start, end]) { o, v in o.int(v) }
  }
}

extension PublishedDate: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.object { o in
      o.key("inferred"); o.bool(inferred)
      o.key("value"); o.string(value)
    }
  }
}

extension DateMention: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.object { o in
      if let end { o.key("end"); o.string(end) }
      o.key("granularity"); o.string(granularity.rawValue)
      if let part { o.key("part"); o.string(part.rawValue) }
      o.key("relative"); o.bool(relative)
      o.key("span"); span.write(to: &o)
      o.key("text"); o.string(text)
      o.key("value"); o.optionalString(value)
    }
  }
}

extension OrganizationMention: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.object { o in
      o.key("kind"); o.string(kind.rawValue)
      if let level { o.key("level"); o.string(level.rawValue) }
      o.key("name"); o.string(name)
      if let region { o.key("region"); o.string(region) }
      if let regionCode { o.key("regionCode"); o.string(regionCode) }
      if let regionPath { o.key("regionPath"); o.string(regionPath) }
      o.key("span"); span.write(to: &o)
      o.key("text"); o.string(text)
    }
  }
}

extension Provision: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.object { o in
      o.key("article"); o.int(article)
      if let item { o.key("item"); o.int(item) }
      if let paragraph { o.key("paragraph"); o.int(paragraph) }
      if let sub { o.key("sub"); o.int(sub) }
    }
  }
}

extension StatuteMention: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.object { o in
      if let abbreviation { o.key("abbreviation"); o.string(abbreviation) }
      o.key("kind"); o.string(kind.rawValue)
      o.key("law"); o.string(law)
      o.key("provisions"); o.array(provisions) { o, p in p.write(to: &o) }
      o.key("span"); span.write(to: &o)
      o.key("text"); o.string(text)
      if let version { o.key("version"); o.string(version) }
    }
  }
}

extension FigureValue: JSONWritable {
  func write(to out: inout JSONOutput) {
    switch self {
    case .number(let d): out.number(d)
    case .duration(let s): out.string(s)
    }
  }
}

extension FigureMention: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.object { o in
      if let approximate { o.key("approximate"); o.bool(approximate) }
      if let context { o.key("context"); o.string(context) }
      if let currency { o.key("currency"); o.string(currency) }
      o.key("kind"); o.string(kind.rawValue)
      o.key("span"); span.write(to: &o)
      if let subject { o.key("subject"); o.string(subject) }
      o.key("text"); o.string(text)
      if let unit { o.key("unit"); o.string(unit) }
      if let upTo { o.key("upTo"); upTo.write(to: &o) }
      o.key("value"); value.write(to: &o)
    }
  }
}

extension DocketMention: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.object { o in
      if let category { o.key("category"); o.string(category.rawValue) }
      o.key("code"); o.string(code)
      o.key("court"); o.string(court)
      if let courtName { o.key("courtName"); o.string(courtName) }
      o.key("number"); o.int(number)
      if let province { o.key("province"); o.string(province) }
      if let region { o.key("region"); o.string(region) }
      o.key("span"); span.write(to: &o)
      if let stage { o.key("stage"); o.string(stage.rawValue) }
      o.key("text"); o.string(text)
      o.key("year"); o.int(year)
    }
  }
}

extension PenaltyMention: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.object { o in
      if let context { o.key("context"); o.string(context) }
      o.key("penalty"); o.string(penalty.rawValue)
      o.key("span"); span.write(to: &o)
      o.key("text"); o.string(text)
    }
  }
}

extension CaseEvent: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.object { o in
      o.key("date"); o.optionalString(date)
      o.key("kind"); o.string(kind.rawValue)
      o.key("text"); o.string(text)
    }
  }
}

extension CaseRecord: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.object { o in
      o.key("courts"); o.array(courts) { o, s in o.string(s) }
      o.key("dates"); o.array(dates) { o, m in m.write(to: &o) }
      o.key("defendants"); o.array(defendants) { o, s in o.string(s) }
      o.key("dockets"); o.array(dockets) { o, m in m.write(to: &o) }
      o.key("events"); o.array(events) { o, e in e.write(to: &o) }
      o.key("figures"); o.array(figures) { o, m in m.write(to: &o) }
      o.key("penalties"); o.array(penalties) { o, m in m.write(to: &o) }
      o.key("plaintiffs"); o.array(plaintiffs) { o, s in o.string(s) }
      o.key("procuratorates"); o.array(procuratorates) { o, s in o.string(s) }
      o.key("span"); span.write(to: &o)
      o.key("statutes"); o.array(statutes) { o, m in m.write(to: &o) }
      if let title { o.key("title"); o.string(title) }
      if let type { o.key("type"); o.string(type) }
    }
  }
}

extension DocumentID: JSONWritable {
  func write(to out: inout JSONOutput) {
    switch self {
    case .string(let s): out.string(s)
    case .integer(let i): out.int(i)
    case .number(let d): out.number(d)
    }
  }
}

extension ExtractionResult: JSONWritable {
  func write(to out: inout JSONOutput) {
    out.object { o in
      o.key("cases"); o.array(cases) { o, c in c.write(to: &o) }
      o.key("dates"); o.array(dates) { o, m in m.write(to: &o) }
      o.key("dockets"); o.array(dockets) { o, m in m.write(to: &o) }
      o.key("figures"); o.array(figures) { o, m in m.write(to: &o) }
      if let id { o.key("id"); id.write(to: &o) }
      o.key("organizations"); o.array(organizations) { o, m in m.write(to: &o) }
      o.key("penalties"); o.array(penalties) { o, m in m.write(to: &o) }
      if let published { o.key("published"); published.write(to: &o) }
      o.key("schema"); o.string(schema)
      if let source { o.key("source"); o.string(source) }
      o.key("statutes"); o.array(statutes) { o, m in m.write(to: &o) }
    }
  }
}
