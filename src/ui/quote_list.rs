//! "Quotes": every live quote in reading order with its speaker, kind, stances and note;
//! each one a button that brings its highlight into view.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::side_panel::{go_to, matches, show_all_button, FIRST_ITEMS};
use super::state::Parts;
use super::use_dispatch;
use crate::annotations::{Actor, Annotations, Collection, Id, Quote, QuoteKind, Target};
use crate::article::Article;

/// Props of [`QuoteList`].
#[derive(Properties)]
pub struct QuoteListProps {
    pub article: Rc<Article>,
    pub annotations: Rc<Annotations>,
    /// Only quotes whose text, speaker, kind, stances or note contain this (any case).
    #[prop_or_default]
    pub filter: AttrValue,
    /// The item the user is working on.
    #[prop_or_default]
    pub current: Option<Id>,
}

/// What the list reads of the annotations.
const READS: &[Collection] = &[
    Collection::Quotes,
    Collection::Actors,
    Collection::Stances,
    Collection::Topics,
];

/// The list reads only quotes, their speakers, stances and topics: an edit of anything else
/// (a note, a mention) does not re-render it.
impl PartialEq for QuoteListProps {
    fn eq(&self, other: &Self) -> bool {
        self.article == other.article
            && Parts::new(&self.annotations, READS) == Parts::new(&other.annotations, READS)
            && self.filter == other.filter
            && self.current == other.current
    }
}

/// The words the list uses for a quote's kind; also its `data-quote-kind` hook.
#[must_use]
pub fn quote_kind_label(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Scare => "scare quote",
    }
}

/// What each quote with a stance takes, in topic order: "favor on Peace; against on Europe".
/// A pass over the stances per topic (a handful), so it is cheap to redo when a stance
/// changes.
fn stance_words(set: &Annotations) -> HashMap<Id, AttrValue> {
    let mut words: HashMap<Id, AttrValue> = HashMap::new();
    for topic in set.topics_in_order() {
        for s in set.stances().filter(|s| s.topic == topic.id) {
            if let Target::Quote(q) = &s.target {
                let said = format!("{} on {}", s.value.as_str(), topic.label);
                let all = words.entry(q.clone()).or_default();
                *all = if all.is_empty() {
                    said.into()
                } else {
                    format!("{all}; {said}").into()
                };
            }
        }
    }
    words
}

/// The quotes, filtered, in reading order. Only the rows on screen are built, each a
/// [`QuoteRow`] that re-renders only when its own quote, speaker or stances change.
#[component]
pub fn QuoteList(props: &QuoteListProps) -> Html {
    let show_all = use_state(|| false);
    let set = &props.annotations;
    let all = use_memo(Parts::new(set, &[Collection::Quotes]), |p| {
        p.set.quotes_in_order()
    });
    let stances = use_memo(
        Parts::new(set, &[Collection::Stances, Collection::Topics]),
        |p| stance_words(&p.set),
    );
    let total = all.len();
    let filter = props.filter.trim();
    let text = props.article.text();
    let speaker_name = |q: &Quote| match set.speaker_of(&q.id) {
        Some(a) => a.name.clone(),
        None if q.kind.is_speech() => "Unattributed".to_string(),
        None => "Nobody's words".to_string(),
    };
    let matching: Vec<&Rc<Quote>> = if filter.is_empty() {
        all.iter().collect()
    } else {
        all.iter()
            .filter(|q| {
                let words = text.get(q.span.start..q.span.end).unwrap_or_default();
                let stances = stances.get(&q.id).map_or("", AttrValue::as_str);
                let fields = [
                    words,
                    &speaker_name(q),
                    quote_kind_label(q.kind),
                    stances,
                    &q.note,
                ];
                matches(filter, &fields)
            })
            .collect()
    };
    let hidden = if *show_all {
        0
    } else {
        matching.len().saturating_sub(FIRST_ITEMS)
    };
    let shown = matching.len() - hidden;
    let heading = if matching.len() == total {
        format!("Quotes ({total})")
    } else {
        format!("Quotes ({} of {total})", matching.len())
    };
    let rows = matching.iter().take(shown).map(|q| {
        html! {
            <QuoteRow key={q.id.as_str()} article={props.article.clone()} quote={(*q).clone()}
                speaker={set.speaker_of(&q.id).cloned()} stances={stances.get(&q.id).cloned()}
                current={props.current.as_ref() == Some(&q.id)} />
        }
    });
    html! {
        <section class="panel-section" aria-labelledby="quotes-heading">
            <h3 id="quotes-heading" class="panel-title">{ heading }</h3>
            if total == 0 {
                <p class="empty">{ "No quotations found." }</p>
            } else if matching.is_empty() {
                <p class="empty">{ "No quote matches the filter." }</p>
            } else {
                <ol class="quote-list">{ for rows }</ol>
                if hidden > 0 {
                    { show_all_button(hidden, "quotes", &show_all) }
                }
            }
        </section>
    }
}

/// Props of [`QuoteRow`]: the row's own values, so an unchanged row compares equal.
#[derive(Properties, PartialEq)]
struct QuoteRowProps {
    article: Rc<Article>,
    quote: Rc<Quote>,
    speaker: Option<Rc<Actor>>,
    /// What the quote's stances say, when it has any.
    stances: Option<AttrValue>,
    current: bool,
}

/// One quote: a button that brings its highlight into view.
#[component]
fn QuoteRow(props: &QuoteRowProps) -> Html {
    let dispatch = use_dispatch();
    let q = &props.quote;
    let words = props
        .article
        .text()
        .get(q.span.start..q.span.end)
        .unwrap_or_default();
    let speaker = match &props.speaker {
        Some(a) => a.name.clone(),
        None if q.kind.is_speech() => "Unattributed".to_string(),
        None => "Nobody's words".to_string(),
    };
    let kind = quote_kind_label(q.kind);
    let onclick = {
        let id = q.id.clone();
        Callback::from(move |_: MouseEvent| go_to(dispatch.as_ref(), &id, "quote"))
    };
    let current = props.current.then_some("true");
    html! {
        <li class="quote-item" data-quote-kind={kind} data-item={q.id.to_string()}>
            <button type="button" class="item-button" aria-current={current} {onclick}>
                <span class="quote-speaker">{ speaker }</span>
                <span class="badge">{ kind }</span>
                <q class="quote-text">{ words.to_owned() }</q>
                if let Some(stances) = props.stances.clone() {
                    <span class="quote-stances" data-stances="">{ stances }</span>
                }
                if !q.note.is_empty() {
                    <span class="quote-note">{ format!("Note: {}", q.note) }</span>
                }
            </button>
        </li>
    }
}
