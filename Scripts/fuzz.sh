#!/usr/bin/env bash
# Builds the libFuzzer harness (Fuzz/, its own package: the library itself
# never needs the sanitizer) and runs it for SECONDS (default 60), seeded
# from Corpus/articles with the legal-token dictionary Fuzz/legal.dict.
# Usage: bash Scripts/fuzz.sh [SECONDS] [more libFuzzer flags]
# Exit status: 0 when no input broke an invariant or crashed; libFuzzer's
# nonzero status otherwise, with the input saved under Fuzz/.build/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
# SwiftPM does not notice files added to a path dependency (the root
# package) when it reuses a cached build plan: drop the plan, keep the objects.
rm -f Fuzz/.build/release.yaml Fuzz/.build/release/description.json
# lld: gold stops with an internal error on the sanitizer-instrumented objects.
swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
work=Fuzz/.build/corpus
mkdir -p "$work" Fuzz/.build/artifacts
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
cp Corpus/articles/*.txt "$seeds"/
# The work corpus keeps what earlier runs found; the seeds are read, not written.
# Swift's own backtracer would take a trap's signal before libFuzzer and the
# process would die without saving the input that did it: leave the signal to
# libFuzzer, which writes the input under Fuzz/.build/artifacts/ and prints a stack.
export SWIFT_BACKTRACE=enable=no
Fuzz/.build/release/ExtractFuzz "$work" "$seeds" \
  -dict=Fuzz/legal.dict -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
  -max_len=16384 -print_final_stats=1 -artifact_prefix=Fuzz/.build/artifacts/ "$@"
