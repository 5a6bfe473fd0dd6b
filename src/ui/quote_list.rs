//! "Quotes": every live quote in reading order with its speaker, kind, stances and note;
//! each one a button that brings its highlight into view.

use std::rc::Rc;

use yew::prelude::*;

use super::side_panel::{go_to, matches, show_all_button, FIRST_ITEMS};
use super::use_dispatch;
use crate::annotations::{Annotations, Id, QuoteKind, Target};
use crate::article::Article;

/// Props of [`QuoteList`].
#[derive(Properties, PartialEq)]
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

/// The words the list uses for a quote's kind; also its `data-quote-kind` hook.
#[must_use]
pub fn quote_kind_label(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Scare => "scare quote",
    }
}

/// The quotes, filtered, in reading order.
#[component]
pub fn QuoteList(props: &QuoteListProps) -> Html {
    let dispatch = use_dispatch();
    let show_all = use_state(|| false);
    let set = &props.annotations;
    let text = props.article.text();
    let all = set.quotes_in_order();
    let total = all.len();
    let items: Vec<Html> = all
        .iter()
        .filter_map(|q| {
            let words = text.get(q.span.start..q.span.end).unwrap_or_default();
            let speaker = match set.speaker_of(&q.id) {
                Some(a) => a.name.clone(),
                None if q.kind.is_speech() => "Unattributed".to_string(),
                None => "Nobody's words".to_string(),
            };
            let kind = quote_kind_label(q.kind);
            let stances: Vec<String> = set
                .stances_of(&Target::Quote(q.id.clone()))
                .iter()
                .filter_map(|s| {
                    let topic = set.topic(&s.topic)?;
                    Some(format!("{} on {}", s.value.as_str(), topic.label))
                })
                .collect();
            let stances = stances.join("; ");
            if !matches(&props.filter, &[words, &speaker, kind, &stances, &q.note]) {
                return None;
            }
            let onclick = {
                let dispatch = dispatch.clone();
                let id = q.id.clone();
                Callback::from(move |_: MouseEvent| go_to(dispatch.as_ref(), &id, "quote"))
            };
            let current = (props.current.as_ref() == Some(&q.id)).then_some("true");
            Some(html! {
                <li key={q.id.as_str()} class="quote-item" data-quote-kind={kind} data-item={q.id.to_string()}>
                    <button type="button" class="item-button" aria-current={current} {onclick}>
                        <span class="quote-speaker">{ speaker }</span>
                        <span class="badge">{ kind }</span>
                        <q class="quote-text">{ words.to_owned() }</q>
                        if !stances.is_empty() {
                            <span class="quote-stances" data-stances="">{ stances }</span>
                        }
                        if !q.note.is_empty() {
                            <span class="quote-note">{ format!("Note: {}", q.note) }</span>
                        }
                    </button>
                </li>
            })
        })
        .collect();
    let hidden = if *show_all {
        0
    } else {
        items.len().saturating_sub(FIRST_ITEMS)
    };
    let shown = items.len() - hidden;
    let heading = if items.len() == total {
        format!("Quotes ({total})")
    } else {
        format!("Quotes ({} of {total})", items.len())
    };
    html! {
        <section class="panel-section" aria-labelledby="quotes-heading">
            <h3 id="quotes-heading" class="panel-title">{ heading }</h3>
            if total == 0 {
                <p class="empty">{ "No quotations found." }</p>
            } else if items.is_empty() {
                <p class="empty">{ "No quote matches the filter." }</p>
            } else {
                <ol class="quote-list">{ for items.into_iter().take(shown) }</ol>
                if hidden > 0 {
                    { show_all_button(hidden, "quotes", &show_all) }
                }
            }
        </section>
    }
}
