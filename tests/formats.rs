//! Annotation files: every format written and read back (lossless for whosaid JSON, what W3C
//! can hold for W3C), other tools' annotations, the corpus of malformed files with the
//! message each must give, and the exports checked against `docs/schema/whosaid.schema.json`
//! and the W3C's own conformance suite (`../shared/w3c-annotation-model/check.py --strict`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;

use proptest::prelude::*;
use whosaid::annotations::{
    Actor, ActorKind, Annotations, Id, Item, Mention, Note, Origin, Provenance, Quote, QuoteKind,
    Stamp, Stance, StanceValue, Target, Topic,
};
use whosaid::article::Article;
use whosaid::format::{self, w3c, whosaid::Meta, ErrorKind, FileFormat};
use whosaid::span::Span;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn files(dir: &str) -> PathBuf {
    Path::new(ROOT).join("tests/files").join(dir)
}

fn meta() -> Meta {
    Meta {
        annotator: Some("Ada Ünal".into()),
        exported: Some("2026-11-29T10:00:00Z".into()),
    }
}

/// The default article's detections with a person's work on top: a stance on a quote and
/// on an actor, a note, a confirmed quote, a deleted actor and a new topic.
fn worked_on() -> (Article, Annotations) {
    let article = Article::default_article();
    let found = whosaid::detect::detect(&article);
    let topics = whosaid::annotations::default_topics(&article);
    let mut a = Annotations::from_detection(&article, &found, &topics);
    let stamp = Stamp::new("2026-11-29T10:00:00.000Z", Some("Ada"));
    let quote = a.quotes_in_order()[1].id.clone();
    let actor = a.actors_in_order()[0].id.clone();
    let topic = a.topics_in_order()[0].id.clone();
    let edits = [
        a.set_stance(
            &Target::Quote(quote.clone()),
            &topic,
            Some(StanceValue::Against),
            "Firm.",
            &stamp,
        ),
        a.set_stance(
            &Target::Actor(actor),
            &topic,
            Some(StanceValue::Favor),
            "",
            &stamp,
        ),
        a.add_note(Span::new(0, 5), "Headline “spin”?", "t1", &stamp),
        a.confirm(&quote, &stamp),
        a.delete(&a.actors_in_order()[3].id.clone(), &stamp),
        a.add_topic("Sanctions", "t1", &stamp),
    ];
    for e in &edits {
        a.apply(e);
    }
    (article, a)
}

#[test]
fn whosaid_json_round_trip_is_exact() {
    let (article, a) = worked_on();
    let json = format::whosaid::write(&article, &a, &meta());
    let file = format::read_annotations("work.whosaid.json", json.as_bytes(), None).unwrap();
    assert_eq!(file.format, FileFormat::Whosaid);
    assert_eq!(file.article, article);
    assert_eq!(file.annotations, a);
    assert_eq!(file.annotator.as_deref(), Some("Ada Ünal"));
    assert_eq!(file.exported.as_deref(), Some("2026-11-29T10:00:00Z"));
    assert_eq!(file.app_version.as_deref(), Some(whosaid::VERSION));
    // Written again, byte for byte the same file.
    assert_eq!(
        format::whosaid::write(&file.article, &file.annotations, &meta()),
        json
    );
}

#[test]
fn w3c_round_trip_keeps_what_w3c_holds() {
    let (article, a) = worked_on();
    let json = w3c::write(&article, &a, &meta());
    let file = format::read_annotations("work.jsonld", json.as_bytes(), Some(&article)).unwrap();
    assert_eq!(file.format, FileFormat::W3c);
    assert_eq!(file.annotations, w3c::holds(&a));
    // The default article is found without being given.
    let file = format::read_annotations("work.jsonld", json.as_bytes(), None).unwrap();
    assert_eq!(file.annotations, w3c::holds(&a));
    assert_eq!(file.annotator.as_deref(), Some("Ada Ünal"));
    // What it loses: the deleted actor (and its mentions), nothing else here.
    assert!(a.len() > file.annotations.len());
    assert_eq!(w3c::holds(&w3c::holds(&a)), w3c::holds(&a));
}

#[test]
fn csv_tables_open_in_spreadsheets() {
    let (article, a) = worked_on();
    let quotes = format::csv::quotes(&article, &a);
    assert!(quotes.starts_with("\u{feff}id,speaker,kind,text,"));
    assert!(quotes.ends_with("\r\n"));
    assert!(!quotes.replace("\r\n", "").contains('\r'));
    let header = quotes.lines().next().unwrap();
    assert!(header.ends_with(",Sanctions,note,origin"), "{header}");
    // A quote with commas and curly quotes is one quoted field; the stance is in its column.
    assert!(
        quotes.contains("against,,,,,Firm.") || quotes.contains(",against,"),
        "{quotes}"
    );
    let rows = quotes.matches("\r\n").count();
    assert_eq!(rows, a.quotes_in_order().len() + 1);
    let actors = format::csv::actors(&a);
    assert!(actors.starts_with("\u{feff}id,name,kind,role,mentions,quotes\r\n"));
    assert!(actors.contains("Donald Trump,person,"), "{actors}");
    assert_eq!(
        actors.matches("\r\n").count(),
        a.actors_in_order().len() + 1
    );
    let one = Annotations::from_detection(
        &Article::parse("“Yes, “no”,” she said.").unwrap(),
        &whosaid::detect::Detection::default(),
        &["a, b"],
    );
    assert!(format::csv::quotes(&article, &one)
        .starts_with("\u{feff}id,speaker,kind,text,\"a, b\",note,origin\r\n"));
}

fn small() -> (Article, Vec<u8>) {
    let bytes = std::fs::read(files("valid/small.whosaid.json")).unwrap();
    let file = format::read_annotations("small.whosaid.json", &bytes, None).unwrap();
    (file.article, bytes)
}

#[test]
fn hypothesis_and_recogito_annotations_become_notes() {
    let (article, _) = small();
    let read = |name: &str| {
        let bytes = std::fs::read(files(&format!("valid/{name}"))).unwrap();
        format::read_annotations(name, &bytes, Some(&article)).unwrap()
    };
    let h = read("hypothesis.json");
    assert_eq!(h.format, FileFormat::Foreign);
    let notes = h.annotations.notes_in_order();
    assert_eq!(notes.len(), 1);
    let n = &notes[0];
    assert_eq!(n.id.as_str(), "Ab3xQ9kREe6z1w");
    assert_eq!(n.span.of(article.text()), "on Tuesday");
    assert_eq!(
        n.text,
        "Which Tuesday? The date is missing.\n\nTags: dates, sourcing"
    );
    assert_eq!(n.provenance.creator.as_deref(), Some("Mira K."));
    assert_eq!(n.provenance.origin, Origin::Added);
    assert_eq!(
        n.provenance.created.as_deref(),
        Some("2026-11-20T09:15:02.474000+00:00")
    );
    assert_eq!(
        n.provenance.modified.as_deref(),
        Some("2026-11-20T09:16:40.120000+00:00")
    );
    // The annotation whose text is not in the article is reported, not dropped silently.
    assert_eq!(h.orphans.len(), 1);
    assert_eq!(h.orphans[0].exact, "talks collapsed overnight");
    assert_eq!(h.orphans[0].text, "This sentence was cut from our copy.");
    // …and kept: an orphan record whose note has the annotation's words and where it was.
    let kept: Vec<_> = h.annotations.orphans().collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].anchors.len(), 1);
    assert_eq!(kept[0].anchors[0].exact, "talks collapsed overnight");
    match &kept[0].item {
        Item::Note(n) => assert_eq!(n.text, "This sentence was cut from our copy."),
        other => panic!("a W3C orphan is kept as a note, not {other:?}"),
    }

    // Imported into the open work, it joins as an orphan record naming its file; importing
    // the same file again adds nothing.
    let import = whosaid::merge::plan_files(
        &article,
        &Annotations::new(),
        &[("hypothesis.json".to_string(), h.clone())],
    );
    assert!(
        import.summary().contains("1 could not be placed"),
        "{}",
        import.summary()
    );
    let mut work = Annotations::new();
    let mut history = whosaid::annotations::History::default();
    history.apply(&mut work, &import.plan.edit());
    let kept: Vec<_> = work.orphans().collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].file.as_deref(), Some("hypothesis.json"));
    let again = whosaid::merge::plan_files(
        &article,
        &work,
        &[("hypothesis.json".to_string(), h.clone())],
    );
    assert!(again.plan.is_empty(), "{}", again.summary());

    let r = read("recogito.json");
    let notes = r.annotations.notes_in_order();
    assert_eq!(notes.len(), 1);
    assert_eq!(
        notes[0].span.of(article.text()),
        "One senior European diplomat"
    );
    assert_eq!(notes[0].text, "Anonymous source: who?\n\nTags: anonymous");
    assert_eq!(notes[0].provenance.creator.as_deref(), Some("Ada"));

    // The W3C model's own valid samples read too (their text is not in this article).
    let samples = Path::new(ROOT).join("../shared/w3c-annotation-model/samples");
    for name in [
        "valid_text_quote_commenting.json",
        "valid_array_tag_and_comment.json",
        "valid_collection_first_items.json",
    ] {
        let bytes = std::fs::read(samples.join(name)).unwrap();
        let file = format::read_annotations(name, &bytes, Some(&article)).unwrap();
        assert!(!file.orphans.is_empty(), "{name}");
        assert_eq!(
            file.annotations.orphans().count(),
            file.orphans.len(),
            "{name}: every annotation that could not be placed is kept"
        );
        assert_eq!(
            file.annotations.items().count(),
            file.orphans.len(),
            "{name}: nothing but the orphans"
        );
    }
}

#[test]
fn malformed_files_give_their_messages() {
    let dir = files("malformed");
    let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    let mut checked = Vec::new();
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        let (name, _) = line.split_once(": ").expect("each line is `file: message`");
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let err = format::read_annotations(name, &bytes, None).unwrap_err();
        assert_eq!(err.to_string(), line);
        assert_eq!(err.file, name);
        checked.push(name.to_string());
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    on_disk.sort();
    checked.sort();
    assert_eq!(
        on_disk, checked,
        "every malformed file has its message in expected.txt"
    );
    assert!(checked.len() >= 30);
}

#[test]
fn huge_files_are_refused_before_parsing() {
    let err = format::check_size("class.whosaid.json", 200 * 1024 * 1024).unwrap_err();
    assert_eq!(err.kind, ErrorKind::TooLarge);
    assert_eq!(
        err.to_string(),
        "class.whosaid.json: the file is too large to read (200.0 MB); annotation files can be up to 32 MB"
    );
    assert!(format::check_size("ok.json", format::MAX_ANNOTATION_FILE_BYTES).is_ok());
    let big = vec![b' '; format::MAX_ANNOTATION_FILE_BYTES + 1];
    let err = format::read_annotations("big.json", &big, None).unwrap_err();
    assert_eq!(err.kind, ErrorKind::TooLarge);
}

#[test]
fn offsets_that_miss_their_text_are_placed_by_the_text() {
    let (article, bytes) = small();
    let text = String::from_utf8(bytes).unwrap();
    // Shift quote-2's offsets by one: its exact text still finds it.
    let shifted = text
        .replacen("\"start_cp\": 134", "\"start_cp\": 133", 1)
        .replacen("\"end_cp\": 150", "\"end_cp\": 149", 1);
    assert_ne!(shifted, text);
    let file = format::read_annotations("s.json", shifted.as_bytes(), None).unwrap();
    let q = file.annotations.quote(&Id::new("quote-2")).unwrap();
    assert_eq!(q.span.of(article.text()), "a gift to Moscow");
}

// ---- generated annotation sets ----

const TEXTS: [&str; 2] = [
    "Envoys meet in Riyadh\n“We will meet in Riyadh,” President Donald Trump said on Tuesday.\nOne senior European diplomat called the plan “a gift to Moscow”.",
    "Zoë’s “ça va” 😀 — Καλημέρα\nA line with \"straight\" quotes, commas, and a tab\there.\n混合 text, עברית and ﬁ ligatures.",
];
const NAMES: [&str; 6] = ["Ada", "Zoë Ünal", "", "名前", "O'Brien, \"Bo\"", "x\ny"];
const TIMES: [&str; 3] = [
    "2026-11-29T10:00:00Z",
    "2026-11-29T10:00:00.123Z",
    "2020-02-29T23:59:59+05:30",
];
const IDS: [&str; 6] = ["", "x y", "é/ü", "q%20", "a:b", "#frag"];

/// Draws numbers from a fixed list (what proptest generated), so one builder makes any set.
struct Draw(Vec<u32>, usize);

impl Draw {
    fn n(&mut self, below: usize) -> usize {
        let v = self.0[self.1 % self.0.len()];
        self.1 += 1;
        v as usize % below.max(1)
    }
    fn yes(&mut self) -> bool {
        self.n(2) == 1
    }
    fn id(&mut self, prefix: &str) -> Id {
        let k = self.1;
        Id::new(&format!("{prefix}-{}{k}", IDS[self.n(IDS.len())]))
    }
    fn span(&mut self, text: &str) -> Span {
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let (a, b) = (bounds[self.n(bounds.len())], bounds[self.n(bounds.len())]);
        Span::new(a.min(b), a.max(b))
    }
    fn text(&mut self) -> String {
        ["", "Firm.", "“Spin”, maybe", "line\nbreak", "é😀"][self.n(5)].to_string()
    }
    fn provenance(&mut self) -> Provenance {
        let origin = [
            Origin::Detected,
            Origin::Confirmed,
            Origin::Edited,
            Origin::Added,
        ][self.n(4)];
        let time = |d: &mut Draw| d.yes().then(|| Rc::from(TIMES[d.n(TIMES.len())]));
        Provenance {
            origin,
            creator: self.yes().then(|| Rc::from(NAMES[self.n(NAMES.len())])),
            created: time(self),
            modified: time(self),
        }
    }
}

fn build(text_index: usize, seeds: Vec<u32>) -> (Article, Annotations) {
    let article = Article::parse(TEXTS[text_index % TEXTS.len()]).unwrap();
    let text = article.text();
    let mut d = Draw(seeds, 0);
    let mut a = Annotations::new();
    let mut topics = Vec::new();
    for _ in 0..d.n(4) {
        let t = Topic {
            id: d.id("topic"),
            label: d.text(),
            order: d.n(3) as u32,
            provenance: d.provenance(),
        };
        topics.push(t.id.clone());
        a.insert(Item::Topic(Rc::new(t)));
    }
    let mut actors = Vec::new();
    for _ in 0..d.n(5) {
        let kinds = [
            ActorKind::Person,
            ActorKind::Organization,
            ActorKind::Country,
            ActorKind::Group,
            ActorKind::Anonymous,
        ];
        let role = d.yes().then(|| d.text());
        let x = Actor {
            id: d.id("actor"),
            name: NAMES[d.n(NAMES.len())].to_string(),
            kind: kinds[d.n(5)],
            role,
            deleted: d.n(4) == 0,
            provenance: d.provenance(),
        };
        actors.push(x.id.clone());
        a.insert(Item::Actor(Rc::new(x)));
    }
    if !actors.is_empty() {
        for _ in 0..d.n(6) {
            let actor = actors[d.n(actors.len())].clone();
            let m = Mention {
                id: d.id("mention"),
                actor,
                span: d.span(text),
                deleted: d.n(4) == 0,
                provenance: d.provenance(),
            };
            a.insert(Item::Mention(Rc::new(m)));
        }
    }
    let mut quotes = Vec::new();
    for _ in 0..d.n(5) {
        let speaker = (!actors.is_empty() && d.yes()).then(|| actors[d.n(actors.len())].clone());
        let cue = d.yes().then(|| d.span(text));
        let confidence = if d.yes() {
            d.n(1001) as f32 / 1000.0
        } else {
            (d.n(1 << 24) as f32) / (1u32 << 24) as f32
        };
        let q = Quote {
            id: d.id("quote"),
            span: d.span(text),
            kind: [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Scare][d.n(3)],
            speaker,
            cue,
            confidence,
            note: d.text(),
            deleted: d.n(4) == 0,
            provenance: d.provenance(),
        };
        quotes.push(q.id.clone());
        a.insert(Item::Quote(Rc::new(q)));
    }
    if !topics.is_empty() {
        for _ in 0..d.n(5) {
            let target = if !quotes.is_empty() && (actors.is_empty() || d.yes()) {
                Target::Quote(quotes[d.n(quotes.len())].clone())
            } else if !actors.is_empty() {
                Target::Actor(actors[d.n(actors.len())].clone())
            } else {
                break;
            };
            let topic = topics[d.n(topics.len())].clone();
            let s = Stance {
                id: Annotations::stance_id(&target, &topic),
                target,
                topic,
                value: StanceValue::ALL[d.n(4)],
                note: d.text(),
                provenance: d.provenance(),
            };
            a.insert(Item::Stance(Rc::new(s)));
        }
    }
    for _ in 0..d.n(4) {
        let n = Note {
            id: d.id("note"),
            span: d.span(text),
            text: d.text(),
            provenance: d.provenance(),
        };
        a.insert(Item::Note(Rc::new(n)));
    }
    (article, a)
}

fn sets() -> impl Strategy<Value = (Article, Annotations)> {
    (0..TEXTS.len(), prop::collection::vec(any::<u32>(), 1..300)).prop_map(|(t, s)| build(t, s))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn whosaid_json_gives_back_exactly_what_it_was_given((article, a) in sets()) {
        let json = format::whosaid::write(&article, &a, &meta());
        let file = format::read_annotations("p.whosaid.json", json.as_bytes(), None).unwrap();
        prop_assert_eq!(&file.article, &article);
        prop_assert_eq!(&file.annotations, &a);
    }

    #[test]
    fn w3c_gives_back_what_it_can_hold((article, a) in sets()) {
        let json = w3c::write(&article, &a, &meta());
        let file = format::read_annotations("p.jsonld", json.as_bytes(), Some(&article)).unwrap();
        prop_assert_eq!(&file.annotations, &w3c::holds(&a));
        prop_assert!(file.orphans.is_empty());
    }
}

// ---- the exports against the schema and the W3C's conformance suite ----

/// A Python with the `jsonschema` package: `WHOSAID_PYTHON` (tools/setup.sh sets it to its
/// venv), else `.tools/venv`, else `python3` when it has the package.
fn python() -> String {
    let has_jsonschema = |py: &str| {
        Command::new(py)
            .args(["-c", "import jsonschema"])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let venv = format!("{ROOT}/.tools/venv/bin/python3");
    let candidates = [
        std::env::var("WHOSAID_PYTHON").ok(),
        Some(venv),
        Some("python3".into()),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|p| has_jsonschema(p))
        .unwrap_or_else(|| {
            panic!(
                "no Python with the jsonschema package: run `source tools/setup.sh && \
             ensure_python_tools` (tools/test does) to install it into .tools/venv"
            )
        })
}

fn run_python(args: &[&str]) -> String {
    let out = Command::new(python())
        .args(args)
        .output()
        .expect("python runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{args:?} failed:\n{text}");
    text
}

/// The worked-on default article's work imported into a copy without its third and fourth
/// paragraphs: what was there could not be placed and is kept as orphans.
fn with_orphans() -> (Article, Annotations) {
    let (old, work) = worked_on();
    let lines: Vec<&str> = old.text().lines().collect();
    let short: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| !(3..=4).contains(i))
        .map(|(_, l)| *l)
        .collect();
    let new = Article::parse(&short.join("\n")).unwrap();
    let file = format::whosaid::write(&old, &work, &meta());
    let file = format::whosaid::read("ada.whosaid.json", file.as_bytes()).unwrap();
    let mut set = Annotations::from_detection(&new, &whosaid::detect::detect(&new), &["Peace"]);
    let import = whosaid::merge::plan_files(&new, &set, &[("ada.whosaid.json".into(), file)]);
    set.apply(&import.plan.edit());
    (new, set)
}

#[test]
fn orphans_come_back_from_whosaid_json_and_stay_out_of_w3c_and_csv() {
    let (article, set) = with_orphans();
    let orphans = set.orphans().count();
    assert!(orphans > 3, "only {orphans} orphans");
    let json = format::whosaid::write(&article, &set, &meta());
    let back = format::read_annotations("x.whosaid.json", json.as_bytes(), None).unwrap();
    assert_eq!(back.annotations, set);
    // W3C cannot hold them (see docs/FORMAT.md): the export reads back as what it holds.
    let w = w3c::write(&article, &set, &meta());
    let back = format::read_annotations("x.jsonld", w.as_bytes(), Some(&article)).unwrap();
    assert_eq!(back.annotations, w3c::holds(&set));
    assert_eq!(back.annotations.orphans().count(), 0);
}

/// The exports the external checks look at: the worked-on default article (also imported
/// into a shorter copy, with orphans), the CLI's batch conversion of every dev-set article,
/// and generated sets.
fn exports() -> Vec<(String, Article, Annotations)> {
    let mut out = vec![
        {
            let (article, a) = worked_on();
            ("worked-on".to_string(), article, a)
        },
        {
            let (article, a) = with_orphans();
            ("with-orphans".to_string(), article, a)
        },
    ];
    let dev = Path::new(ROOT).join("../shared/eval/dev/articles");
    let mut names: Vec<_> = std::fs::read_dir(&dev)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    names.sort();
    for path in names {
        let bytes = std::fs::read(&path).unwrap();
        let article =
            whosaid::import::read_article(path.file_name().and_then(|n| n.to_str()), &bytes)
                .unwrap();
        let found = whosaid::detect::detect(&article);
        let a = Annotations::from_detection(
            &article,
            &found,
            &whosaid::annotations::default_topics(&article),
        );
        out.push((
            path.file_stem().unwrap().to_string_lossy().into_owned(),
            article,
            a,
        ));
    }
    for seed in 0..40u32 {
        let seeds: Vec<u32> = (0..300)
            .map(|i| (seed + 1).wrapping_mul(2_654_435_761).rotate_left(i) ^ (i * 7919))
            .collect();
        let (article, a) = build(seed as usize, seeds);
        out.push((format!("generated-{seed}"), article, a));
    }
    out
}

#[test]
fn exports_pass_the_schema_and_the_w3c_conformance_suite() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("exports");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let (mut json_files, mut w3c_files) = (Vec::new(), Vec::new());
    for (name, article, a) in exports() {
        let json = dir.join(format!("{name}.whosaid.json"));
        std::fs::write(&json, format::whosaid::write(&article, &a, &meta())).unwrap();
        json_files.push(json.to_string_lossy().into_owned());
        // check.py takes about a second per ten annotations, so it sees the worked-on default
        // article (every kind of item) and a dozen generated sets; an empty collection has
        // nothing to check.
        let checked = name == "worked-on"
            || name == "with-orphans"
            || name
                .strip_prefix("generated-")
                .is_some_and(|n| n.len() == 1 || n < "12");
        if checked && !w3c::holds(&a).is_empty() {
            let w = dir.join(format!("{name}.jsonld"));
            std::fs::write(&w, w3c::write(&article, &a, &meta())).unwrap();
            w3c_files.push(w.to_string_lossy().into_owned());
        }
    }
    assert!(json_files.len() > 40 && w3c_files.len() > 8);
    let schema = format!("{ROOT}/docs/schema/whosaid.schema.json");
    let mut args = vec![format!("{ROOT}/tools/validate-schema.py"), schema];
    args.extend(json_files.iter().cloned());
    let report = run_python(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(report.contains(" 0 invalid"), "{report}");

    let check = format!("{ROOT}/../shared/w3c-annotation-model/check.py");
    let mut args = vec![check.as_str(), "--strict", "--containers"];
    args.extend(w3c_files.iter().map(String::as_str));
    let report = run_python(&args);
    let last = report.lines().last().unwrap_or("");
    assert!(last.contains(" 0 failed MUST checks"), "{last}");
    println!("W3C conformance ({} files): {last}", w3c_files.len());
}
