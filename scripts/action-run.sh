#!/usr/bin/env bash
# shellcheck disable=SC2154 # glossaries, extra and paths are set by words (a name reference).
# The run step of the GitHub Action (action.yml): builds the `termlint check` command line from
# the action's inputs, given as INPUT_* environment variables, prints it and runs it. The exit
# status is termlint's (0 clean, 1 findings that fail, 2 the run could not be done).
#
#   INPUT_PATHS          files or folders (default: .)
#   INPUT_GLOSSARIES     --glossary files
#   INPUT_BASELINE       --baseline file
#   INPUT_FAIL_LEVEL     --fail-level: error, warning or none (default: error)
#   INPUT_CHANGED_SINCE  --changed-since revision
#   INPUT_FORMAT         --format (default: github)
#   INPUT_ARGS           more options
#   TERMLINT             the termlint to run (default: termlint on PATH)
#   TERMLINT_DRY_RUN=1   print the command and exit 0 without running it
#
# Lists are split on spaces and new lines (no quoting: a path with a space cannot be given).
set -euo pipefail

words() {
  # The words of "$1" into the array named $2.
  local -n into=$2
  set -f
  # shellcheck disable=SC2034,SC2206 # A name reference; word splitting is the point, globbing is off.
  into=($1)
  set +f
}

fail_level=${INPUT_FAIL_LEVEL:-error}
case "$fail_level" in
  error | warning | none) ;;
  *)
    echo "termlint action: fail-level must be error, warning or none, not '$fail_level'" >&2
    exit 2
    ;;
esac

cmd=("${TERMLINT:-termlint}" check --format "${INPUT_FORMAT:-github}" --fail-level "$fail_level")
words "${INPUT_GLOSSARIES:-}" glossaries
for g in "${glossaries[@]}"; do
  cmd+=(--glossary "$g")
done
if [ -n "${INPUT_BASELINE:-}" ]; then
  cmd+=(--baseline "$INPUT_BASELINE")
fi
if [ -n "${INPUT_CHANGED_SINCE:-}" ]; then
  cmd+=(--changed-since "$INPUT_CHANGED_SINCE")
fi
words "${INPUT_ARGS:-}" extra
cmd+=("${extra[@]}")
words "${INPUT_PATHS:-.}" paths
if [ "${#paths[@]}" -eq 0 ]; then
  paths=(.)
fi
# After --, a path is never taken for an option.
cmd+=(-- "${paths[@]}")

printf 'termlint command:'
printf ' %q' "${cmd[@]}"
printf '\n'
if [ "${TERMLINT_DRY_RUN:-}" = 1 ]; then
  exit 0
fi
exec "${cmd[@]}"
