/// Writes the output document straight into `JSONOutput`, field by field.
///
/// `SortedKeysEncoder` goes through `Encodable`: a node tree with a box per
/// object and array, a `CodingKey` string per field, and a sort of every
/// object's keys — ~116M instructions a pass over the 147 benchmark texts,
/// a fifth of the CLI's time. This writer makes the same bytes (compact and
/// pretty) with the keys already in sorted order and nothing built between
/// the model and the bytes. The `Codable` conformances stay the model's
/// contract for other encoders; `ResultJSONWriterTests` holds this writer to
/// `SortedKeysEncoder` and to Foundation's `JSONEncoder`.
///
/// Keeping them together: a field added to a model type must be added here
/// too, at its place in sorted key order, written the way its `Encodable`
/// conformance writes it — synthesized optionals are left out when nil
/// (`encodeIfPresent`), and the hand-written `encode(to:)` of `DateMention`
/// (`value`) and `CaseEvent` (`date`) write `null`. The test's document sets
/// every optional field, so a field missing here fails it.
enum ResultJSONWriter {
  static func write(_ r: ExtractionResult, to o: inout JSONOutput) {
    o.object { o in
      o.key("cases")
      o.array(r.cases) { o, c in write(c, to: &o) }
      o.key("dates")
      o.array(r.dates) { o, d in write(d, to: &o) }
      o.key("dockets")
      o.array(r.dockets) { o, d in write(d, to: &o) }
      o.key("figures")
      o.array(r.figures) { o, f in write(f, to: &o) }
      if let id = r.id {
        o.key("id")
        switch id {
        case .string(let s): o.string(s)
        case .integer(let i): o.int(i)
        case .number(let d): o.number(d)
        }
      }
      o.key("organizations")
      o.array(r.organizations) { o, m in write(m, to: &o) }
      o.key("penalties")
      o.array(r.penalties) { o, p in write(p, to: &o) }
      if let published = r.published {
        o.key("published")
        o.object { o in
          o.key("inferred")
          o.bool(published.inferred)
          o.key("value")
          o.string(published.value)
        }
      }
      o.key("schema")
      o.string(r.schema)
      o.field("source", ifPresent: r.source)
      o.key("statutes")
      o.array(r.statutes) { o, s in write(s, to: &o) }
    }
  }

  static func write(_ c: CaseRecord, to o: inout JSONOutput) {
    o.object { o in
      o.key("courts")
      strings(c.courts, to: &o)
      o.key("dates")
      o.array(c.dates) { o, d in write(d, to: &o) }
      o.key("defendants")
      strings(c.defendants, to: &o)
      o.key("dockets")
      o.array(c.dockets) { o, d in write(d, to: &o) }
      o.key("events")
      o.array(c.events) { o, e in
        o.object { o in
          o.key("date")
          o.optionalString(e.date)
          o.key("kind")
          o.string(e.kind.rawValue)
          o.key("text")
          o.string(e.text)
        }
      }
      o.key("figures")
      o.array(c.figures) { o, f in write(f, to: &o) }
      o.key("penalties")
      o.array(c.penalties) { o, p in write(p, to: &o) }
      o.key("plaintiffs")
      strings(c.plaintiffs, to: &o)
      o.key("procuratorates")
      strings(c.procuratorates, to: &o)
      o.key("span")
      span(c.span, to: &o)
      o.key("statutes")
      o.array(c.statutes) { o, s in write(s, to: &o) }
      o.field("title", ifPresent: c.title)
      o.field("type", ifPresent: c.type)
    }
  }

  static func write(_ d: DateMention, to o: inout JSONOutput) {
    o.object { o in
      o.field("end", ifPresent: d.end)
      o.key("granularity")
      o.string(d.granularity.rawValue)
      o.field("part", ifPresent: d.part?.rawValue)
      o.key("relative")
      o.bool(d.relative)
      o.key("span")
      span(d.span, to: &o)
      o.key("text")
      o.string(d.text)
      o.key("value")
      o.optionalString(d.value)  // null for vague dates: the key stays
    }
  }

  static func write(_ d: DocketMention, to o: inout JSONOutput) {
    o.object { o in
      o.field("category", ifPresent: d.category?.rawValue)
      o.key("code")
      o.string(d.code)
      o.key("court")
      o.string(d.court)
      o.field("courtName", ifPresent: d.courtName)
      o.key("number")
      o.int(d.number)
      o.field("province", ifPresent: d.province)
      o.field("region", ifPresent: d.region)
      o.key("span")
      span(d.span, to: &o)
      o.field("stage", ifPresent: d.stage?.rawValue)
      o.key("text")
      o.string(d.text)
      o.key("year")
      o.int(d.year)
    }
  }

  static func write(_ f: FigureMention, to o: inout JSONOutput) {
    o.object { o in
      o.field("approximate", ifPresent: f.approximate)
      o.field("context", ifPresent: f.context)
      o.field("currency", ifPresent: f.currency)
      o.key("kind")
      o.string(f.kind.rawValue)
      o.key("span")
      span(f.span, to: &o)
      o.field("subject", ifPresent: f.subject)
      o.key("text")
      o.string(f.text)
      o.field("unit", ifPresent: f.unit)
      if let upTo = f.upTo {
        o.key("upTo")
        value(upTo, to: &o)
      }
      o.key("value")
      value(f.value, to: &o)
    }
  }

  /// As `FigureValue.encode(to:)`: whole numbers without a fraction, which
  /// is what `JSONOutput.number` does for every double.
  private static func value(_ v: FigureValue, to o: inout JSONOutput) {
    switch v {
    case .number(let d): o.number(d)
    case .duration(let s): o.string(s)
    }
  }

  static func write(_ m: OrganizationMention, to o: inout JSONOutput) {
    o.object { o in
      o.key("kind")
      o.string(m.kind.rawValue)
      o.field("level", ifPresent: m.level?.rawValue)
      o.key("name")
      o.string(m.name)
      o.field("region", ifPresent: m.region)
      o.field("regionCode", ifPresent: m.regionCode)
      o.field("regionPath", ifPresent: m.regionPath)
      o.key("span")
      span(m.span, to: &o)
      o.key("text")
      o.string(m.text)
    }
  }

  static func write(_ p: PenaltyMention, to o: inout JSONOutput) {
    o.object { o in
      o.field("context", ifPresent: p.context)
      o.key("penalty")
      o.string(p.penalty.rawValue)
      o.key("span")
      span(p.span, to: &o)
      o.key("text")
      o.string(p.text)
    }
  }

  static func write(_ s: StatuteMention, to o: inout JSONOutput) {
    o.object { o in
      o.field("abbreviation", ifPresent: s.abbreviation)
      o.key("kind")
      o.string(s.kind.rawValue)
      o.key("law")
      o.string(s.law)
      o.key("provisions")
      o.array(s.provisions) { o, p in
        o.object { o in
          o.key("article")
          o.int(p.article)
          o.field("item", ifPresent: p.item)
          o.field("paragraph", ifPresent: p.paragraph)
          o.field("sub", ifPresent: p.sub)
        }
      }
      o.key("span")
      span(s.span, to: &o)
      o.key("text")
      o.string(s.text)
      o.field("version", ifPresent: s.version)
    }
  }

  private static func span(_ s: TextSpan, to o: inout JSONOutput) {
    o.intPair(s.start, s.end)
  }

  private static func strings(_ names: [String], to o: inout JSONOutput) {
    o.array(names) { o, s in o.string(s) }
  }
}
