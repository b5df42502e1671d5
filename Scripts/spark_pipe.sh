#!/usr/bin/env bash
# Runs extract inside a local PySpark job (local[2], RDD.pipe) over a JSON
# Lines file and checks that its records equal a direct run's.
#
#   bash Scripts/spark_pipe.sh [--install] [INPUT.jsonl]
#
# INPUT.jsonl holds {"id": …, "text": …} lines with unique ids; without it, one
# is made from Corpus/articles (id = file name). The binary is
# .build/release/extract (built if missing; EXTRACT=path to use another).
# --install: pip install pyspark into .build/spark-venv, and apt-get install
# default-jre-headless when no java is on the PATH. Not part of swift test.
#
# Spark starts one extract per partition, so `source` ("-:LINE") counts lines
# within a partition: records are compared by id, without source and line.
set -euo pipefail
cd "$(dirname "$0")/.."

install=no
input=""
for arg in "$@"; do
  case "$arg" in
    --install) install=yes ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) input="$arg" ;;
  esac
done

venv=.build/spark-venv
if [ "$install" = yes ]; then
  if ! command -v java >/dev/null; then
    apt-get update -q && apt-get install -y -q default-jre-headless
  fi
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q pyspark
fi
python="$venv/bin/python"
[ -x "$python" ] || python=python3
if ! "$python" -c 'import pyspark' 2>/dev/null; then
  echo "spark_pipe: PySpark is not installed; run with --install" >&2
  exit 2
fi
command -v java >/dev/null || { echo "spark_pipe: no java; run with --install" >&2; exit 2; }

extract="${EXTRACT:-.build/release/extract}"
[ -x "$extract" ] || swift build -c release
extract="$(cd "$(dirname "$extract")" && pwd)/$(basename "$extract")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -z "$input" ]; then
  input="$work/articles.jsonl"
  python3 - "$input" <<'PY'
import json, os, sys
folder = "Corpus/articles"
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            out.write(json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n")
PY
fi
input="$(cd "$(dirname "$input")" && pwd)/$(basename "$input")"

"$extract" --input jsonl --no-progress < "$input" > "$work/direct.jsonl" || true

"$python" - "$input" "$extract" "$work/direct.jsonl" <<'PY'
import json, sys
from pyspark import SparkConf, SparkContext

source, extract, direct_path = sys.argv[1:4]
conf = SparkConf().setMaster("local[2]").setAppName("extract-pipe").set("spark.ui.enabled", "false")
sc = SparkContext(conf=conf)
sc.setLogLevel("ERROR")
try:
    lines = sc.textFile("file://" + source, minPartitions=2)
    piped = lines.pipe(extract + " --input jsonl --no-progress").collect()
    partitions = lines.getNumPartitions()
finally:
    sc.stop()

def keyed(records):
    out = {}
    for r in records:
        r = json.loads(r)
        key = json.dumps(r.get("id"))
        r.pop("source", None)
        r.pop("line", None)
        assert key not in out, f"duplicate id {key}"
        out[key] = r
    return out

direct = keyed(open(direct_path, encoding="utf-8").read().splitlines())
spark = keyed(piped)
inputs = sum(1 for l in open(source, encoding="utf-8") if l.strip())
print(f"spark_pipe: {inputs} input lines, {partitions} partitions, "
      f"{len(spark)} records from Spark, {len(direct)} from a direct run")
if len(direct) != inputs or spark != direct:
    missing = direct.keys() - spark.keys()
    differing = [k for k in direct.keys() & spark.keys() if direct[k] != spark[k]]
    print(f"spark_pipe: FAILED: {len(missing)} missing, {len(differing)} differing", file=sys.stderr)
    sys.exit(1)
print("spark_pipe: OK, Spark's records equal the direct run's")
PY
