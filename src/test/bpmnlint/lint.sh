#!/usr/bin/env bash
# bpmnlint over every model in processes/ (DMN files are not linted): the rules of .bpmnlintrc, none switched off.
# Errors and warnings both fail (--max-warnings=0); an info (camunda-compat/history-time-to-live) counts as a warning.
set -euo pipefail
cd "$(dirname "$0")"
shopt -s nullglob
models=(../../../processes/*.bpmn)
if (( ${#models[@]} == 0 )); then
  echo "bpmnlint: no BPMN models in processes/" >&2
  exit 1
fi
node_modules/.bin/bpmnlint --max-warnings=0 "${models[@]}"
echo "bpmnlint: ${#models[@]} models, no problems"
