//! Keyboard movement through quotes and topics, stance targets, and trimmed selections.

use super::trimmed;
use crate::annotations::{Annotations, Id, Stamp, Target};
use crate::article::Article;
use crate::detect::detect;
use crate::span::Span;

const TEXT: &str = "Talks begin\n“We will meet in Riyadh,” President Donald Trump said. \
Trump called the plan “historic”. One senior European diplomat said: “Europe must be at the table.”";

fn setup() -> Annotations {
    let article = Article::parse(TEXT).expect("test article parses");
    Annotations::from_detection(&article, &detect(&article), &["Peace", "Europe", "Trade"])
}

fn id(s: &str) -> Id {
    Id::new(s)
}

/// One line per case: where we are, which way, where we land.
#[test]
fn quote_after_steps_in_reading_order_and_wraps() {
    let set = setup();
    let q: Vec<Id> = set.quotes_in_order().iter().map(|q| q.id.clone()).collect();
    assert_eq!(q.len(), 3, "{q:?}");
    let cases: [(Option<&Id>, bool, &Id); 6] = [
        (None, true, &q[0]),
        (None, false, &q[2]),
        (Some(&q[0]), true, &q[1]),
        (Some(&q[2]), true, &q[0]),
        (Some(&q[0]), false, &q[2]),
        (Some(&q[1]), false, &q[0]),
    ];
    for (from, forward, expected) in cases {
        assert_eq!(
            set.quote_after(from, forward).as_ref(),
            Some(expected),
            "from {from:?} forward {forward}"
        );
    }
}

#[test]
fn quote_after_a_mention_goes_to_the_nearest_quote_that_way() {
    let set = setup();
    let q: Vec<Id> = set.quotes_in_order().iter().map(|q| q.id.clone()).collect();
    // The second mention of Trump ("Trump called…") sits between the first and second quote.
    let trump = set
        .mentions_in_order()
        .into_iter()
        .filter(|m| m.span.start > set.quote(&q[0]).unwrap().span.end)
        .find(|m| m.span.start < set.quote(&q[1]).unwrap().span.start)
        .expect("a mention between the first two quotes");
    assert_eq!(set.quote_after(Some(&trump.id), true), Some(q[1].clone()));
    assert_eq!(set.quote_after(Some(&trump.id), false), Some(q[0].clone()));
    assert_eq!(
        set.quote_after(Some(&id("no-such")), true),
        Some(q[0].clone())
    );
    assert_eq!(Annotations::new().quote_after(None, true), None);
}

#[test]
fn topic_after_wraps_and_starts_at_the_first() {
    let set = setup();
    let t: Vec<Id> = set.topics_in_order().iter().map(|t| t.id.clone()).collect();
    let cases: [(Option<&Id>, &Id); 4] = [
        (None, &t[0]),
        (Some(&t[0]), &t[1]),
        (Some(&t[2]), &t[0]),
        (Some(&id("gone")), &t[0]),
    ];
    for (from, expected) in cases {
        assert_eq!(set.topic_after(from).as_ref(), Some(expected), "{from:?}");
    }
    assert_eq!(Annotations::new().topic_after(None), None);
}

#[test]
fn a_stance_on_the_current_item_goes_to_the_quote_or_the_actor() {
    let mut set = setup();
    let quote = set.quotes_in_order()[0].id.clone();
    let mention = set.mentions_in_order()[0].clone();
    let cases = [
        (quote.clone(), Some(Target::Quote(quote.clone()))),
        (
            mention.id.clone(),
            Some(Target::Actor(mention.actor.clone())),
        ),
        (
            mention.actor.clone(),
            Some(Target::Actor(mention.actor.clone())),
        ),
        (id("topic-1"), None),
        (id("nothing"), None),
    ];
    for (current, expected) in cases {
        assert_eq!(set.target_of(&current), expected, "{current}");
    }
    let stamp = Stamp::new("2026-11-29T10:00:00Z", None);
    let edit = set.delete(&quote, &stamp);
    set.apply(&edit);
    assert_eq!(
        set.target_of(&quote),
        None,
        "a deleted quote takes no stance"
    );
}

/// One line per case: text, span, what is left after trimming.
#[test]
fn trimmed_drops_white_space_and_refuses_bad_spans() {
    let cases: [(&str, Span, Option<&str>); 7] = [
        ("  Trump said ", Span::new(0, 13), Some("Trump said")),
        ("a\nb", Span::new(0, 3), Some("a\nb")),
        ("   ", Span::new(0, 3), None),
        ("abc", Span::new(1, 1), None),
        ("abc", Span::new(1, 9), None),
        ("“x”", Span::new(1, 3), None),
        (" “x” ", Span::new(0, 9), Some("“x”")),
    ];
    for (text, span, expected) in cases {
        let got = trimmed(text, span).map(|s| s.of(text));
        assert_eq!(got, expected, "{text:?} {span:?}");
    }
}

/// The one-pass matrix says what the summaries say, for every actor and topic.
#[test]
fn matrix_agrees_with_summaries() {
    use crate::annotations::StanceValue;
    let article = Article::default_article();
    let mut set = Annotations::from_detection(&article, &detect(&article), &["A", "B"]);
    let stamp = Stamp::new("2026-11-29T10:00:00Z", None);
    let topics: Vec<Id> = set.topics_in_order().iter().map(|t| t.id.clone()).collect();
    let quotes = set.quotes_in_order();
    for (i, q) in quotes.iter().enumerate() {
        let value = StanceValue::ALL[i % 4];
        let edit = set.set_stance(
            &Target::Quote(q.id.clone()),
            &topics[i % 2],
            Some(value),
            "",
            &stamp,
        );
        set.apply(&edit);
    }
    let actor = set.actors_in_order()[3].id.clone();
    let edit = set.set_stance(
        &Target::Actor(actor),
        &topics[1],
        Some(StanceValue::Against),
        "",
        &stamp,
    );
    set.apply(&edit);
    let edit = set.delete(&quotes[2].id, &stamp);
    set.apply(&edit);
    let matrix = set.matrix();
    assert!(!matrix.rows.is_empty());
    let expected: Vec<_> = set
        .actors_in_order()
        .into_iter()
        .map(|a| {
            let row: Vec<_> = topics.iter().map(|t| set.summary(&a.id, t)).collect();
            (a, row)
        })
        .filter(|(_, row)| row.iter().any(|c| !c.is_empty()))
        .collect();
    assert_eq!(matrix.rows, expected);
}
