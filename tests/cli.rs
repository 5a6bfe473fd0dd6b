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

const FILES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/files");

#[test]
fn convert_prepares_files_in_batch_and_validate_checks_them() {
    let article = temp_file(
        "batch.txt",
        b"Envoys meet\n\xe2\x80\x9cWe will meet,\xe2\x80\x9d Donald Trump said.\n",
    );
    let json = format!("{}/batch.whosaid.json", env!("CARGO_TARGET_TMPDIR"));
    let o = run(
        &[
            "convert",
            &article,
            "--to",
            "json",
            "-o",
            &json,
            "--annotator",
            "Ada",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["validate", &json], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout)
        .contains("valid whosaid JSON file: 1 topics, 1 actors, 1 quotes"));
    let w3c = format!("{}/batch.jsonld", env!("CARGO_TARGET_TMPDIR"));
    let o = run(&["convert", &json, "--to", "w3c", "-o", &w3c], None);
    assert!(o.status.success(), "{}", stderr(&o));
    // W3C files do not carry the article: it must be given (the default article excepted).
    let o = run(&["validate", &w3c], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("does not carry the article's text"));
    let o = run(&["validate", &w3c, "--article", &article], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let csv = format!("{}/batch.csv", env!("CARGO_TARGET_TMPDIR"));
    let o = run(
        &[
            "convert",
            &w3c,
            "--article",
            &article,
            "--to",
            "csv",
            "-o",
            &csv,
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let quotes = std::fs::read_to_string(&csv).unwrap();
    assert!(quotes.starts_with("\u{feff}id,speaker,kind,text,Envoys meet,note,origin\r\n"));
    assert!(
        quotes.contains("quote-1,Donald Trump,direct,\"We will meet,\",,,detected\r\n"),
        "{quotes}"
    );
    let actors = std::fs::read_to_string(csv.replace(".csv", ".actors.csv")).unwrap();
    assert!(
        actors.contains("actor-1,Donald Trump,person,,1,1\r\n"),
        "{actors}"
    );
}

#[test]
fn validate_exit_codes_and_messages() {
    let good = format!("{FILES}/valid/small.whosaid.json");
    let bad = format!("{FILES}/malformed/quote-speaker-dangling.json");
    let o = run(&["validate", &good], None);
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["validate", &good, &bad], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(
        "quote-speaker-dangling.json: quotes[0] (id \"quote-1\"), field \"speaker\": no actor has the id \"actor-9\""
    ));
    assert_eq!(run(&["validate"], None).status.code(), Some(2));
    assert_eq!(
        run(&["convert", &good, "--to", "pdf"], None).status.code(),
        Some(2)
    );
    // A 200 MB file is refused by its size, without being read (the file is sparse).
    let big = format!("{}/huge.whosaid.json", env!("CARGO_TARGET_TMPDIR"));
    std::fs::File::create(&big)
        .unwrap()
        .set_len(200 * 1024 * 1024)
        .unwrap();
    let o = run(&["validate", &big], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("huge.whosaid.json: the file is too large to read (200.0 MB); annotation files can be up to 32 MB"), "{}", stderr(&o));
    std::fs::remove_file(&big).unwrap();
}

#[test]
fn merge_combines_a_class_and_reports_conflicts() {
    use whosaid::annotations::{default_topics, Annotations, Stamp, StanceValue, Target};
    use whosaid::article::Article;
    use whosaid::format::whosaid::{write, Meta};
    let article = Article::parse(whosaid::DEFAULT_ARTICLE).unwrap();
    let start = Annotations::from_detection(
        &article,
        &whosaid::detect::detect(&article),
        &default_topics(&article),
    );
    let quote = Target::Quote(start.quotes_in_order()[3].id.clone());
    let topic = start.topics_in_order()[0].id.clone();
    let student = |who: &str, value| {
        let mut set = start.clone();
        let stamp = Stamp::new("2026-11-29T10:00:00Z", Some(who));
        set.apply(&set.set_stance(&quote, &topic, Some(value), "", &stamp));
        temp_file(
            &format!("{who}.whosaid.json"),
            write(&article, &set, &Meta::default()).as_bytes(),
        )
    };
    let base = temp_file(
        "teacher.whosaid.json",
        write(&article, &start, &Meta::default()).as_bytes(),
    );
    let (ada, bo) = (
        student("ada", StanceValue::Favor),
        student("bo", StanceValue::Against),
    );
    let out = format!("{}/class.whosaid.json", env!("CARGO_TARGET_TMPDIR"));
    let o = run(&["merge", &base, &ada, &bo, "-o", &out], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("1 new, 1 conflict"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("conflict on stance:quote:"),
        "{}",
        stderr(&o)
    );
    let o = run(&["validate", &out], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("~conflict-1"));
    // A file that cannot be read stops the merge with its message, and writes nothing.
    let bad = temp_file("bad.whosaid.json", b"{");
    let out2 = format!("{}/never.whosaid.json", env!("CARGO_TARGET_TMPDIR"));
    let o = run(&["merge", &base, &bad, "-o", &out2], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("bad.whosaid.json"));
    assert!(!std::path::Path::new(&out2).exists());
    // One file is a usage error.
    assert_eq!(
        run(&["merge", &base, "-o", &out2], None).status.code(),
        Some(2)
    );
}

#[test]
fn merge_and_convert_keep_what_could_not_be_placed() {
    use whosaid::annotations::{default_topics, Annotations, Stamp};
    use whosaid::article::Article;
    use whosaid::format::whosaid::{write, Meta};
    use whosaid::span::Span;
    let full = Article::parse(whosaid::DEFAULT_ARTICLE).unwrap();
    // The teacher's copy lacks the fourth line, on which Bo left a note.
    let lines: Vec<&str> = full.text().lines().collect();
    let lost = lines[3];
    let short = Article::parse(&[&lines[..3], &lines[4..]].concat().join("\n")).unwrap();
    let teacher = Annotations::from_detection(
        &short,
        &whosaid::detect::detect(&short),
        &default_topics(&short),
    );
    let mut bo = Annotations::from_detection(
        &full,
        &whosaid::detect::detect(&full),
        &default_topics(&full),
    );
    let at = full.text().find(lost).unwrap();
    let stamp = Stamp::new("2026-11-29T10:00:00Z", Some("Bo"));
    let words: String = lost.chars().take(30).collect();
    let edit = bo.add_note(
        Span::new(at, at + words.len()),
        "only in the long copy",
        "b",
        &stamp,
    );
    bo.apply(&edit);
    let base = temp_file(
        "orphans-teacher.whosaid.json",
        write(&short, &teacher, &Meta::default()).as_bytes(),
    );
    let bo = temp_file(
        "orphans-bo.whosaid.json",
        write(&full, &bo, &Meta::default()).as_bytes(),
    );
    let out = format!("{}/orphans-class.whosaid.json", env!("CARGO_TARGET_TMPDIR"));
    let o = run(&["merge", &base, &bo, "-o", &out], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("kept in the merged file as orphaned"),
        "{}",
        stderr(&o)
    );
    let merged = std::fs::read_to_string(&out).unwrap();
    let count = |text: &str| text.matches("\"reason\": ").count();
    let orphans = count(&merged);
    assert!(
        orphans > 0 && merged.contains("only in the long copy"),
        "{merged}"
    );
    let o = run(&["validate", &out], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let said = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        said.contains(&format!("{orphans} that could not be placed")),
        "{said}"
    );
    // Merging the merged file with Bo's again adds no second copy of any orphan.
    let again = format!("{}/orphans-again.whosaid.json", env!("CARGO_TARGET_TMPDIR"));
    let o = run(&["merge", &out, &bo, "-o", &again], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(count(&std::fs::read_to_string(&again).unwrap()), orphans);
    // Converting the file to whosaid JSON keeps them.
    let converted = format!(
        "{}/orphans-converted.whosaid.json",
        env!("CARGO_TARGET_TMPDIR")
    );
    let o = run(&["convert", &out, "--to", "json", "-o", &converted], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        count(&std::fs::read_to_string(&converted).unwrap()),
        orphans
    );
}
