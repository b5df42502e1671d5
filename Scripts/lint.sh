#!/usr/bin/env bash
# Lints Swift sources with the toolchain's swift-format and the checked-in
# .swift-format configuration. Run by .ci/run, where findings fail CI (see
# README, "Lint").
#
#   bash Scripts/lint.sh                      every Swift file in Sources, Tests, Benchmarks/Sources
#   bash Scripts/lint.sh FILE...              only these files
#   bash Scripts/lint.sh --summary [FILE...]  count findings per rule instead of listing them
#
# Exit status: 0 clean, 1 findings, 2 swift-format missing.
set -uo pipefail
cd "$(dirname "$0")/.."

summary=0
if [[ "${1:-}" == "--summary" ]]; then summary=1; shift; fi

if ! swift format --version >/dev/null 2>&1; then
  echo "lint.sh: 'swift format' is not available in this toolchain" >&2
  exit 2
fi

files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then
  # Generated tables are data, not code to format.
  mapfile -t files < <(find Sources Tests Benchmarks/Sources -name '*.swift' -not -path '*/Generated/*' | sort)
fi

out=$(swift format lint --strict --configuration .swift-format "${files[@]}" 2>&1)
status=$?
if [[ $summary -eq 1 ]]; then
  # Findings read "FILE:LINE:COL: error: [RuleName] message".
  grep -oE ': (error|warning): \[[A-Za-z]+\]' <<<"$out" | grep -oE '[A-Za-z]+\]$' | tr -d ']' | sort | uniq -c | sort -rn
else
  [[ -n "$out" ]] && printf '%s\n' "$out"
fi
[[ $status -eq 0 ]] && exit 0 || exit 1
