#!/usr/bin/env python3
"""Extra checks for hand-written gold files in Corpus/articles (beside check_gold.py).

    check_corpus_order.py DIR

- dates, figures and dockets must be listed in text order: each `text` is found
  after the previous entry of the same field (scanning forward from its start);
- the article length is between 300 and 2500 characters;
- every case title, if present, contains no heading marks (案例一, 【】);
- a case's `events` have a kind of docs/OUTPUT.md, a `text` found in the article,
  at most one entry per (date, kind), and date order (compared on the parts both
  dates give, so a month keeps its text place among its days).
Prints one line per problem and exits 1 when anything is wrong.
"""
import json, os, sys

EVENT_KINDS = set("""clue transfer filing investigation detention arrest recommendation reply
rectification notice consultation lawsuit withdrawal hearing judgment appeal retrial settlement
arbitration reconsideration enforcement decision other""".split())


def earlier(a, b):
    """True when date a is before date b on the parts both give."""
    for x, y in zip(a.split("-"), b.split("-")):
        if x != y:
            return x < y
    return False


def check(d, name):
    out = []
    text = open(os.path.join(d, name + ".txt"), encoding="utf-8").read()
    g = json.load(open(os.path.join(d, name + ".gold.json"), encoding="utf-8"))
    if not 300 <= len(text) <= 2500:
        out.append(f"length {len(text)} outside 300-2500")
    for field in ("dates", "figures", "dockets"):
        pos = 0
        for it in g.get(field, []):
            t = it.get("text", "")
            i = text.find(t, pos)
            if i < 0:
                out.append(f"{field}: '{t}' not found after offset {pos} (order?)")
            else:
                pos = i + 1
    for c in g.get("cases", []):
        events = c.get("events", [])
        for i, e in enumerate(events):
            if e.get("kind") not in EVENT_KINDS:
                out.append(f"event kind '{e.get('kind')}' is not one of OUTPUT.md's")
            if e.get("text", "") not in text:
                out.append(f"event text '{e.get('text')}' not found in the article")
            if any(earlier(e.get("date") or "", p.get("date") or "") for p in events[:i]):
                out.append(f"event {e.get('date')} {e.get('kind')} out of date order")
        keys = [(e.get("date"), e.get("kind")) for e in events]
        if len(keys) != len(set(keys)):
            out.append("a (date, kind) pair is listed twice in one case's events")
        t = c.get("title", "")
        if t.startswith("案例") or "【" in t or "】" in t:
            out.append(f"case title has a heading mark: {t}")
    return out


def main():
    bad = 0
    for d in sys.argv[1:]:
        for f in sorted(os.listdir(d)):
            if f.endswith(".gold.json"):
                name = f[:-10]
                for p in check(d, name):
                    print(f"{d}/{name}: {p}")
                    bad += 1
    print(f"{bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
