//! The options a CI job or an editor chooses its inputs with: `--stdin-filename`,
//! `--files-from`, `--changed-since`, and `--fail-level` for what fails the run.

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `termlint ARGS` run in `dir` (no configuration), with `stdin` piped in.
fn termlint(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("termlint runs");
    let input = stdin.to_vec();
    let mut pipe = child.stdin.take().unwrap();
    std::thread::spawn(move || pipe.write_all(&input));
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&o.stdout)))
}

/// The paths of the files a JSON report checked, without a leading `./`.
fn checked(o: &Output) -> Vec<String> {
    let mut paths: Vec<String> = json(o)["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let p = f["path"].as_str().unwrap();
            p.strip_prefix("./").unwrap_or(p).to_string()
        })
        .collect();
    paths.sort();
    paths
}

fn write(dir: &Path, name: &str, content: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

const FINDING: &str = "The USA said so on Monday.\n";
const CLEAN: &str = "The US said so on Monday.\n";

#[test]
fn stdin_is_read_as_the_file_named_its_format_language_and_path() {
    let dir = tempfile::tempdir().unwrap();
    let ftl = "msg = Le président Erdogen est arrivé.\n";
    // No path: standard input is what is checked.
    for args in [
        &[
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "fr/messages.ftl",
        ][..],
        &[
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "fr/messages.ftl",
            "-",
        ],
    ] {
        let o = termlint(dir.path(), args, ftl.as_bytes());
        assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
        let report = json(&o);
        let f = &report["findings"][0];
        assert_eq!(f["path"], "fr/messages.ftl");
        assert_eq!(f["lang"], "fr");
        // Read as Fluent: the finding is in the message `msg`.
        assert_eq!(f["unit"], "msg");
        assert_eq!(f["found"], "Erdogen");
        assert_eq!(report["files"][0]["lang_source"], "folder");
    }
    assert!(!dir.path().join("fr").exists());
}

#[test]
fn stdin_named_wins_over_the_file_on_disk_and_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "en/story.md", CLEAN);
    let args = [
        "check",
        "--stdin-filename",
        "en/story.md",
        "--format",
        "json",
    ];
    let mut with_dot = args.to_vec();
    with_dot.extend(["en", "-"]);
    let o = termlint(dir.path(), &with_dot, FINDING.as_bytes());
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    assert_eq!(json(&o)["findings"].as_array().unwrap().len(), 1);

    let o = termlint(
        dir.path(),
        &["check", "--stdin-filename", "en/story.md", "--diff"],
        FINDING.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    let diff = text(&o.stdout);
    assert!(
        diff.contains("--- en/story.md\n+++ en/story.md\n"),
        "{diff}"
    );
    assert!(
        diff.contains("-The USA said") && diff.contains("+The US said"),
        "{diff}"
    );

    let o = termlint(
        dir.path(),
        &["check", "--stdin-filename", "en/story.md", "--fix", "-"],
        FINDING.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), CLEAN);
    // The file of that name is as it was, and no other file was written.
    let story = std::fs::read_to_string(dir.path().join("en/story.md")).unwrap();
    assert_eq!(story, CLEAN);
    assert_eq!(std::fs::read_dir(dir.path().join("en")).unwrap().count(), 1);
}

#[test]
fn files_from_lists_paths_by_line_or_nul_and_a_missing_one_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "en/a.md", FINDING);
    write(dir.path(), "en/b c.md", CLEAN);
    write(dir.path(), "en/skipped.md", FINDING);
    write(dir.path(), "list.txt", "en/a.md\n\n  \nen/b c.md\r\n");
    let o = termlint(
        dir.path(),
        &["check", "--format", "json", "--files-from", "list.txt"],
        b"",
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    assert_eq!(checked(&o), ["en/a.md", "en/b c.md"]);

    // NUL-separated (git ls-files -z), from standard input, with a path of the command line.
    let list = b"en/b c.md\0missing.md\0";
    let o = termlint(
        dir.path(),
        &["check", "--format", "json", "--files-from", "-", "en/a.md"],
        list,
    );
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    assert_eq!(checked(&o), ["en/a.md", "en/b c.md"]);
    let report = json(&o);
    assert_eq!(report["skipped"][0]["path"], "missing.md");
    assert!(text(&o.stderr).contains("missing.md"));

    // An empty list checks nothing (not the current folder).
    let o = termlint(dir.path(), &["check", "--files-from", "-"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("nothing was checked"));
}

#[test]
fn files_from_errors_are_clear() {
    let dir = tempfile::tempdir().unwrap();
    let o = termlint(dir.path(), &["check", "--files-from", "nope.txt"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("cannot read the list of paths nope.txt"),
        "{}",
        text(&o.stderr)
    );
    let o = termlint(
        dir.path(),
        &["check", "--files-from", "-", "--stdin-filename", "a.md"],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("--files-from -"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn fail_level_says_which_findings_fail_the_run() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "en/warn.md",
        "Fighting went on in idlib on Monday.\n",
    );
    write(dir.path(), "en/error.md", FINDING);
    let run = |level: &str, file: &str| {
        let args = ["check", "--fail-level", level, file];
        termlint(dir.path(), &args, b"").status.code()
    };
    assert_eq!(run("error", "en/warn.md"), Some(0));
    assert_eq!(run("warning", "en/warn.md"), Some(1));
    assert_eq!(run("warning", "en/error.md"), Some(1));
    assert_eq!(run("none", "en/error.md"), Some(0));
    assert_eq!(run("none", "en/missing.md"), Some(2));
}

/// `git ARGS` in `dir`, which must succeed.
fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .args(["-c", "user.name=termlint", "-c", "user.email=t@example.org"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "git {args:?}: {}", text(&o.stderr));
}

fn have_git() -> bool {
    let found = Command::new("git").arg("--version").output().is_ok();
    if !found {
        println!("note: git is not installed; the --changed-since tests are skipped");
    }
    found
}

#[test]
fn changed_since_checks_the_files_git_says_changed() {
    if !have_git() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    git(repo, &["init", "-q"]);
    for name in [
        "en/old.md",
        "en/committed.md",
        "en/staged.md",
        "en/unstaged.md",
        "en/deleted.md",
        "en/renamed.md",
    ] {
        write(repo, name, CLEAN);
    }
    write(repo, ".gitignore", "ignored.md\n");
    git(repo, &["add", "."]);
    git(repo, &["commit", "-qm", "base"]);
    git(repo, &["tag", "base"]);
    write(repo, "en/committed.md", FINDING);
    git(repo, &["commit", "-qam", "later"]);
    write(repo, "en/staged.md", FINDING);
    git(repo, &["add", "en/staged.md"]);
    write(repo, "en/unstaged.md", FINDING);
    write(repo, "en/new file.md", FINDING);
    write(repo, "en/ignored.md", FINDING);
    write(repo, "en/code.rs", FINDING);
    git(repo, &["rm", "-q", "en/deleted.md"]);
    git(repo, &["mv", "en/renamed.md", "en/moved.md"]);

    let changed = [
        "en/committed.md",
        "en/moved.md",
        "en/new file.md",
        "en/staged.md",
        "en/unstaged.md",
    ];
    let o = termlint(
        repo,
        &["check", "--format", "json", "--changed-since", "base"],
        b"",
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    assert_eq!(checked(&o), changed);

    // From a folder below the root, with the paths given relative to it.
    let o = termlint(
        &repo.join("en"),
        &["check", "--format", "json", "--changed-since", "base", "."],
        b"",
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    let below: Vec<String> = changed.iter().map(|p| p[3..].to_string()).collect();
    assert_eq!(checked(&o), below);

    // Intersected with the paths given: a file named that did not change is left out.
    let args = [
        "check",
        "--format",
        "json",
        "--changed-since",
        "base",
        "en/old.md",
        "en/staged.md",
    ];
    assert_eq!(checked(&termlint(repo, &args, b"")), ["en/staged.md"]);

    // Nothing changed since HEAD once all is committed.
    git(repo, &["add", "-A"]);
    git(repo, &["commit", "-qm", "all"]);
    let o = termlint(repo, &["check", "--changed-since", "HEAD"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
}

#[test]
fn changed_since_fails_clearly_with_git_s_own_message() {
    if !have_git() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let o = termlint(dir.path(), &["check", "--changed-since", "HEAD"], b"");
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains("not a git repository"), "{err}");

    git(dir.path(), &["init", "-q"]);
    write(dir.path(), "a.md", CLEAN);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "one"]);
    let o = termlint(
        dir.path(),
        &["check", "--changed-since", "no-such-ref"],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(
        err.contains("--changed-since no-such-ref") && err.contains("no-such-ref'"),
        "{err}"
    );

    // No git to run: PATH without it.
    let o = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", "--changed-since", "HEAD"])
        .current_dir(dir.path())
        .env("PATH", dir.path().join("no-bin"))
        .env("LANG", "C")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains("needs git, which cannot be run"), "{err}");
}
