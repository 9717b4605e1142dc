//! The module tree is layered: each module imports only the modules of its layer or below,
//! and no imports form a circle. This test reads the `crate::` paths of every file under
//! `src/` (test code aside) and fails on an upward import or a circle, naming the file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, bottom first. A module may import its own layer and the ones below.
const LAYERS: &[&[&str]] = &[
    &["diagnostic"],
    &["lang"],
    &["text"],
    &["input", "fsio", "layout"],
    &["formats"],
    &["glossary"],
    &["matcher"],
    &["rules"],
    &["fix"],
    &["i18n"],
    &["report"],
    &["config"],
    &["check"],
    &["extract"],
    &["cli"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

#[test]
fn imports_run_one_way_and_form_no_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = import_graph(&src);
    assert!(graph.len() >= 10, "read too few modules: {graph:?}");
    let mut upward = Vec::new();
    for (from, edges) in &graph {
        let Some(from_layer) = layer(from) else {
            upward.push(format!(
                "module '{from}' is in no layer of tests/architecture.rs"
            ));
            continue;
        };
        for (to, file) in edges {
            match layer(to) {
                Some(l) if l <= from_layer => {}
                Some(_) => upward.push(format!("{file}: '{from}' imports '{to}', a higher layer")),
                None => upward.push(format!("{file}: '{to}' is in no layer")),
            }
        }
    }
    assert!(upward.is_empty(), "{}", upward.join("\n"));
    if let Some(circle) = find_circle(&graph) {
        panic!("import circle: {}", circle.join(" -> "));
    }
}

#[test]
fn the_bottom_imports_nothing_from_the_crate() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = import_graph(&src);
    assert_eq!(graph.get("diagnostic").map(BTreeMap::len), Some(0));
}

#[test]
fn an_upward_import_and_a_circle_are_found() {
    // The checker of this file, on a made-up tree: it must be able to fail.
    let dir = tempfile::tempdir().unwrap();
    let write = |p: &str, s: &str| {
        let path = dir.path().join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, s).unwrap();
    };
    write("diagnostic/mod.rs", "use crate::report::Report;\n");
    write(
        "report/mod.rs",
        "use crate::{diagnostic::Finding, text};\n#[cfg(test)]\nmod tests { use crate::cli; }\n",
    );
    write(
        "text/mod.rs",
        "fn f() { crate::report::x(); }\n#[cfg(test)]\nmod testing;\n",
    );
    write("text/testing.rs", "use crate::cli;\n");
    let graph = import_graph(dir.path());
    assert_eq!(
        graph["diagnostic"].keys().collect::<Vec<_>>(),
        ["report"],
        "{graph:?}"
    );
    assert_eq!(
        graph["report"].keys().collect::<Vec<_>>(),
        ["diagnostic", "text"]
    );
    assert_eq!(graph["text"].keys().collect::<Vec<_>>(), ["report"]);
    let circle = find_circle(&graph).expect("a circle");
    assert!(circle.len() >= 3, "{circle:?}");
}

/// Top-level module → the top-level modules it imports, each with a file that does.
type Graph = BTreeMap<String, BTreeMap<String, String>>;

fn import_graph(src: &Path) -> Graph {
    let mut files = Vec::new();
    collect(src, &mut files);
    let test_only = test_only_files(&files);
    let mut graph = Graph::new();
    for file in &files {
        let rel = file.strip_prefix(src).unwrap();
        let top = match rel.components().next() {
            Some(c) if rel.components().count() > 1 => c.as_os_str().to_string_lossy().to_string(),
            Some(c) => c
                .as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string(),
            None => continue,
        };
        if top == "lib" || top == "main" {
            continue;
        }
        let edges = graph.entry(top.clone()).or_default();
        if test_only.contains(file) {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        for module in crate_imports(&strip_tests(&text)) {
            if module != top {
                edges
                    .entry(module)
                    .or_insert_with(|| rel.display().to_string());
            }
        }
    }
    graph
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Files declared as `#[cfg(test)] mod name;`: test code.
fn test_only_files(files: &[PathBuf]) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            if pair[0] != "#[cfg(test)]" {
                continue;
            }
            let decl = pair[1]
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub ");
            if let Some(name) = decl.strip_prefix("mod ").and_then(|d| d.strip_suffix(';')) {
                let dir = if file.ends_with("mod.rs") || file.ends_with("lib.rs") {
                    file.parent().unwrap().to_path_buf()
                } else {
                    file.with_extension("")
                };
                out.insert(dir.join(format!("{name}.rs")));
                out.insert(dir.join(name).join("mod.rs"));
            }
        }
    }
    out
}

/// `text` without its `#[cfg(test)]` items (a test module runs to the end of the file).
fn strip_tests(text: &str) -> String {
    match text
        .find("#[cfg(test)]\nmod ")
        .or_else(|| text.find("#[cfg(test)]\npub mod "))
    {
        Some(i)
            if !text[i..]
                .lines()
                .nth(1)
                .unwrap_or("")
                .trim_end()
                .ends_with(';') =>
        {
            text[..i].to_string()
        }
        _ => text.to_string(),
    }
}

/// The top-level modules named by `crate::` paths in `text`, in `use crate::x` and
/// `use crate::{x, y::z}` as in inline paths.
fn crate_imports(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut rest = code.as_str();
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // A group: the first segment of each path in it, at depth 0.
            let mut depth = 0;
            let mut start = true;
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        rest = &group[j..];
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && (c.is_alphanumeric() || c == '_') => {
                        let name: String = group[j..]
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        if name != "self" {
                            out.insert(name);
                        }
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

/// A circle in `graph`, as the modules along it, if there is one.
fn find_circle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == node) {
            let mut circle = path[i..].to_vec();
            circle.push(node.to_string());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flat_map(BTreeMap::keys) {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(c) = visit(node, graph, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}
