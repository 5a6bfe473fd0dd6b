//! Tests of re-anchoring: one line per trap, a property that unchanged text anchors exactly,
//! and whole annotation sets moved between copies of an article.

use proptest::prelude::*;

use super::{anchor, reanchor, Anchorer, OrphanReason, Placement, Selector};
use crate::annotations::{Annotations, Item, Stamp, StanceValue, Target};
use crate::article::Article;
use crate::detect::detect;
use crate::span::Span;

/// Places the `[bracketed]` part of `old` in `new`; the answer shows where, with brackets in
/// the new text: `exact: …`, `moved: …`, `approx N: …` or `orphan`.
fn place(old: &str, new: &str) -> String {
    let start = old.find('[').expect("the old text marks its span");
    let end = old.find(']').expect("the old text marks its span") - 1;
    let text = old.replace(['[', ']'], "");
    let selector = Selector::from_span(&text, Span::new(start, end)).expect("a valid span");
    let show = |s: Span| format!("{}[{}]{}", &new[..s.start], s.of(new), &new[s.end..]);
    match anchor(&selector, new) {
        Placement::Exact(s) => format!("exact: {}", show(s)),
        Placement::Moved(s) => format!("moved: {}", show(s)),
        Placement::Approximate { span, errors } => format!("approx {errors}: {}", show(span)),
        Placement::Orphan => "orphan".into(),
    }
}

#[test]
fn places_annotations_in_changed_text() {
    #[rustfmt::skip]
    let cases: &[(&str, &str, &str)] = &[
        // Unchanged text: where it was.
        ("A [quote] here.", "A quote here.", "exact: A [quote] here."),
        // Text added before it: the same words, further on.
        ("He said [we will win].", "Update: He said we will win.", "moved: Update: He said [we will win]."),
        // Text added after it: still at its position.
        ("He said [we will win].", "He said we will win. More soon.", "exact: He said [we will win]. More soon."),
        // Repeated phrase: the prefix picks the second "said".
        ("Trump said yes. Putin [said] no.", "Later, Trump said yes. Putin said no.", "moved: Later, Trump said yes. Putin [said] no."),
        // Repeated phrase: the suffix picks the one before " to Bo".
        ("He said “no” to Ana and “[no]” to Bo, twice.", "He said “no” to Ana, and “no” to Bo, twice.", "moved: He said “no” to Ana, and “[no]” to Bo, twice."),
        // Repeated phrase at its old position, whose neighbour changed: still exact.
        ("Yes, yes, [yes] and no.", "Yes, yes, yes and no!", "exact: Yes, yes, [yes] and no!"),
        // A very short quote whose context survives elsewhere.
        ("When [he] arrived, the talks began.", "Yesterday, when he arrived, the talks began.", "moved: Yesterday, when [he] arrived, the talks began."),
        // A very short quote whose context is gone: "he" in "The", "them"… must not be taken.
        ("Then [he] left the room in a hurry.", "The chairman thanked them and the meeting ended.", "orphan"),
        // A short word found once, its sentence rewritten: placed.
        ("Talks with [Putin] went well.", "Putin was absent and nothing came of it.", "moved: [Putin] was absent and nothing came of it."),
        // Typo fixed inside the quote.
        ("The minister said the talks were [very producive and frank].", "The minister said the talks were very productive and frank.", "approx 1: The minister said the talks were [very productive and frank]."),
        // White space changed: runs fold to one space, so no errors.
        ("We  will [meet  in  Riyadh next week] she said", "We will meet in Riyadh next week she said", "approx 0: We will [meet in Riyadh next week] she said"),
        // Curly quotation marks and apostrophes now straight.
        ("Then [“We won’t meet,” he said] and left.", "Then \"We won't meet,\" he said and left.", "approx 0: Then [\"We won't meet,\" he said] and left."),
        // A dash changed and a typo fixed together.
        ("The plan [— a ceasefire first — was rejekted] on Monday.", "The plan - a ceasefire first - was rejected on Monday.", "approx 1: The plan [- a ceasefire first - was rejected] on Monday."),
        // A paragraph moved elsewhere.
        ("First part.\nThe second has the [key sentence about the summit].\nThird part.", "The second has the key sentence about the summit.\nFirst part.\nThird part.", "moved: The second has the [key sentence about the summit].\nFirst part.\nThird part."),
        // A moved paragraph with a typo fixed in it.
        ("One.\nTwo: the [summit will take place in Riyadh], she said.\nThree.", "Two: the summit will take place in Riyad, she said.\nOne.\nThree.", "approx 1: Two: the [summit will take place in Riyad], she said.\nOne.\nThree."),
        // Deleted text.
        ("A. [The minister resigned in protest on Friday.] B.", "A. B.", "orphan"),
        // Rewritten beyond recognition.
        ("The [minister resigned in protest on Friday] evening.", "On Friday the cabinet met as planned and adjourned.", "orphan"),
        // A short text that now only appears approximately: no errors allowed, orphan.
        ("The [Kremlin] said.", "The Kremelin said.", "orphan"),
        // Accented text, byte offsets that fall inside a character of the new text.
        ("Café [au lait], then tea.", "Cafe au lait, then tea.", "moved: Cafe [au lait], then tea."),
    ];
    for (old, new, want) in cases {
        assert_eq!(place(old, new), *want, "{old:?} → {new:?}");
    }
}

#[test]
fn selectors_carry_context_and_position() {
    let text = "Before the quote, “the quote itself”, and after it.";
    let start = text.find("the quote itself").unwrap();
    let s = Selector::from_span(text, Span::new(start, start + "the quote itself".len())).unwrap();
    assert_eq!(s.prefix, "Before the quote, “");
    assert_eq!(s.suffix, "”, and after it.");
    assert_eq!(s.position, Some(start));
    // A span that does not fit the text has no selector.
    assert_eq!(Selector::from_span(text, Span::new(0, 999)), None);
    assert_eq!(Selector::from_span(text, Span::new(start - 1, start)), None);
}

#[test]
fn a_selector_without_position_or_context_still_anchors_a_unique_text() {
    let sel = |exact: &str| Selector {
        exact: exact.into(),
        ..Selector::default()
    };
    let text = "The talks in Riyadh began; he came.";
    assert_eq!(
        anchor(&sel("Riyadh"), text),
        Placement::Moved(Span::new(13, 19))
    );
    // Unique even though short: nothing else to go on, and nothing to confuse it with.
    assert_eq!(
        anchor(&sel("he c"), text),
        Placement::Moved(Span::new(27, 31))
    );
    // "he" occurs twice ("The", "he") and nothing tells them apart.
    assert_eq!(anchor(&sel("he"), text), Placement::Orphan);
    assert_eq!(anchor(&sel(""), text), Placement::Orphan);
}

#[test]
fn long_quotes_are_placed_by_head_and_tail() {
    let sentence = "The delegations agreed to continue the negotiations next month. ";
    let quote: String = (0..50).map(|i| format!("{i} {sentence}")).collect();
    let old = format!("Intro text here. {quote}Outro text here.");
    let start = "Intro text here. ".len();
    let selector = Selector::from_span(&old, Span::new(start, start + quote.len())).unwrap();
    let fixed = quote.replace("negotiations", "negociations");
    let new = format!("A new first line.\nIntro text here. {fixed}Outro text here.");
    match anchor(&selector, &new) {
        Placement::Approximate { span, errors } => {
            assert!(span.of(&new).starts_with("0 The delegations"), "{span:?}");
            assert!(span.of(&new).ends_with("next month. "), "{span:?}");
            assert!(errors >= 2, "both ends are compared: {errors}");
        }
        other => panic!("expected an approximate placement, got {other:?}"),
    }
}

#[test]
fn a_spent_budget_leaves_approximate_texts_orphaned() {
    let old = "The minister said the talks were very producive and frank.";
    let new = "The minister said the talks were very productive and frank.";
    let at = old.find("very").unwrap();
    let selector = Selector::from_span(old, Span::new(at, old.len() - 1)).unwrap();
    assert!(matches!(
        Anchorer::new(new).place(&selector),
        Placement::Approximate { errors: 1, .. }
    ));
    let mut poor = Anchorer::with_budget(new, 10);
    assert_eq!(poor.place(&selector), Placement::Orphan);
    assert_eq!(
        poor.budget(),
        10,
        "nothing was spent on a search it could not afford"
    );
}

proptest! {
    /// Anchoring against the unchanged text returns `Exact` at the same span.
    #[test]
    fn unchanged_text_anchors_exactly(text in "[a-c é’\n]{1,80}", a in 0usize..80, b in 0usize..80) {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let (a, b) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
        let span = Span::new(a.min(b), a.max(b));
        prop_assume!(!span.is_empty());
        let selector = Selector::from_span(&text, span).unwrap();
        prop_assert_eq!(anchor(&selector, &text), Placement::Exact(span));
    }

    /// Whatever the two texts, anchoring does not panic and a placement lies on the new
    /// text's character boundaries.
    #[test]
    fn placements_fit_the_new_text(old in "[ab “”\"é\n-]{1,60}", new in "[ab “”\"é\n-]{0,60}", a in 0usize..60, b in 0usize..60) {
        let bounds: Vec<usize> = old.char_indices().map(|(i, _)| i).chain([old.len()]).collect();
        let (a, b) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
        let selector = Selector::from_span(&old, Span::new(a.min(b), a.max(b))).unwrap();
        if let Some(span) = anchor(&selector, &new).span() {
            prop_assert!(new.get(span.start..span.end).is_some(), "{:?} in {:?}", span, new);
        }
    }
}

const OLD: &str = "Talks begin\n“We will meet in Riyadh,” President Donald Trump said. \
Trump called the plan “historic”.\nOne senior European diplomat said: “Europe must be at the table.”";

fn detected(text: &str) -> (Article, Annotations) {
    let article = Article::parse(text).expect("not empty");
    let set = Annotations::from_detection(&article, &detect(&article), &["Peace"]);
    (article, set)
}

/// Every live item's text in `article`, as `id: text` lines.
fn texts(article: &Article, set: &Annotations) -> Vec<String> {
    let mut v: Vec<String> = set
        .quotes_in_order()
        .iter()
        .map(|q| format!("{}: {}", q.id, q.span.of(article.text())))
        .chain(
            set.mentions_in_order()
                .iter()
                .map(|m| format!("{}: {}", m.id, m.span.of(article.text()))),
        )
        .collect();
    v.sort();
    v
}

#[test]
fn reanchor_moves_every_span_of_a_set() {
    let (old, set) = detected(OLD);
    let new_text = format!("Breaking: {OLD}").replace("President", "US President");
    let new = Article::parse(&new_text).unwrap();
    let (moved, orphans) = reanchor(old.text(), &new, &set);
    assert_eq!(orphans, []);
    assert_eq!(texts(&new, &moved), texts(&old, &set));
    // Cues move too.
    for q in moved.quotes_in_order() {
        let before = set.quote(&q.id).unwrap();
        assert_eq!(
            q.cue.map(|c| c.of(new.text())),
            before.cue.map(|c| c.of(old.text()))
        );
    }
}

#[test]
fn reanchor_lists_orphans_with_their_stances_and_keeps_the_rest() {
    let (old, mut set) = detected(OLD);
    let europe = set
        .quotes_in_order()
        .into_iter()
        .find(|q| q.span.of(old.text()).starts_with("Europe must"))
        .expect("the diplomat's quote is detected");
    let topic = set.topics_in_order()[0].id.clone();
    let stamp = Stamp::new("2026-11-29T10:00:00Z", Some("Ada"));
    let target = Target::Quote(europe.id.clone());
    set.apply(&set.set_stance(&target, &topic, Some(StanceValue::Against), "", &stamp));
    let stance_id = Annotations::stance_id(&target, &topic);

    // The diplomat's paragraph is gone from the new copy.
    let new = Article::parse(
        OLD.split('\n')
            .take(2)
            .collect::<Vec<_>>()
            .join("\n")
            .as_str(),
    )
    .unwrap();
    let (moved, orphans) = reanchor(old.text(), &new, &set);
    assert!(moved.quote(&europe.id).is_none());
    assert!(moved.item(&stance_id).is_none());
    let lost: Vec<(String, &str)> = orphans
        .iter()
        .map(|o| {
            let why = match &o.reason {
                OrphanReason::NotFound(_) => "not found",
                OrphanReason::CueNotFound(_) => "cue not found",
                OrphanReason::TargetNotPlaced(_) => "target not placed",
                OrphanReason::BadSpan(_) => "bad span",
            };
            (o.item.id().to_string(), why)
        })
        .collect();
    assert!(
        lost.contains(&(europe.id.to_string(), "not found")),
        "{lost:?}"
    );
    assert!(
        lost.contains(&(stance_id.to_string(), "target not placed")),
        "{lost:?}"
    );
    // Nothing is dropped: what is placed plus what is orphaned is everything.
    let orphan_ids: Vec<_> = orphans
        .iter()
        .filter(|o| !matches!(o.reason, OrphanReason::CueNotFound(_)))
        .map(|o| o.item.id().clone())
        .collect();
    for item in set.items() {
        assert!(
            moved.contains(item.id()) || orphan_ids.contains(item.id()),
            "{} was dropped",
            item.id()
        );
    }
    // Orphans keep the item as it was.
    assert!(orphans
        .iter()
        .any(|o| o.item == Item::Quote(europe.clone())));
}

#[test]
fn reanchor_of_the_same_text_is_the_identity() {
    let (old, set) = detected(OLD);
    let (moved, orphans) = reanchor(old.text(), &old, &set);
    assert_eq!(moved, set);
    assert!(orphans.is_empty());
}

#[test]
fn reanchor_reports_spans_that_do_not_fit_the_old_text() {
    let (old, mut set) = detected(OLD);
    let stamp = Stamp::new("2026-11-29T10:00:00Z", None);
    set.apply(&set.add_note(Span::new(0, 9999), "far", "t", &stamp));
    let new = Article::parse(&format!("New. {OLD}")).unwrap();
    let (_, orphans) = reanchor(old.text(), &new, &set);
    assert!(orphans
        .iter()
        .any(|o| o.reason == OrphanReason::BadSpan(Span::new(0, 9999))));
}
