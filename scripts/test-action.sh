#!/usr/bin/env bash
# Runs the steps of the GitHub Action (action.yml) locally, as a runner would with
# `install: false`: the termlint already built (target/release) on PATH, GITHUB_ACTION_PATH this
# repository, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_PATH and RUNNER_TEMP temporary files.
# The steps' `run` scripts and `env` are read from action.yml, with `${{ inputs.NAME }}` replaced
# by the inputs of each case (else the inputs' defaults), so the test breaks when action.yml and
# scripts/action-run.sh drift apart. Cases: findings (status 1, `::error file=...`
# annotations), a clean file (0), fail-level none (0), a baseline (0), a bad fail-level (2), the
# build key step (a key written to GITHUB_OUTPUT).
#
#   TERMLINT_BIN_DIR  the folder of the termlint to use (default: target/release, built if missing)
#   KEEP_TMP=1        keep the temporary folder (its path is printed)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

bin_dir=${TERMLINT_BIN_DIR:-$repo/target/release}
if [ ! -x "$bin_dir/termlint" ]; then
  cargo build --release --quiet
fi
export PATH=$bin_dir:$PATH

tmp=$(mktemp -d "${TMPDIR:-/tmp}/termlint-action.XXXXXX")
if [ "${KEEP_TMP:-}" = 1 ]; then
  echo "test-action: temporary folder $tmp"
else
  trap 'rm -rf "$tmp"' EXIT
fi

fail() {
  echo "test-action: FAILED: $*" >&2
  exit 1
}

# action.yml's steps, as shell scripts: step-<n>.sh sets the step's env and runs its `run`.
# Python reads the YAML (PyYAML; in a virtual environment of its own if the machine has none).
python=python3
if ! python3 -c 'import yaml' 2> /dev/null; then
  python3 -m venv "$tmp/venv"
  "$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check PyYAML==6.0.2
  python=$tmp/venv/bin/python
fi

# step ID INPUTS...: writes the step named ID of action.yml, with the inputs NAME=VALUE (the
# others at their defaults), to $tmp/step.sh, and prints the path.
step() {
  "$python" - "$repo/action.yml" "$tmp/step.sh" "$@" <<'PY'
import re, shlex, sys
import yaml

action_file, out, name, *given = sys.argv[1:]
action = yaml.safe_load(open(action_file))
inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
for pair in given:
    k, v = pair.split("=", 1)
    if k not in inputs:
        sys.exit(f"action.yml has no input {k!r}")
    inputs[k] = v
(s,) = [s for s in action["runs"]["steps"] if s.get("name") == name]
if s.get("shell") != "bash" or "run" not in s:
    sys.exit(f"step {name!r} is not a bash `run` step")

def expand(text):
    def one(m):
        expr = m.group(1).strip()
        k = expr.removeprefix("inputs.")
        if k == expr or k not in inputs:
            sys.exit(f"step {name!r}: cannot evaluate ${{{{ {expr} }}}} here")
        return inputs[k]
    return re.sub(r"\$\{\{(.*?)\}\}", one, text)

with open(out, "w") as f:
    for k, v in (s.get("env") or {}).items():
        f.write(f"export {k}={shlex.quote(expand(str(v)))}\n")
    f.write(expand(s["run"]))
PY
}

# run_step NAME INPUTS...: runs the step in the fixture folder as a runner does (bash -e, the
# runner's variables set); its status in $status, its output in $tmp/out.
run_step() {
  step "$@"
  : > "$tmp/github_output"
  : > "$tmp/step_summary"
  set +e
  (
    cd "$tmp/work"
    GITHUB_ACTION_PATH=$repo GITHUB_OUTPUT=$tmp/github_output \
      GITHUB_STEP_SUMMARY=$tmp/step_summary GITHUB_PATH=$tmp/github_path RUNNER_TEMP=$tmp/runner \
      bash --noprofile --norc -eo pipefail "$tmp/step.sh"
  ) > "$tmp/out" 2>&1
  status=$?
  set -e
  sed 's/^/    /' "$tmp/out"
}

mkdir -p "$tmp/work/docs" "$tmp/runner"
printf 'President Erdogen met officials in Idlib.\n' > "$tmp/work/docs/story.en.md"
printf 'President Erdoğan met officials in Idlib.\n' > "$tmp/work/docs/clean.en.md"
start=$SECONDS

echo "test-action: (a) findings: status 1 and annotations"
run_step "termlint check" paths=docs/story.en.md
[ "$status" -eq 1 ] || fail "expected status 1 on a file with a finding, got $status"
grep -q '^termlint command: termlint check --format github --fail-level error -- docs/story.en.md$' \
  "$tmp/out" || fail "the command line is not printed as expected"
grep -q "^::error file=docs/story.en.md,line=1,col=11,.*title=termlint(forbidden)::'Erdogen'" \
  "$tmp/out" || fail "no ::error annotation for the finding"

echo "test-action: (b) a clean file: status 0"
run_step "termlint check" paths=docs/clean.en.md
[ "$status" -eq 0 ] || fail "expected status 0 on a clean file, got $status"
if grep -q '^::' "$tmp/out"; then fail "an annotation on a clean file"; fi

echo "test-action: (c) fail-level none: status 0, annotations still given"
run_step "termlint check" paths=docs fail-level=none "args=--lang en"
[ "$status" -eq 0 ] || fail "expected status 0 with fail-level none, got $status"
grep -q '^::error file=docs/story.en.md' "$tmp/out" || fail "no annotation with fail-level none"

echo "test-action: (c) a baseline: status 0, nothing annotated"
(cd "$tmp/work" && termlint check --write-baseline termlint-baseline.json docs > /dev/null 2>&1) ||
  true
[ -s "$tmp/work/termlint-baseline.json" ] || fail "no baseline written"
run_step "termlint check" "paths=docs
" baseline=termlint-baseline.json
[ "$status" -eq 0 ] || fail "expected status 0 with a baseline of the findings, got $status"
if grep -q '^::error' "$tmp/out"; then fail "a finding of the baseline annotated"; fi

echo "test-action: glossaries and a bad fail-level"
cp "$repo/tests/fixtures/glossary-news-mini.toml" "$tmp/work/mini.toml"
run_step "termlint check" paths=docs/clean.en.md "glossaries=mini.toml
mini.toml" fail-level=sometimes
[ "$status" -eq 2 ] || fail "expected status 2 on fail-level sometimes, got $status"
grep -q "fail-level must be error, warning or none" "$tmp/out" || fail "no message on a bad fail-level"
TERMLINT_DRY_RUN=1 run_step "termlint check" paths=docs/clean.en.md "glossaries=mini.toml
other.toml"
grep -q -- '--glossary mini.toml --glossary other.toml -- docs/clean.en.md$' "$tmp/out" ||
  fail "glossaries on two lines are not two --glossary"

echo "test-action: the build key step"
run_step "Key of the termlint build"
[ "$status" -eq 0 ] || fail "the key step failed ($status)"
grep -Eq '^key=path-[0-9a-f]{20}$' "$tmp/github_output" || fail "no key in GITHUB_OUTPUT"
run_step "Key of the termlint build" version=1.2.3
grep -qx 'key=crates-1.2.3' "$tmp/github_output" || fail "no crates key in GITHUB_OUTPUT"

echo "test-action: ok ($((SECONDS - start)) s)"
