#!/usr/bin/env bash
# Tries the pre-commit hook of .pre-commit-hooks.yaml for real: installs pre-commit from PyPI in a
# virtual environment, then, in a temporary git repository whose .pre-commit-config.yaml names
# this repository (its working tree, committed or not), installs the hook and commits a file with
# a finding (must be refused, the finding shown) and a clean file beside files that are no
# catalog (package.json, pom.xml, a CI configuration: the hook's `files` must leave them out). It also checks that the
# hook's `files` pattern takes the same files as a folder walk of termlint (input::walk_checks).
#
#   PRE_COMMIT_VERSION  the pre-commit to install (default: the pinned one below)
#   CARGO_TARGET_DIR    where pre-commit's `cargo install` builds the hook (default:
#                       target/test-hook, kept between runs)
#   TEST_HOOK_FULL_BUILD=1  build the hook with the project's release profile (slow), not a quick
#                       one
#   TERMLINT            the termlint for the walk check (default: target/release/termlint, built
#                       if missing)
#   KEEP_TMP=1          keep the temporary folder (its path is printed)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
pre_commit_version=${PRE_COMMIT_VERSION:-4.7.0}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$repo/target/test-hook}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/termlint-hook.XXXXXX")
if [ "${KEEP_TMP:-}" = 1 ]; then
  echo "test-hook: temporary folder $tmp"
else
  trap 'rm -rf "$tmp"' EXIT
fi

fail() {
  echo "test-hook: FAILED: $*" >&2
  exit 1
}

if [ -z "${TERMLINT:-}" ]; then
  if [ ! -x target/release/termlint ]; then
    cargo build --release --quiet
  fi
  TERMLINT=$repo/target/release/termlint
fi

# pre-commit, in a virtual environment of its own; its cache (the hook's build) in $tmp too.
start=$SECONDS
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  "pre-commit==$pre_commit_version"
pre_commit=$tmp/venv/bin/pre-commit
export PRE_COMMIT_HOME=$tmp/pre-commit-home
echo "test-hook: $("$pre_commit" --version) installed in $((SECONDS - start)) s"

# 1. The hook's `files` takes what a folder walk takes. Sample paths, each made a small valid
# file of its format; termlint walks the folder; pre-commit's own regex engine (Python's re)
# judges the paths. A Java default bundle beside its translation is walked but left out of the
# hook on purpose (a pattern cannot see the file beside).
mkdir "$tmp/walk"
"$tmp/venv/bin/python" - "$repo/.pre-commit-hooks.yaml" "$tmp/walk" "$TERMLINT" <<'PY'
import json, os, re, subprocess, sys
import yaml

hooks, root, termlint = sys.argv[1:4]
(hook,) = [h for h in yaml.safe_load(open(hooks)) if h["id"] == "termlint"]
files = re.compile(hook["files"])
samples = """
notes.txt story.text README.md docs/guide.markdown a.mdown b.mkd
job.xliff job.xlf job.sdlxliff po/fr.po po/messages.pot memory.tmx NOTES.TXT
locales/en/main.ftl Localizable.strings Localizable.xcstrings lib/l10n/app_en.arb app_pt_BR.arb
package.json tsconfig.json src/app.json locales/messages.json locales/fr.json public/locales/pt_BR/translation.json
config/locales/fr.yml config/locales/en-GB.yml translations/messages.fr.yaml translations/messages.en.yaml
config.yml docker-compose.yaml ci/pipeline.yml workflows/ci.yml de/config.yml lib/de_DE.yaml
pom.xml build.xml app/src/main/res/values/strings.xml res/values/colors.xml res/values-fr/strings.xml
res/values-pt-rBR/strings.xml res/values-b+sr+Latn/strings.xml res/values-night/colors.xml
res/values-v21/styles.xml res/values-land/dimens.xml res/values-fr-land/strings.xml de/pom.xml
en.lproj/Info.json Base.lproj/Main.json src/Messages.properties src/Messages_de.properties
src/Messages_pt_BR.properties app.properties gradle.properties x.fr/a.json a/fr.lproj.json
my/settings.json no/app.yml it/data.xml FR/a.json values-FR/a.xml api/spec.yaml
messages-fr.json messages_fr.json messages.fr-CA.json strings.de-AT.xml
""".split()
content = {
    ".json": "{}\n", ".arb": "{}\n", ".xcstrings": '{"sourceLanguage": "en", "strings": {}}\n',
    ".yml": "a: b\n", ".yaml": "a: b\n", ".xml": "<resources/>\n", ".properties": "a=b\n",
}
for p in samples:
    path = os.path.join(root, p)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(content.get(os.path.splitext(p)[1].lower(), "text\n"))
out = subprocess.run(
    [termlint, "check", "--no-config", "--lang", "en", "--fail-level", "none", "--format", "json", "."],
    cwd=root, capture_output=True, text=True,
)
# Status 2: the samples of other formats are no valid files of theirs; they are reported as
# skipped, which is enough to know the walk took them.
if out.returncode not in (0, 2) or not out.stdout:
    sys.exit(f"termlint walk failed ({out.returncode}): {out.stderr}")
report = json.loads(out.stdout)
walked = {f["path"].removeprefix("./") for f in report["files"]}
walked |= {s["path"].removeprefix("./") for s in report["skipped"]}
hooked = {p for p in samples if files.search(p)}
expected_gap = {"src/Messages.properties"}
bad = sorted((walked ^ hooked) - expected_gap)
for p in bad:
    print(f"  {p}: walk {'takes' if p in walked else 'skips'} it, hook {'takes' if p in hooked else 'skips'} it")
if bad or not expected_gap <= walked - hooked:
    sys.exit("the hook's `files` and termlint's folder walk disagree")
print(f"test-hook: `files` agrees with the folder walk on {len(samples)} paths ({len(hooked)} taken)")
PY

# 2. The hook for real. pre-commit clones the hook's repository at a revision: this one at HEAD
# when its tracked files are as committed (a clean clone, as in .ci/run), else a snapshot, a
# clone with the working tree's changes committed, so that what is tested is what is here.
hook_repo=$repo
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
  hook_repo=$tmp/hook-repo
  git clone -q "$repo" "$hook_repo"
  git -C "$repo" diff HEAD --binary | git -C "$hook_repo" apply --index
  git -C "$hook_repo" -c user.email=test@example.invalid -c user.name=test \
    commit -q -m "test-hook: the working tree's changes"
  echo "test-hook: uncommitted changes, testing a snapshot of them"
fi
rev=$(git -C "$hook_repo" rev-parse HEAD)

work=$tmp/project
mkdir -p "$work/.github/workflows"
cd "$work"
git init -q
git config user.email test@example.invalid
git config user.name test
cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: $hook_repo
    rev: $rev
    hooks:
      - id: termlint
EOF
git add .pre-commit-config.yaml
git commit -q -m "pre-commit configuration"

# pre-commit builds the hook with `cargo install --bins --path .` (language: rust), without
# --locked: the dependencies are resolved afresh, so they are built again whatever target/
# holds. A test needs the behaviour, not the speed: the release profile is made a quick one
# (TEST_HOOK_FULL_BUILD=1 keeps the project's own), in a target folder of its own, not to
# overwrite target/release/termlint.
if [ "${TEST_HOOK_FULL_BUILD:-}" != 1 ]; then
  export CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=false
fi
start=$SECONDS
"$pre_commit" install-hooks
echo "test-hook: hook installed (cargo install) in $((SECONDS - start)) s"
"$pre_commit" install

# A commit of a file with a finding is refused, with the finding shown.
printf 'President Erdogen met officials in Idlib.\n' > story.en.md
git add story.en.md
start=$SECONDS
if git commit -q -m "a finding" > "$tmp/finding.out" 2>&1; then
  cat "$tmp/finding.out"
  fail "the hook let a file with a finding be committed"
fi
cat "$tmp/finding.out"
echo "test-hook: commit refused in $((SECONDS - start)) s"
grep -q "termlint\.*Failed" "$tmp/finding.out" || fail "the hook did not fail"
grep -q "error\[forbidden\]: 'Erdogen'" "$tmp/finding.out" || fail "the finding is not shown"
grep -q "story.en.md:1:11" "$tmp/finding.out" || fail "the finding's place is not shown"
git rm -q --cached story.en.md
rm story.en.md

# A clean file is committed, beside files that are no catalog: were they given to termlint
# (named, so read whatever their extension; no language), it would stop with status 2.
printf 'President Erdoğan met officials in Idlib.\n' > clean.en.md
printf '{"name": "x", "version": "1.0.0", "description": "Erdogen"}\n' > package.json
printf '<project><name>Erdogen</name></project>\n' > pom.xml
printf 'on: [push]\njobs: {build: {runs-on: ubuntu-latest, steps: [{run: echo Erdogen}]}}\n' \
  > .github/workflows/ci.yml
git add -A
if ! git commit -q -m "clean" > "$tmp/clean.out" 2>&1; then
  cat "$tmp/clean.out"
  fail "the hook refused a clean file (and files that are no catalog)"
fi
cat "$tmp/clean.out"
grep -q "termlint\.*Passed" "$tmp/clean.out" || fail "the hook did not run on the clean file"

# The same through `pre-commit run` on named files, as editors and CI use it.
"$pre_commit" run termlint --files clean.en.md package.json pom.xml .github/workflows/ci.yml \
  || fail "pre-commit run failed on a clean file"

echo "test-hook: ok"
