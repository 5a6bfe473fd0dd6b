//! Tests of merging: one line per situation, a conflict kept and resolved, idempotence,
//! undo, independence of file order, and merging a set into itself.

use proptest::prelude::*;

use super::{conflict_base, conflict_id, conflicts, plan, plan_many, Keep, MergePlan};
use crate::anchor::reanchor;
use crate::annotations::{Annotations, History, Id, Item, QuoteKind, Stamp, StanceValue, Target};
use crate::article::Article;
use crate::detect::detect;

const TEXT: &str = "Talks begin\n“We will meet in Riyadh,” President Donald Trump said. \
Trump called the plan “historic”. One senior European diplomat said: “Europe must be at the table.”";

fn start() -> (Article, Annotations) {
    let article = Article::parse(TEXT).expect("not empty");
    let set = Annotations::from_detection(&article, &detect(&article), &["Peace", "Europe"]);
    (article, set)
}

fn by(who: &str) -> Stamp {
    Stamp::new("2026-11-29T10:00:00Z", Some(who))
}

fn quote(set: &Annotations, i: usize) -> Id {
    set.quotes_in_order()[i].id.clone()
}

fn topic(set: &Annotations, i: usize) -> Id {
    set.topics_in_order()[i].id.clone()
}

/// What one side does to the detected start.
type Step = fn(&mut Annotations);

fn stance(set: &mut Annotations, who: &str, value: StanceValue) {
    let target = Target::Quote(quote(set, 0));
    let edit = set.set_stance(&target, &topic(set, 0), Some(value), "", &by(who));
    set.apply(&edit);
}

fn nothing(_: &mut Annotations) {}
fn ada_favours(set: &mut Annotations) {
    stance(set, "Ada", StanceValue::Favor);
}
fn bo_favours(set: &mut Annotations) {
    stance(set, "Bo", StanceValue::Favor);
}
fn bo_opposes(set: &mut Annotations) {
    stance(set, "Bo", StanceValue::Against);
}
fn confirms(set: &mut Annotations) {
    set.apply(&set.confirm(&quote(set, 1), &by("Bo")));
}
/// Bo makes the one-word quote "historic" a direct quote (the detector did not).
fn direct(set: &mut Annotations) {
    set.apply(&set.set_quote_kind(&quote(set, 1), QuoteKind::Direct, &by("Bo")));
}
/// Ada gives it the kind that is neither the detector's nor Bo's.
fn other_kind(set: &mut Annotations) {
    let other = match set.quotes_in_order()[1].kind {
        QuoteKind::Scare => QuoteKind::Partial,
        _ => QuoteKind::Scare,
    };
    set.apply(&set.set_quote_kind(&quote(set, 1), other, &by("Ada")));
}
fn deletes(set: &mut Annotations) {
    set.apply(&set.delete(&quote(set, 2), &by("Bo")));
}
fn adds_topic_and_note(set: &mut Annotations) {
    set.apply(&set.add_topic("Sanctions", "bo", &by("Bo")));
    let span = set.quotes_in_order()[0].span;
    set.apply(&set.add_note(span, "Check this", "bo", &by("Bo")));
}
fn busy(set: &mut Annotations) {
    adds_topic_and_note(set);
    bo_opposes(set);
    direct(set);
}

#[test]
fn plans_say_what_a_merge_will_do() {
    #[rustfmt::skip]
    let cases: &[(&str, Step, Step, &str)] = &[
        ("same file", nothing, nothing, "nothing new"),
        ("incoming stance", nothing, bo_favours, "1 new"),
        ("incoming confirms an unedited detection", nothing, confirms, "1 changed"),
        ("incoming corrects an unedited detection", nothing, direct, "1 changed"),
        ("incoming deletes an unedited detection", nothing, deletes, "1 changed"),
        ("both set the same stance", ada_favours, bo_favours, "nothing new"),
        ("both set different stances", ada_favours, bo_opposes, "1 conflict"),
        ("both corrected a quote differently", other_kind, direct, "1 conflict"),
        ("current corrected, incoming did not", other_kind, nothing, "nothing new"),
        ("current confirmed, incoming corrected", confirms, direct, "1 conflict"),
        ("new topic and note", nothing, adds_topic_and_note, "2 new"),
        ("a bit of everything", ada_favours, busy, "2 new, 1 changed, 1 conflict"),
    ];
    for (name, mine, theirs, want) in cases {
        let (_, base) = start();
        let (mut current, mut incoming) = (base.clone(), base);
        mine(&mut current);
        theirs(&mut incoming);
        assert_eq!(plan(&current, &incoming).summary(), *want, "{name}");
    }
}

#[test]
fn summaries_count_in_words() {
    let (_, set) = start();
    let mut a = set.clone();
    ada_favours(&mut a);
    let (mut b, mut c) = (set.clone(), set.clone());
    bo_opposes(&mut b);
    stance(&mut c, "Cy", StanceValue::Neutral);
    let two = plan_many(&a, &[&b, &c]);
    assert_eq!(two.summary(), "2 conflicts");
    let counts = two.counts();
    assert_eq!((counts.conflicts, counts.unchanged), (2, set.len()));

    // Orphans of re-anchoring count as "could not be placed".
    let old = Article::parse(TEXT).unwrap();
    let shorter = Article::parse("Talks begin\nNothing else is left of it.").unwrap();
    let (placed, orphans) = reanchor(old.text(), &shorter, &set);
    let merge = plan(&Annotations::new(), &placed).with_orphans(orphans);
    let c = merge.counts();
    assert!(c.unplaced >= 2, "{c:?}");
    assert!(
        merge
            .summary()
            .ends_with(&format!("{} could not be placed", c.unplaced)),
        "{}",
        merge.summary()
    );
    assert_eq!(MergePlan::default().summary(), "nothing new");
}

#[test]
fn a_conflict_stays_visible_until_resolved() {
    let (_, set) = start();
    let (mut mine, mut theirs) = (set.clone(), set);
    ada_favours(&mut mine);
    bo_opposes(&mut theirs);
    let stance_id = Annotations::stance_id(&Target::Quote(quote(&mine, 0)), &topic(&mine, 0));

    let mut history = History::default();
    let before = mine.clone();
    let merge = plan(&mine, &theirs).edit();
    assert!(history.apply(&mut mine, &merge));
    // The current stance is untouched; Bo's is stored beside it.
    let target = Target::Quote(quote(&mine, 0));
    assert_eq!(
        mine.stance(&target, &topic(&mine, 0)).unwrap().value,
        StanceValue::Favor
    );
    let found = conflicts(&mine);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, conflict_id(&stance_id, 1));
    assert_eq!(found[0].base, stance_id);
    let value = |item: &Item| match item {
        Item::Stance(s) => (s.value, s.provenance.creator.as_deref().map(String::from)),
        other => panic!("not a stance: {other:?}"),
    };
    assert_eq!(
        value(found[0].current.as_ref().unwrap()),
        (StanceValue::Favor, Some("Ada".into()))
    );
    assert_eq!(
        value(&found[0].incoming),
        (StanceValue::Against, Some("Bo".into()))
    );

    // Keep Bo's version: it takes the stance's place and the record goes.
    let resolved = mine.resolve_conflict(&found[0].id, Keep::Incoming);
    history.apply(&mut mine, &resolved);
    assert_eq!(
        mine.stance(&target, &topic(&mine, 0)).unwrap().value,
        StanceValue::Against
    );
    assert!(conflicts(&mine).is_empty());
    // Or keep the current one: undo, then resolve the other way.
    history.undo(&mut mine);
    let keep_current = mine.resolve_conflict(&found[0].id, Keep::Current);
    history.apply(&mut mine, &keep_current);
    assert_eq!(
        mine.stance(&target, &topic(&mine, 0)).unwrap().value,
        StanceValue::Favor
    );
    assert!(conflicts(&mine).is_empty());
    // Undoing both steps restores the set exactly.
    history.undo(&mut mine);
    history.undo(&mut mine);
    assert_eq!(mine, before);
    // Resolving something that is not a conflict record changes nothing.
    assert!(mine.resolve_conflict(&stance_id, Keep::Incoming).is_empty());
}

#[test]
fn merging_the_same_file_twice_adds_nothing_the_second_time() {
    let (_, set) = start();
    let (mut mine, mut theirs) = (set.clone(), set);
    ada_favours(&mut mine);
    busy(&mut theirs);
    let first = plan(&mine, &theirs);
    assert!(!first.is_empty());
    mine.apply(&first.edit());
    let again = plan(&mine, &theirs);
    assert!(again.is_empty(), "{:?}", again.entries);
    assert_eq!(again.summary(), "nothing new");
    // A file saved after the merge (with its conflict records) merges back as nothing new.
    assert!(plan(&theirs, &mine)
        .entries
        .iter()
        .all(|e| e.outcome == super::Outcome::Conflict));
    let mut theirs2 = theirs.clone();
    theirs2.apply(&plan(&theirs, &mine).edit());
    assert!(plan(&theirs2, &mine).is_empty());
}

#[test]
fn many_files_merge_the_same_in_any_order() {
    let (_, set) = start();
    let teacher = set.clone();
    let mut students = Vec::new();
    for (who, value) in [
        ("Ada", StanceValue::Favor),
        ("Bo", StanceValue::Against),
        ("Cy", StanceValue::Favor),
    ] {
        let mut s = set.clone();
        stance(&mut s, who, value);
        students.push(s);
    }
    let [a, b, c] = [&students[0], &students[1], &students[2]];
    let one = plan_many(&teacher, &[a, b, c]);
    assert_eq!(one, plan_many(&teacher, &[c, b, a]));
    assert_eq!(one, plan_many(&teacher, &[b, c, a]));
    // Ada's and Cy's stances agree: one new stance, Bo's a conflict beside it.
    assert_eq!(one.summary(), "1 new, 1 conflict");
}

#[test]
fn conflict_ids_name_their_item() {
    let cases: &[(&str, Option<&str>)] = &[
        ("quote-3~conflict-2", Some("quote-3")),
        (
            "stance:quote:quote-1:topic-1~conflict-10",
            Some("stance:quote:quote-1:topic-1"),
        ),
        ("quote-3", None),
        ("quote-3~conflict-", None),
        ("quote-3~conflict-x", None),
        ("~conflict-1", None),
    ];
    for &(id, base) in cases {
        assert_eq!(conflict_base(&Id::new(id)), base.map(Id::new), "{id}");
    }
}

/// A random history of edits on the detected start.
fn edited(ops: &[(u8, usize, usize)]) -> Annotations {
    let (_, mut set) = start();
    for &(op, i, j) in ops {
        let quotes = set.quotes_in_order();
        if quotes.is_empty() {
            break;
        }
        let q = quotes[i % quotes.len()].id.clone();
        let who = if j % 2 == 0 { "Ada" } else { "Bo" };
        let stamp = Stamp::new(&format!("2026-11-29T10:00:{:02}Z", j % 60), Some(who));
        let edit = match op % 5 {
            0 => {
                let t = topic(&set, j % 2);
                let value = StanceValue::ALL[j % 4];
                set.set_stance(&Target::Quote(q), &t, Some(value), "", &stamp)
            }
            1 => set.add_note(quotes[i % quotes.len()].span, "note", who, &stamp),
            2 => set.delete(&q, &stamp),
            3 => set.confirm(&q, &stamp),
            _ => set.set_quote_kind(
                &q,
                [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Scare][j % 3],
                &stamp,
            ),
        };
        set.apply(&edit);
    }
    set
}

proptest! {
    /// Merging a set into itself changes nothing.
    #[test]
    fn merging_a_set_into_itself_is_a_no_op(ops in proptest::collection::vec((0u8..5, 0usize..8, 0usize..60), 0..12)) {
        let set = edited(&ops);
        prop_assert!(plan(&set, &set).is_empty());
    }

    /// Merging twice adds nothing the second time, and undo restores exactly.
    #[test]
    fn merges_are_idempotent_and_undoable(
        mine in proptest::collection::vec((0u8..5, 0usize..8, 0usize..60), 0..10),
        theirs in proptest::collection::vec((0u8..5, 0usize..8, 0usize..60), 0..10),
    ) {
        let (mut current, incoming) = (edited(&mine), edited(&theirs));
        let before = current.clone();
        let mut history = History::default();
        let merge = plan(&current, &incoming).edit();
        history.apply(&mut current, &merge);
        prop_assert!(plan(&current, &incoming).is_empty());
        history.undo(&mut current);
        prop_assert_eq!(current, before);
    }
}

#[test]
fn importing_a_file_made_on_another_copy_places_it_and_counts_what_is_lost() {
    use crate::format::whosaid::{read, write, Meta};
    let old =
        Article::parse("Talks\n“We will meet in Riyadh,” Donald Trump said. Nobody else spoke.")
            .unwrap();
    let new =
        Article::parse("Talks\nUpdated: “We will meet in Riyadh,” Donald Trump said.").unwrap();
    let theirs = Annotations::from_detection(&old, &detect(&old), &["Peace"]);
    let mut theirs_edited = theirs.clone();
    let stamp = Stamp::new("2026-11-29T10:00:00Z", Some("Bo"));
    let note_span = crate::span::Span::new(
        old.text().find("Nobody").unwrap(),
        old.text().find("spoke").unwrap() + "spoke".len(),
    );
    let e = theirs_edited.add_note(note_span, "gone in the new copy", "b", &stamp);
    theirs_edited.apply(&e);
    let file = read(
        "b.whosaid.json",
        write(&old, &theirs_edited, &Meta::default()).as_bytes(),
    )
    .unwrap();
    let mine = Annotations::from_detection(&new, &detect(&new), &["Peace"]);
    let import = super::plan_files(&new, &mine, &[("b.whosaid.json".into(), file)]);
    assert_eq!(import.summary(), "1 could not be placed");
}

// ---- orphans: what could not be placed is kept, saved, merged and placed later ----

/// Bo's file on `OLD_COPY`: a note on the last sentence, a stance on its quote and a note
/// on the first; `NEW_COPY` lacks the last sentence.
const OLD_COPY: &str = "Talks\n“We will meet in Riyadh,” Donald Trump said. \
Aides said: “The envoys landed in Geneva on Friday night.”";
const NEW_COPY: &str = "Talks\n“We will meet in Riyadh,” Donald Trump said.";

fn bo_file() -> (String, crate::format::AnnotationFile) {
    use crate::format::whosaid::{read, write, Meta};
    let old = Article::parse(OLD_COPY).unwrap();
    let mut set = Annotations::from_detection(&old, &detect(&old), &["Peace"]);
    let stamp = by("Bo");
    let lost = old.text().find("The envoys").unwrap();
    let span = |from: usize, text: &str| crate::span::Span::new(from, from + text.len());
    let e = set.add_note(
        span(lost, "The envoys landed"),
        "check the city",
        "b",
        &stamp,
    );
    set.apply(&e);
    let kept = old.text().find("We will").unwrap();
    let e = set.add_note(span(kept, "We will meet"), "a promise", "b", &stamp);
    set.apply(&e);
    let geneva = set
        .quotes_in_order()
        .into_iter()
        .find(|q| q.span.of(old.text()).contains("Geneva"))
        .expect("the detector finds the Geneva quote")
        .id
        .clone();
    let e = set.set_stance(
        &Target::Quote(geneva),
        &topic(&set, 0),
        Some(StanceValue::Neutral),
        "",
        &stamp,
    );
    set.apply(&e);
    let meta = Meta {
        annotator: Some("Bo".into()),
        exported: None,
    };
    let name = "bo.whosaid.json".to_string();
    let file = read(&name, write(&old, &set, &meta).as_bytes()).unwrap();
    (name, file)
}

/// My work on the new copy with Bo's file merged in.
fn with_bo_merged() -> (Article, Annotations, Annotations) {
    let new = Article::parse(NEW_COPY).unwrap();
    let mine = Annotations::from_detection(&new, &detect(&new), &["Peace"]);
    let import = super::plan_files(&new, &mine, &[bo_file()]);
    let mut merged = mine.clone();
    let mut history = History::default();
    history.apply(&mut merged, &import.plan.edit());
    (new, mine, merged)
}

fn orphan_items(set: &Annotations) -> Vec<(String, &'static str, String)> {
    set.orphans()
        .map(|o| (o.item.id().to_string(), o.item.kind_name(), o.text()))
        .collect()
}

#[test]
fn an_import_keeps_what_it_cannot_place_as_orphans_in_one_undoable_step() {
    let new = Article::parse(NEW_COPY).unwrap();
    let mine = Annotations::from_detection(&new, &detect(&new), &["Peace"]);
    let import = super::plan_files(&new, &mine, &[bo_file()]);
    // The lost note, the lost quote, its stance and its speaker's mention could not be
    // placed (the first quote's cue neither, but the quote is placed); the placed note and
    // the speaker are new.
    assert_eq!(import.summary(), "2 new, 4 could not be placed");
    let mut set = mine.clone();
    let mut history = History::default();
    history.apply(&mut set, &import.plan.edit());
    let kinds: Vec<_> = orphan_items(&set).iter().map(|o| o.1).collect();
    assert_eq!(kinds, ["mention", "note", "quote", "quote", "stance"]);
    let note = set
        .orphans()
        .find(|o| o.item.kind_name() == "note")
        .unwrap();
    assert_eq!(note.anchors[0].exact, "The envoys landed");
    assert_eq!(
        note.anchors[0].start_cp,
        OLD_COPY
            .find("The envoys")
            .map(|b| OLD_COPY[..b].chars().count())
            .unwrap()
    );
    assert_eq!(note.file.as_deref(), Some("bo.whosaid.json"));
    assert_eq!(note.annotator.as_deref(), Some("Bo"));
    assert_eq!(note.reason, crate::annotations::Unplaced::NotFound);
    // Undo takes the orphans out with the rest of the import.
    history.undo(&mut set);
    assert_eq!(set, mine);
}

#[test]
fn orphans_survive_the_whosaid_file_and_deleting_one_is_undoable() {
    use crate::format::whosaid::{read, write, Meta};
    let (new, _, merged) = with_bo_merged();
    assert_eq!(merged.orphans().count(), 5);
    let json = write(&new, &merged, &Meta::default());
    assert!(json.contains("\"orphans\""));
    let back = read("x.whosaid.json", json.as_bytes()).unwrap();
    assert_eq!(back.annotations, merged);
    let mut set = merged.clone();
    let id = set.orphans().next().unwrap().id.clone();
    let mut history = History::default();
    let delete = set.delete(&id, &by("Ada"));
    history.apply(&mut set, &delete);
    assert_eq!(set.orphans().count(), 4);
    history.undo(&mut set);
    assert_eq!(set, merged);
    // A file without orphans has no "orphans" field: version 1 files stay as they were.
    let (_, plain) = start();
    let article = Article::parse(TEXT).unwrap();
    assert!(!write(&article, &plain, &Meta::default()).contains("\"orphans\""));
}

#[test]
fn merging_files_with_the_same_orphans_adds_them_once() {
    let (new, _, merged) = with_bo_merged();
    // Importing Bo's file again, and a file that already holds his orphans, adds nothing.
    let again = super::plan_files(&new, &merged, &[bo_file()]);
    assert!(again.plan.is_empty(), "{:?}", again.plan.entries);
    let carried = crate::format::whosaid::write(&new, &merged, &Default::default());
    let carried = crate::format::whosaid::read("ada.whosaid.json", carried.as_bytes()).unwrap();
    let twice = super::plan_files(
        &new,
        &merged,
        &[bo_file(), ("ada.whosaid.json".into(), carried.clone())],
    );
    assert!(twice.plan.is_empty());
    // Into a fresh set, both files bring each orphan once.
    let fresh = Annotations::from_detection(&new, &detect(&new), &["Peace"]);
    let both = super::plan_files(
        &new,
        &fresh,
        &[bo_file(), ("ada.whosaid.json".into(), carried)],
    );
    let mut set = fresh.clone();
    set.apply(&both.plan.edit());
    assert_eq!(orphan_items(&set), orphan_items(&merged));
}

#[test]
fn orphans_are_placed_when_imported_onto_a_copy_where_they_fit() {
    let (new, _, merged) = with_bo_merged();
    let carried = crate::format::whosaid::write(&new, &merged, &Default::default());
    let carried = crate::format::whosaid::read("ada.whosaid.json", carried.as_bytes()).unwrap();
    // Back on the old copy, the note, the quote and the stance all find their place.
    let old = Article::parse(OLD_COPY).unwrap();
    let (placed, lost) = reanchor(carried.article.text(), &old, &carried.annotations);
    assert!(lost.is_empty());
    assert_eq!(placed.orphans().count(), 0);
    let note = placed
        .notes_in_order()
        .into_iter()
        .find(|n| n.text == "check the city")
        .expect("the orphaned note is placed");
    assert_eq!(note.span.of(old.text()), "The envoys landed");
    let geneva = placed
        .quotes_in_order()
        .into_iter()
        .find(|q| q.span.of(old.text()).contains("Geneva"))
        .expect("the orphaned quote is placed");
    assert_eq!(
        placed.stances_of(&Target::Quote(geneva.id.clone())).len(),
        1
    );
    // Merging it into fresh work on the old copy brings them as ordinary items.
    let fresh = Annotations::from_detection(&old, &detect(&old), &["Peace"]);
    let import = super::plan_files(&old, &fresh, &[("ada.whosaid.json".into(), carried)]);
    let mut set = fresh.clone();
    set.apply(&import.plan.edit());
    assert_eq!(set.orphans().count(), 0);
    assert!(set
        .notes_in_order()
        .iter()
        .any(|n| n.text == "check the city"));
}

#[test]
fn an_orphaned_stance_never_lands_on_another_quote_with_its_quotes_id() {
    // This copy has a second quote too, which the detector also calls quote-2.
    let new = Article::parse(
        "Talks\n“We will meet in Riyadh,” Donald Trump said. Aides said: “Nothing was agreed.”",
    )
    .unwrap();
    let mine = Annotations::from_detection(&new, &detect(&new), &["Peace"]);
    let import = super::plan_files(&new, &mine, &[bo_file()]);
    let mut set = mine.clone();
    set.apply(&import.plan.edit());
    let lost_stance = |set: &Annotations| {
        set.orphans()
            .any(|o| matches!(&o.item, Item::Stance(s) if s.value == StanceValue::Neutral))
    };
    assert!(lost_stance(&set));
    assert_eq!(set.stances().count(), 0);
    // Re-importing the work here leaves the stance an orphan and adds nothing.
    let json = crate::format::whosaid::write(&new, &set, &Default::default());
    let file = crate::format::whosaid::read("ada.whosaid.json", json.as_bytes()).unwrap();
    let again = super::plan_files(&new, &set, &[("ada.whosaid.json".into(), file)]);
    assert!(again.plan.is_empty(), "{:?}", again.plan.entries);
}
