//! Tests of the annotation model: edits and their inverses, summaries, and the layout of
//! nested and crossing highlights.

use super::layout::{layout, Layer, Layers, MarkKind, Node};
use super::{
    default_topics, ActorKind, Annotations, Edit, History, Id, NewActor, Origin, QuoteKind, Stamp,
    StanceValue, Target,
};
use crate::article::Article;
use crate::detect::detect;
use crate::span::Span;

const TEXT: &str = "Talks begin\n“We will meet in Riyadh,” President Donald Trump said. \
Trump called the plan “historic”. One senior European diplomat said: “Europe must be at the table.”";

fn setup(text: &str) -> (Article, Annotations) {
    let article = Article::parse(text).expect("test articles are not empty");
    let set = Annotations::from_detection(&article, &detect(&article), &["Peace", "Europe"]);
    (article, set)
}

fn stamp() -> Stamp {
    Stamp::new("2026-11-29T10:00:00Z", Some("Ada"))
}

fn id(s: &str) -> Id {
    Id::new(s)
}

fn span_of(article: &Article, needle: &str) -> Span {
    let start = article.text().find(needle).expect("needle is in the text");
    Span::new(start, start + needle.len())
}

/// Renders a block's marks as `[kind id: …]` around their text.
fn render(article: &Article, nodes: &[Node]) -> String {
    nodes
        .iter()
        .map(|n| match n {
            Node::Text(s) => s.of(article.text()).to_string(),
            Node::Mark { mark, children, .. } => {
                let kind = match &mark.kind {
                    MarkKind::Mention { .. } => "m",
                    MarkKind::Quote { .. } => "q",
                    MarkKind::Cue { .. } => "cue",
                    MarkKind::Note => "n",
                };
                format!("[{kind} {}: {}]", mark.id, render(article, children))
            }
        })
        .collect()
}

/// The rendering of block `i` with the given layers.
fn drawn(article: &Article, set: &Annotations, layers: Layers, i: usize) -> String {
    let blocks = layout(article, set, layers);
    render(article, &blocks[i].nodes)
}

#[test]
fn detections_become_annotations_with_ids_in_text_order() {
    let (article, set) = setup(TEXT);
    let found = detect(&article);
    assert_eq!(set.quotes_in_order().len(), found.quotes.len());
    assert_eq!(set.actors_in_order().len(), found.actors.len());
    let first = &set.quotes_in_order()[0];
    assert_eq!(first.id, id("quote-1"));
    assert_eq!(first.provenance.origin, Origin::Detected);
    assert_eq!(
        set.speaker_of(&first.id).map(|a| a.name.as_str()),
        Some("Donald Trump")
    );
    let topics: Vec<_> = set
        .topics_in_order()
        .iter()
        .map(|t| t.label.clone())
        .collect();
    assert_eq!(topics, ["Peace", "Europe"]);
}

#[test]
fn default_topics_come_from_the_seed_or_the_headline() {
    let seed = Article::default_article();
    assert_eq!(default_topics(&seed).len(), 4);
    assert!(default_topics(&seed).contains(&"Ukraine joining NATO".to_string()));
    let other = Article::parse(TEXT).unwrap();
    assert_eq!(default_topics(&other), ["Talks begin"]);
}

#[test]
fn a_stance_on_quotes_sums_up_for_their_speaker_with_conflicts() {
    let (_, mut set) = setup(TEXT);
    let s = stamp();
    let trump = set.speaker_of(&id("quote-1")).unwrap().id.clone();
    let peace = id("topic-1");
    let q = |n: &str| Target::Quote(id(n));
    let e = set.set_stance(&q("quote-1"), &peace, Some(StanceValue::Favor), "", &s);
    set.apply(&e);
    assert_eq!(
        set.summary(&trump, &peace).overall(),
        Some(StanceValue::Favor)
    );
    assert!(!set.summary(&trump, &peace).conflict());

    // "historic" is Trump's too (a partial quote); against makes a conflict.
    let historic = set
        .quotes_in_order()
        .into_iter()
        .find(|q| q.speaker.as_ref() == Some(&trump) && q.id != id("quote-1"))
        .expect("the partial quote is Trump's");
    let e = set.set_stance(
        &Target::Quote(historic.id.clone()),
        &peace,
        Some(StanceValue::Against),
        "",
        &s,
    );
    set.apply(&e);
    let summary = set.summary(&trump, &peace);
    assert!(summary.conflict());
    assert_eq!(summary.overall(), None);
    assert_eq!(set.matrix().rows.len(), 1);

    // The actor's own stance wins.
    let e = set.set_stance(
        &Target::Actor(trump.clone()),
        &peace,
        Some(StanceValue::Neutral),
        "",
        &s,
    );
    set.apply(&e);
    assert_eq!(
        set.summary(&trump, &peace).overall(),
        Some(StanceValue::Neutral)
    );
    // Setting the same stance again changes nothing.
    assert!(set
        .set_stance(
            &Target::Actor(trump),
            &peace,
            Some(StanceValue::Neutral),
            "",
            &s
        )
        .is_empty());
}

/// One edit, computed from the set as it is when the step runs.
type Step<'a> = Box<dyn Fn(&Annotations) -> Edit + 'a>;

#[test]
fn every_edit_undoes_to_exactly_what_was_there() {
    let (article, start) = setup(TEXT);
    let s = stamp();
    let trump = start.speaker_of(&id("quote-1")).unwrap().id.clone();
    let diplomat = start
        .actors_in_order()
        .into_iter()
        .find(|a| a.kind == ActorKind::Anonymous)
        .expect("the diplomat is found")
        .id
        .clone();
    let steps: Vec<Step> = vec![
        Box::new(|a| {
            a.set_stance(
                &Target::Quote(id("quote-1")),
                &id("topic-1"),
                Some(StanceValue::Favor),
                "n",
                &s,
            )
        }),
        Box::new(|a| a.add_topic("Sanctions", "t", &s)),
        Box::new(|a| a.rename_topic(&id("topic-2"), "Europe's role", &s)),
        Box::new(|a| a.remove_topic(&id("topic-1"))),
        Box::new(|a| a.set_speaker(&id("quote-1"), Some(&diplomat), &s)),
        Box::new(|a| a.set_quote_kind(&id("quote-1"), QuoteKind::Partial, &s)),
        Box::new(|a| a.set_quote_note(&id("quote-1"), "check this", &s)),
        Box::new(|a| {
            a.add_mention(
                span_of(&article, "Riyadh"),
                &NewActor::New {
                    name: "Riyadh".into(),
                    kind: ActorKind::Country,
                },
                "t",
                &s,
            )
        }),
        Box::new(|a| {
            a.add_quote(
                span_of(&article, "the plan"),
                QuoteKind::Scare,
                None,
                "t",
                &s,
            )
        }),
        Box::new(|a| a.add_note(span_of(&article, "Talks"), "headline", "t", &s)),
        Box::new(|a| a.rename_actor(&trump, "Donald J. Trump", ActorKind::Person, &s)),
        Box::new(|a| a.merge_actors(&trump, &diplomat, &s)),
        Box::new(|a| a.delete(&id("quote-1"), &s)),
        Box::new(|a| a.confirm(&trump, &s)),
    ];
    let mut set = start.clone();
    let mut history = History::default();
    let mut states = vec![set.clone()];
    for step in &steps {
        let edit = step(&set);
        assert!(!edit.is_empty(), "{} changed nothing", edit.label);
        assert!(history.apply(&mut set, &edit));
        states.push(set.clone());
    }
    for expected in states.iter().rev().skip(1) {
        history.undo(&mut set).expect("there is a step to undo");
        assert_eq!(&set, expected);
    }
    assert_eq!(history.undo(&mut set), None);
    for expected in states.iter().skip(1) {
        history.redo(&mut set).expect("there is a step to redo");
        assert_eq!(&set, expected);
    }
    assert!(!history.can_redo());
}

#[test]
fn deleting_a_detection_keeps_it_for_restoring() {
    let (_, mut set) = setup(TEXT);
    let s = stamp();
    let trump = set.speaker_of(&id("quote-1")).unwrap().id.clone();
    let mentions = set.mentions_of(&trump).len();
    let e = set.delete(&trump, &s);
    set.apply(&e);
    assert!(set.actors_in_order().iter().all(|a| a.id != trump));
    assert!(set.mentions_of(&trump).is_empty());
    assert_eq!(set.speaker_of(&id("quote-1")), None);
    assert_eq!(set.deleted().len(), 1 + mentions);
    let e = set.restore(&trump, &s);
    set.apply(&e);
    assert_eq!(set.mentions_of(&trump).len(), mentions);
    assert_eq!(set.actor(&trump).unwrap().provenance.origin, Origin::Edited);
}

#[test]
fn merging_and_splitting_actors_moves_mentions_quotes_and_stances() {
    let (article, mut set) = setup(TEXT);
    let s = stamp();
    let trump = set.speaker_of(&id("quote-1")).unwrap().id.clone();
    let diplomat = set
        .actors_in_order()
        .into_iter()
        .find(|a| a.kind == ActorKind::Anonymous)
        .unwrap()
        .id
        .clone();
    let europe = id("topic-2");
    let e = set.set_stance(
        &Target::Actor(diplomat.clone()),
        &europe,
        Some(StanceValue::Favor),
        "",
        &s,
    );
    set.apply(&e);
    let before = set.mentions_of(&trump).len() + set.mentions_of(&diplomat).len();
    let e = set.merge_actors(&trump, &diplomat, &s);
    set.apply(&e);
    assert_eq!(set.mentions_of(&trump).len(), before);
    assert!(set.actor(&diplomat).is_none());
    assert_eq!(
        set.summary(&trump, &europe).direct,
        Some(StanceValue::Favor)
    );

    let diplomat_mention = set
        .mentions_of(&trump)
        .into_iter()
        .find(|m| m.span.of(article.text()).contains("diplomat"))
        .unwrap();
    let e = set.split_actor(
        &trump,
        std::slice::from_ref(&diplomat_mention.id),
        "A diplomat",
        "t",
        &s,
    );
    set.apply(&e);
    let split = set.mention(&diplomat_mention.id).unwrap().actor.clone();
    assert_ne!(split, trump);
    assert_eq!(set.actor(&split).unwrap().name, "A diplomat");
    assert_eq!(set.actor(&split).unwrap().provenance.origin, Origin::Added);
}

#[test]
fn fresh_ids_never_clash() {
    let (_, set) = setup(TEXT);
    let s = stamp();
    let mut set2 = set.clone();
    let e = set2.add_topic("A", "x", &s);
    set2.apply(&e);
    let e = set2.add_topic("B", "x", &s);
    set2.apply(&e);
    let ids: Vec<_> = set2
        .topics_in_order()
        .iter()
        .map(|t| t.id.to_string())
        .collect();
    assert_eq!(ids, ["topic-1", "topic-2", "topic-x-1", "topic-x-2"]);
    // Invalid requests are empty edits, never panics.
    assert!(set.add_topic("  ", "x", &s).is_empty());
    assert!(set
        .set_speaker(&id("quote-1"), Some(&id("nobody")), &s)
        .is_empty());
    assert!(set
        .set_stance(
            &Target::Quote(id("nope")),
            &id("topic-1"),
            Some(StanceValue::Favor),
            "",
            &s
        )
        .is_empty());
    assert!(set
        .merge_actors(&id("actor-1"), &id("actor-1"), &s)
        .is_empty());
}

#[test]
fn layout_nests_mentions_and_cues_in_quotes() {
    let (article, set) = setup(TEXT);
    assert_eq!(
        drawn(&article, &set, Layers::default(), 1),
        "“[q quote-1: We will meet in Riyadh,]” President [m mention-1: Donald Trump] [cue quote-1: said]. \
[m mention-2: Trump] [cue quote-2: called] the plan “[q quote-2: historic]”. \
[m mention-3: One senior [m mention-4: European] diplomat] [cue quote-3: said]: \
“[q quote-3: [m mention-5: Europe] must be at the table.]”"
    );
}

#[test]
fn layers_hide_what_the_legend_turns_off() {
    let (article, set) = setup(TEXT);
    let layers = Layers::default()
        .with(Layer::People, false)
        .with(Layer::Speech, false)
        .with(Layer::Countries, false)
        .with(Layer::Groups, false);
    assert_eq!(
        drawn(&article, &set, layers, 1),
        "“We will meet in Riyadh,” President Donald Trump said. Trump called the plan “historic”. \
[m mention-3: One senior European diplomat] said: “Europe must be at the table.”"
    );
}

#[test]
fn crossing_spans_are_drawn_as_fragments() {
    let article = Article::parse("Alpha beta gamma delta").unwrap();
    let mut set = Annotations::new();
    let s = stamp();
    let e = set.add_note(Span::new(0, 10), "a", "t", &s);
    set.apply(&e);
    let e = set.add_quote(Span::new(6, 16), QuoteKind::Direct, None, "t", &s);
    set.apply(&e);
    assert_eq!(
        drawn(&article, &set, Layers::default(), 0),
        "[n note-t-1: Alpha [q quote-t-1: beta]][q quote-t-1:  gamma] delta"
    );
    let blocks = layout(&article, &set, Layers::default());
    let firsts: Vec<bool> = blocks[0]
        .nodes
        .iter()
        .filter_map(|n| match n {
            Node::Mark { first, .. } => Some(*first),
            Node::Text(_) => None,
        })
        .collect();
    assert_eq!(firsts, [true, false]);
}

/// The text of a block's nodes without any marks.
fn flatten(article: &Article, nodes: &[Node]) -> String {
    nodes
        .iter()
        .map(|n| match n {
            Node::Text(s) => s.of(article.text()).to_string(),
            Node::Mark { children, .. } => flatten(article, children),
        })
        .collect()
}

#[test]
fn layout_never_loses_text() {
    let (article, set) = setup(crate::DEFAULT_ARTICLE);
    let blocks = layout(&article, &set, Layers::default());
    assert_eq!(blocks.len(), article.blocks().len());
    for b in blocks {
        assert_eq!(flatten(&article, &b.nodes), b.block.span.of(article.text()));
    }
}

#[test]
fn relayout_after_any_edit_equals_a_full_layout_and_keeps_untouched_blocks() {
    use super::layout::relayout;
    let (article, start) = setup(crate::DEFAULT_ARTICLE);
    let s = stamp();
    let quotes = start.quotes_in_order();
    let actors = start.actors_in_order();
    let topic = start.topics_in_order()[0].id.clone();
    let edits = [
        start.set_stance(
            &Target::Quote(quotes[3].id.clone()),
            &topic,
            Some(StanceValue::Against),
            "",
            &s,
        ),
        start.rename_topic(&topic, "Peace", &s),
        start.rename_actor(&actors[0].id, "Someone Else", actors[0].kind, &s),
        start.delete(&quotes[5].id, &s),
        start.merge_actors(&actors[0].id, &actors[1].id, &s),
        start.add_note(Span::new(10, 400), "long note across blocks", "t", &s),
    ];
    let layers = Layers::default();
    let before = layout(&article, &start, layers);
    for edit in edits {
        let mut after = start.clone();
        after.apply(&edit);
        let relaid = relayout(&before, &article, &start, &after, layers);
        assert_eq!(relaid, layout(&article, &after, layers), "{}", edit.label);
        let kept = relaid
            .iter()
            .zip(&before)
            .filter(|(a, b)| std::rc::Rc::ptr_eq(&a.nodes, &b.nodes))
            .count();
        assert!(kept > 0, "{} kept no block", edit.label);
    }
    // A stance on one quote re-lays out one block.
    let mut after = start.clone();
    after.apply(&edits_first(&start, &topic));
    let relaid = relayout(&before, &article, &start, &after, layers);
    let redone = relaid
        .iter()
        .zip(&before)
        .filter(|(a, b)| !std::rc::Rc::ptr_eq(&a.nodes, &b.nodes))
        .count();
    assert_eq!(redone, 1);
}

fn edits_first(set: &Annotations, topic: &Id) -> Edit {
    let q = set.quotes_in_order()[3].id.clone();
    set.set_stance(
        &Target::Quote(q),
        topic,
        Some(StanceValue::Favor),
        "",
        &stamp(),
    )
}

/// The matrix lists its actors in `actors_in_order`'s order (first mention, then name),
/// whichever quotes and actors the stances are on.
#[test]
fn matrix_rows_follow_the_actor_order() {
    let article = Article::default_article();
    let mut set =
        Annotations::from_detection(&article, &detect(&article), &default_topics(&article));
    let topic = set.topics_in_order()[0].id.clone();
    // Stances on every third quote (from the last), and on one actor directly.
    let quotes = set.quotes_in_order();
    for q in quotes.iter().rev().step_by(3) {
        let e = set.set_stance(
            &Target::Quote(q.id.clone()),
            &topic,
            Some(StanceValue::Against),
            "",
            &stamp(),
        );
        set.apply(&e);
    }
    let actors = set.actors_in_order();
    let last = actors.last().expect("the default article has actors");
    let e = set.set_stance(
        &Target::Actor(last.id.clone()),
        &topic,
        Some(StanceValue::Favor),
        "",
        &stamp(),
    );
    set.apply(&e);
    let rows: Vec<Id> = set
        .matrix()
        .rows
        .iter()
        .map(|(a, _)| a.id.clone())
        .collect();
    let expected: Vec<Id> = actors
        .iter()
        .map(|a| a.id.clone())
        .filter(|a| rows.contains(a))
        .collect();
    assert!(rows.len() > 2, "{rows:?}");
    assert_eq!(rows, expected);
}

/// An edit copies only the collections it changes; a copy of a set shares them all.
#[test]
fn edits_share_the_collections_they_leave_alone() {
    use super::Collection::{Actors, Mentions, Notes, Quotes, Stances, Topics};
    let (_, set) = setup(TEXT);
    let mut next = set.clone();
    for c in [Topics, Actors, Mentions, Quotes, Stances, Notes] {
        assert!(set.shares(&next, c), "{c:?}");
    }
    let e = next.set_stance(
        &Target::Quote(id("quote-1")),
        &id("topic-1"),
        Some(StanceValue::Favor),
        "",
        &stamp(),
    );
    next.apply(&e);
    assert!(!set.shares(&next, Stances));
    for c in [Topics, Actors, Mentions, Quotes, Notes] {
        assert!(set.shares(&next, c), "{c:?}");
    }
    assert_ne!(set, next);
    let clear = next.set_stance(
        &Target::Quote(id("quote-1")),
        &id("topic-1"),
        None,
        "",
        &stamp(),
    );
    next.apply(&clear);
    assert_eq!(
        set, next,
        "equal again, though no longer sharing the stances"
    );
}
