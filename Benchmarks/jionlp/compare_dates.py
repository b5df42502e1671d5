#!/usr/bin/env python3
"""Dates side by side: our `extract` against JioNLP's time extraction.

    python3 Benchmarks/jionlp/compare_dates.py [--corpus DIR] [--binary PATH] [--repeat N]

Creates Benchmarks/.venv (python3 -m venv) and installs requirements.txt
(jionlp) into it, runs jionlp.ner.extract_time(text, time_base=..., with_parsing=True)
over every NAME.txt of the corpus, converts its time points and spans to our
DateMention JSON (only `dates`; every other field an empty array), writes
them to a temporary folder and scores them with ../shared/tools/score.py;
then scores our extractor with --cmd, and times both in characters per
second (JioNLP: the extract_time calls only; ours: one `extract` process
over all articles, repeated --repeat times, process start included).

Neither side gets a published date: JioNLP's time_base is the time of the
run (its default), ours runs without --published.
"""
import argparse, contextlib, datetime, io, json, os, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(ROOT, "Benchmarks", ".venv")
SCORE = os.path.join(ROOT, "..", "shared", "tools", "score.py")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "dev")
FIELDS = ("dates.found", "dates")


def articles(corpus):
    names = sorted(f[:-4] for f in os.listdir(corpus)
                   if f.endswith(".txt") and os.path.exists(os.path.join(corpus, f[:-4] + ".gold.json")))
    return [(n, open(os.path.join(corpus, n + ".txt"), encoding="utf-8").read()) for n in names]


# ---- inside the venv: run JioNLP ------------------------------------------

def parse_time(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def last_day(d):
    nxt = (d.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return (nxt - datetime.timedelta(days=1)).day


def to_mention(item):
    """A JioNLP time entity as our DateMention, or None for durations and periods."""
    if item.get("type") not in ("time_point", "time_span"):
        return None  # time_delta is a duration, time_period a recurrence
    detail = item.get("detail") or {}
    text = item["text"]
    start, end = item["offset"]
    m = {"text": text, "span": [start, end]}
    try:
        s, e = (parse_time(x) for x in detail["time"][:2])
    except (KeyError, ValueError, TypeError):
        return None
    digits = any(c.isdigit() or c in "〇零一二三四五六七八九十" for c in text)
    if detail.get("definition") == "blur" and not digits:
        m.update(value=None, granularity="vague")
        return m
    whole_year = (s.month, s.day, s.hour, s.minute) == (1, 1, 0, 0) and (e.month, e.day, e.hour) == (12, 31, 23)
    whole_month = (s.day, s.hour, s.minute) == (1, 0, 0) and e.day == last_day(e) and e.hour == 23
    if whole_year:
        m.update(value=f"{s.year:04d}", granularity="year")
        if e.year != s.year:
            m["end"] = f"{e.year:04d}"
    elif whole_month:
        m.update(value=f"{s.year:04d}-{s.month:02d}", granularity="month")
        if (e.year, e.month) != (s.year, s.month):
            m["end"] = f"{e.year:04d}-{e.month:02d}"
    else:
        m.update(value=s.strftime("%Y-%m-%d"), granularity="day")
        if e.date() != s.date():
            m["end"] = e.strftime("%Y-%m-%d")
    m["relative"] = False
    return m


def run_jionlp(corpus, out_dir):
    with contextlib.redirect_stdout(io.StringIO()):  # the import prints a banner
        import jionlp
    docs = articles(corpus)
    base = time.time()
    seconds, chars = 0.0, 0
    for name, text in docs:
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            found = jionlp.ner.extract_time(text, time_base=base, with_parsing=True)
        seconds += time.perf_counter() - t0
        chars += len(text)
        dates = [m for m in (to_mention(x) for x in found) if m]
        doc = {"schema": "legal-extract/1", "source": name + ".txt", "dates": dates,
               "organizations": [], "statutes": [], "figures": [], "dockets": [], "cases": []}
        with open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
    return {"seconds": seconds, "chars": chars, "version": getattr(jionlp, "__version__", "?")}


# ---- outside: set up, score, time ----------------------------------------

def ensure_venv():
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    subprocess.check_call([py, "-m", "pip", "install", "-q", "-r", os.path.join(HERE, "requirements.txt")])
    return py


def score(corpus, *args):
    r = subprocess.run([sys.executable, SCORE, corpus, "--json", *args], capture_output=True, text=True)
    return json.loads(r.stdout.strip().splitlines()[-1])


def time_ours(binary, corpus, repeat, only=None):
    """One `extract` process on one core over all articles, `repeat` times,
    process start included; `only` limits it to some stages (dates: the
    like-for-like comparison with JioNLP's time extraction)."""
    paths = [os.path.join(corpus, n + ".txt") for n, _ in articles(corpus)]
    chars = sum(len(t) for _, t in articles(corpus)) * repeat
    extra = ["--only", only] if only else []
    t0 = time.perf_counter()
    subprocess.run([binary, "--format", "jsonl", "--jobs", "1", "--no-progress", *extra, *(paths * repeat)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return {"seconds": time.perf_counter() - t0, "chars": chars}


def table(title, result):
    lines = [f"{title}", f"{'field':<14}{'gold':>6}{'pred':>6}{'hit':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for f in FIELDS:
        v = result["fields"][f]
        lines.append(f"{f:<14}{v['gold']:>6}{v['pred']:>6}{v['hit']:>6}{v['p']:>8.3f}{v['r']:>8.3f}{v['f1']:>8.3f}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=CORPUS)
    ap.add_argument("--binary", default=None, help="our extract (default: .build/release, else .build/debug)")
    ap.add_argument("--repeat", type=int, default=20, help="passes over the corpus when timing ours")
    ap.add_argument("--inner", metavar="OUT_DIR", help=argparse.SUPPRESS)
    a = ap.parse_args()
    corpus = os.path.abspath(a.corpus)
    if a.inner:
        print(json.dumps(run_jionlp(corpus, a.inner)))
        return
    py = ensure_venv()
    binary = a.binary or next((p for p in (os.path.join(ROOT, ".build", k, "extract") for k in ("release", "debug"))
                               if os.path.exists(p)), None)
    if not binary:
        sys.exit("compare_dates.py: build extract first (swift build -c release)")
    with tempfile.TemporaryDirectory(prefix="jionlp-dates-") as pred:
        r = subprocess.run([py, os.path.abspath(__file__), "--corpus", corpus, "--inner", pred],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"JioNLP run failed:\n{r.stderr[-2000:]}")
        jt = json.loads(r.stdout.strip().splitlines()[-1])
        theirs = score(corpus, "--pred", pred)
    ours = score(corpus, "--cmd", f"{binary} {{}}")
    ot = time_ours(binary, corpus, a.repeat, only="dates")
    full = time_ours(binary, corpus, a.repeat)
    jspeed, ospeed = jt["chars"] / jt["seconds"], ot["chars"] / ot["seconds"]
    fspeed = full["chars"] / full["seconds"]
    print(table(f"JioNLP {jt['version']} (extract_time, with_parsing=True)", theirs))
    print()
    print(table(f"legal-extract ({os.path.relpath(binary, ROOT)})", ours))
    print()
    print(f"speed  JioNLP {jspeed:,.0f} chars/s ({jt['chars']} chars in {jt['seconds']:.2f} s)")
    print(f"speed  ours, dates only  {ospeed:,.0f} chars/s ({ot['chars']} chars in {ot['seconds']:.2f} s, "
          f"{a.repeat} passes, one process, one core, JSON out)")
    print(f"speed  ours, everything  {fspeed:,.0f} chars/s ({full['seconds']:.2f} s)")
    print(f"ratio  ours / JioNLP = {ospeed / jspeed:,.0f}x (dates only), {fspeed / jspeed:,.0f}x (whole extraction)")


if __name__ == "__main__":
    main()
