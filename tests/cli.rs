//! The `whosaid` binary: exit codes, messages and the shape of its JSON.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_whosaid");
const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/dev");

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin is piped")
            .write_all(input)
            .expect("stdin takes the input");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("the binary finishes")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Writes `bytes` to a fresh file in the target directory and returns its path.
fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("the temp dir is writable");
    path.to_string_lossy().into_owned()
}

#[test]
fn help_and_version() {
    let o = run(&["--help"], None);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("detect"));
    let o = run(&["--version"], None);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains(whosaid::VERSION));
}

/// Arguments, standard input, expected exit code, and a text the message must contain.
type Case<'a> = (&'a [&'a str], Option<&'a [u8]>, i32, &'a str);

#[test]
fn exit_codes_and_messages() {
    let cases: &[Case] = &[
        (&["--frobnicate"], None, 2, "--frobnicate"),
        (
            &["detect", "--frobnicate", "x.txt"],
            None,
            2,
            "--frobnicate",
        ),
        (
            &["detect", "/no/such/article.txt"],
            None,
            1,
            "/no/such/article.txt",
        ),
        (
            &["detect", "-"],
            Some(b"\xff\xfe not utf-8"),
            1,
            "not valid UTF-8",
        ),
        (&["detect", "-"], Some(b"  \n\n  "), 1, "empty"),
        (&["eval", "/no/such/dir"], None, 1, "/no/such/dir"),
    ];
    for &(args, stdin, code, message) in cases {
        let o = run(args, stdin);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(message), "{args:?}: {}", stderr(&o));
    }
    let bad = temp_file("bad-utf8.txt", b"caf\xe9");
    let o = run(&["detect", &bad], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("bad-utf8.txt") && stderr(&o).contains("UTF-8"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn detect_prints_the_issue_json() {
    let text = "Zoë Ünal met reporters. “We’ll meet in Riyadh,” Ünal said.\nTalks begin";
    let o = run(&["detect", "-"], Some(text.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("stdout is JSON");
    let article_text = json["article"]["text"].as_str().expect("article.text");
    assert_eq!(json["article"]["title"], "Talks begin");
    let chars: Vec<char> = article_text.chars().collect();
    let slice = |v: &serde_json::Value| -> String {
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        chars[s..e].iter().collect()
    };
    let quote = &json["quotes"][0];
    assert_eq!(quote["id"], 0);
    assert_eq!(quote["text"], "We’ll meet in Riyadh,");
    assert_eq!(
        slice(quote),
        "We’ll meet in Riyadh,",
        "offsets count code points"
    );
    assert_eq!(quote["kind"], "direct");
    assert_eq!(quote["speaker"]["name"], "Zoë Ünal");
    assert_eq!(slice(&quote["cue"]), "said");
    let c = quote["confidence"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&c));
    let speaker = quote["speaker"]["actor"].as_u64().unwrap() as usize;
    let actor = &json["actors"][speaker];
    assert_eq!(actor["id"].as_u64(), Some(speaker as u64));
    assert_eq!(actor["kind"], "person");
    for m in actor["mentions"].as_array().unwrap() {
        assert_eq!(slice(m), m["text"].as_str().unwrap());
    }
}

#[test]
fn detect_reads_a_file() {
    let o = run(&["detect", &format!("{DEV}/articles/seed.txt")], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["quotes"].as_array().unwrap().len(), 14);
}

#[test]
fn eval_checks_the_dev_targets() {
    let o = run(&["eval", DEV, "--check"], None);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("seed") && out.contains("TOTAL") && out.contains("F1"),
        "{out}"
    );
}
