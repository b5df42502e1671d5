/// Every mention in a result as (field, span), so the extractor can tell
/// which mentions a stage added. Used only when explaining, to list the
/// mentions of stages that do not yet name their rules.
struct MentionInventory {
  struct Item: Hashable {
    var field: String
    var span: TextSpan
  }

  private(set) var counts: [Item: Int] = [:]

  init(_ r: ExtractionResult) {
    for m in r.dates { counts[Item(field: "dates", span: m.span), default: 0] += 1 }
    for m in r.organizations { counts[Item(field: "organizations", span: m.span), default: 0] += 1 }
    for m in r.statutes { counts[Item(field: "statutes", span: m.span), default: 0] += 1 }
    for m in r.figures { counts[Item(field: "figures", span: m.span), default: 0] += 1 }
    for m in r.dockets { counts[Item(field: "dockets", span: m.span), default: 0] += 1 }
    for m in r.penalties { counts[Item(field: "penalties", span: m.span), default: 0] += 1 }
    for m in r.cases { counts[Item(field: "cases", span: m.span), default: 0] += 1 }
  }

  /// Items in `self` beyond those in `earlier`, in text order.
  func added(since earlier: MentionInventory) -> [Item] {
    var out: [Item] = []
    for (item, n) in counts {
      let extra = n - (earlier.counts[item] ?? 0)
      if extra > 0 { out.append(contentsOf: repeatElement(item, count: extra)) }
    }
    return out.sorted { $0.span != $1.span ? $0.span < $1.span : $0.field < $1.field }
  }
}
