#!/usr/bin/env python3
"""Scripts/facts_paired.py BIN DIR...: cases.facts as score.py computes it, and a variant that
also pairs, in text order, gold and predicted cases that score.py cannot pair because
neither names a title, party, court or procuratorate (score.py's overlap is 0 for them)."""
import json, os, subprocess, sys, importlib.util
spec = importlib.util.spec_from_file_location("score", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools", "score.py"))
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
bin_, dirs = sys.argv[1], sys.argv[2:]
def ident(c): return any(c.get(k) for k in ("title", "plaintiffs", "defendants", "courts", "procuratorates"))
def facts(g, p):
    gv = pv = hv = 0
    for f in ("plaintiffs", "defendants", "courts", "procuratorates"):
        h, _, _ = score.greedy(g.get(f, []), p.get(f, []), score.same_org); gv += len(g.get(f, [])); pv += len(p.get(f, [])); hv += h
    gl = sorted({score.norm_law(x) for x in g.get("laws", [])}); pl = sorted({score.norm_law(s.get("law", "")) for s in p.get("statutes", [])} - {""})
    h, _, _ = score.greedy(gl, pl, lambda a, b: a == b); gv += len(gl); pv += len(pl); hv += h
    a = list(g.get("figures", [])); b = [f.get("value") for f in p.get("figures", [])]
    h, _, _ = score.greedy(a, b, score.value_ok); gv += len(a); pv += len(b); hv += h
    return gv, pv, hv
for d in dirs:
    T = [0, 0, 0]; V = [0, 0, 0]
    for n in sorted(f[:-10] for f in os.listdir(d) if f.endswith(".gold.json")):
        gold = json.load(open(os.path.join(d, n + ".gold.json")))
        pred = json.loads(subprocess.run([bin_, os.path.join(d, n + ".txt")], capture_output=True).stdout)
        gc, pc = gold.get("cases", []), pred.get("cases", [])
        for variant, acc in ((False, T), (True, V)):
            used = set()
            for g in gc:
                def overlap(p):
                    s = 3 if g.get("title") and score.norm_text(g.get("title")) == score.norm_text(p.get("title")) else 0
                    for f in ("plaintiffs", "defendants", "procuratorates", "courts"):
                        s += sum(1 for a in g.get(f, []) for b in p.get(f, []) if score.same_org(a, b))
                    return s
                free = [i for i in range(len(pc)) if i not in used]
                best = max(free, key=lambda i: overlap(pc[i]), default=None)
                p = pc[best] if best is not None and overlap(pc[best]) > 0 else {}
                if not p and variant and not ident(g):
                    bare = [i for i in free if not ident(pc[i])]
                    if bare: best = bare[0]; p = pc[best]
                if p: used.add(best)
                r = facts(g, p); acc[0] += r[0]; acc[1] += r[1]; acc[2] += r[2]
            for i, p in enumerate(pc):
                if i not in used:
                    m = sum(len(p.get(f, [])) for f in ("plaintiffs", "defendants", "courts", "procuratorates"))
                    m += len({score.norm_law(s.get("law", "")) for s in p.get("statutes", [])}) + len(p.get("figures", []))
                    acc[1] += m
    f1 = lambda a: 2 * a[2] / (a[0] + a[1]) if a[0] + a[1] else 1.0
    print(f"{d}: cases.facts score.py {f1(T):.3f}; pairing identity-less cases too {f1(V):.3f}")
