#!/usr/bin/env python3
"""Extra checks for hand-written gold files in Corpus/articles (beside check_gold.py).

    check_corpus_order.py DIR

- dates, figures and dockets must be listed in text order: each `text` is found
  after the previous entry of the same field (scanning forward from its start);
- the article length is between 300 and 2500 characters;
- every case title, if present, contains no heading marks (案例一, 【】).
Prints one line per problem and exits 1 when anything is wrong.
"""
import json, os, sys


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
