#!/usr/bin/env bash
# Builds the CLI and the benchmark in release mode and runs the benchmark.
# Usage: bash Benchmarks/run.sh [--mb 10] [--jsonl-mb 200] [--long-mb 16]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product extract
# SwiftPM does not notice files added to a path dependency (the root
# package) when it reuses a cached build plan: drop the plan, keep the objects.
rm -f Benchmarks/.build/release.yaml Benchmarks/.build/release/description.json
swift build -c release --package-path Benchmarks
Benchmarks/.build/release/ExtractBench --extract "$PWD/.build/release/extract" "$@"
