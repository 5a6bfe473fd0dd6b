//! The inspector: everything about the current item, to check and correct it. For a quote:
//! speaker, kind, a stance per topic with a note, the quote's note, confirm and delete. For
//! an actor (or a mention, which stands for its actor): rename, merge, split, its own stance
//! per topic and what its quotes say, confirm and delete. Below it, deleted detections to
//! restore. Every control only dispatches; the core computes the edit.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::state::{use_app_state, use_dispatch, Action, AppState, Parts};
use crate::annotations::layout::quote_label;
use crate::annotations::{
    Actor, ActorKind, Annotations, Collection, Id, Item, Mention, Origin, Quote, QuoteKind, Stance,
    StanceValue, Summary, Target, Topic,
};
use crate::span::Span;

/// The app's words for stance values, in [`StanceValue::ALL`] order.
#[must_use]
pub fn stance_word(value: StanceValue) -> &'static str {
    match value {
        StanceValue::Favor => "Favor",
        StanceValue::Against => "Against",
        StanceValue::Neutral => "Neutral",
        StanceValue::Unclear => "Unclear",
    }
}

const ACTOR_KINDS: [(ActorKind, &str); 5] = [
    (ActorKind::Person, "Person"),
    (ActorKind::Organization, "Organisation"),
    (ActorKind::Country, "Country"),
    (ActorKind::Group, "Group"),
    (ActorKind::Anonymous, "Anonymous source"),
];

const QUOTE_KINDS: [(QuoteKind, &str); 3] = [
    (QuoteKind::Direct, "Direct quote"),
    (QuoteKind::Partial, "Partial quote"),
    (QuoteKind::Scare, "Scare quote (nobody's words)"),
];

fn kind_slug(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Scare => "scare",
    }
}

fn actor_kind_slug(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "person",
        ActorKind::Organization => "organisation",
        ActorKind::Country => "country",
        ActorKind::Group => "group",
        ActorKind::Anonymous => "anonymous",
    }
}

fn origin_text(origin: Origin) -> (&'static str, &'static str) {
    match origin {
        Origin::Detected => ("detected", "Detected, not checked yet"),
        Origin::Confirmed => ("confirmed", "Detected and confirmed"),
        Origin::Edited => ("edited", "Detected, then edited"),
        Origin::Added => ("added", "Added by hand"),
    }
}

/// The text of `span`, or nothing when the span is not in `text` (a file for another text).
fn text_of(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

/// `text` cut to about `max` characters with an ellipsis.
fn shortened(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", text[..i].trim_end()),
        None => text.to_string(),
    }
}

/// A mention in a few words of its sentence: "…Trump called the plan…".
fn in_context(text: &str, span: Span) -> String {
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let lead: String = before
        .chars()
        .rev()
        .take(24)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail: String = after.chars().take(24).collect();
    let lead = lead.rsplit('\n').next().unwrap_or("");
    let tail = tail.split('\n').next().unwrap_or("");
    format!("…{lead}[{}]{tail}…", text_of(text, span))
}

fn describe(item: &Item, set: &Annotations, text: &str) -> String {
    match item {
        Item::Actor(a) => format!("actor {}", a.name),
        Item::Mention(m) => {
            let name = set.actor(&m.actor).map_or("", |a| a.name.as_str());
            format!(
                "mention of {name}: “{}”",
                shortened(text_of(text, m.span), 40)
            )
        }
        Item::Quote(q) => format!("quote “{}”", shortened(text_of(text, q.span), 50)),
        other => format!("{} {}", other.kind_name(), other.id()),
    }
}

/// The inspector section, at the top of the side panel.
#[component]
pub fn Inspector() -> Html {
    let state = use_app_state();
    let dispatch = use_dispatch();
    let send = Callback::from(move |action: Action| {
        if let Some(dispatch) = &dispatch {
            dispatch.dispatch(action);
        }
    });
    let set = &state.annotations;
    let body = match state.current.as_ref().and_then(|id| set.item(id)) {
        Some(Item::Quote(q)) if !q.deleted => quote_inspector(&state, &q, &send),
        Some(Item::Mention(m)) if !m.deleted => match set.actor(&m.actor) {
            Some(a) if !a.deleted => {
                html! { <ActorInspector actor={a.clone()} mention={Some(m.clone())} state={StateRef(state.clone())} /> }
            }
            _ => nothing_selected(),
        },
        Some(Item::Actor(a)) if !a.deleted => {
            html! { <ActorInspector actor={a.clone()} mention={None::<Rc<Mention>>} state={StateRef(state.clone())} /> }
        }
        _ => nothing_selected(),
    };
    html! {
        <section id="inspector" class="panel-section inspector" aria-labelledby="inspector-heading">
            <h3 id="inspector-heading" class="panel-title" tabindex="-1">{ "Inspector" }</h3>
            { body }
            <DeletedItems />
        </section>
    }
}

fn nothing_selected() -> Html {
    html! {
        <p class="empty" data-inspected="none">
            { "Nothing selected. Click a highlight, or press j for the next quote (? lists every key). Select text in the article to add a mention, quote or note." }
        </p>
    }
}

/// The app state as a prop, compared by pointer: a new state is a new value.
#[derive(Clone)]
pub struct StateRef(pub Rc<AppState>);

impl PartialEq for StateRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn select_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

/// The stance buttons of one target on one topic, with the stance's note once there is one.
/// The buttons are toggles: pressing the pressed one clears the stance.
fn stance_row(
    send: &Callback<Action>,
    target: &Target,
    topic: &Topic,
    stance: Option<&Rc<Stance>>,
    current: bool,
    extra: Html,
) -> Html {
    let value = stance.map(|s| s.value);
    let buttons = StanceValue::ALL.into_iter().map(|v| {
        let pressed = value == Some(v);
        let onclick = {
            let send = send.clone();
            let target = target.clone();
            let topic = topic.id.clone();
            Callback::from(move |_: MouseEvent| {
                send.emit(Action::SetStance {
                    target: target.clone(),
                    topic: topic.clone(),
                    value: (!pressed).then_some(v),
                    note: None,
                });
            })
        };
        html! {
            <button type="button" class={classes!("stance-button", v.as_str())} data-value={v.as_str()}
                aria-pressed={pressed.to_string()} {onclick}>{ stance_word(v) }</button>
        }
    });
    let note = stance.map(|s| {
        let onchange = {
            let send = send.clone();
            let target = target.clone();
            let topic = topic.id.clone();
            let value = s.value;
            Callback::from(move |e: Event| {
                let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
                    return;
                };
                send.emit(Action::SetStance {
                    target: target.clone(),
                    topic: topic.clone(),
                    value: Some(value),
                    note: Some(input.value()),
                });
            })
        };
        html! {
            <input key={format!("{}|{}", s.id, s.note)} type="text" class="stance-note" value={s.note.clone()}
                aria-label={format!("Note on the stance on {}", topic.label)} placeholder="Why? (optional note)" {onchange} />
        }
    });
    html! {
        <div key={topic.id.as_str()} class={classes!("stance-row", current.then_some("current"))} role="group"
            aria-label={format!("Stance on {}", topic.label)} data-topic={topic.id.to_string()}
            data-stance={value.map_or("none", StanceValue::as_str)}>
            <span class="stance-topic" aria-hidden="true">{ topic.label.clone() }</span>
            <span class="stance-buttons">{ for buttons }</span>
            { for note }
            { extra }
        </div>
    }
}

fn confirm_and_delete(send: &Callback<Action>, id: &Id, origin: Origin, what: &str) -> Html {
    let confirm = (origin == Origin::Detected).then(|| {
        let send = send.clone();
        let id = id.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| send.emit(Action::Confirm { id: id.clone() }));
        html! { <button type="button" class="button small" {onclick}>{ "Confirm" }</button> }
    });
    let on_delete = {
        let send = send.clone();
        let id = id.clone();
        Callback::from(move |_: MouseEvent| send.emit(Action::Delete { id: id.clone() }))
    };
    html! {
        <div class="inspector-actions">
            { for confirm }
            <button type="button" class="button small danger" onclick={on_delete}
                data-deletes={what.to_string()}>{ "Delete" }</button>
        </div>
    }
}

fn quote_inspector(state: &AppState, q: &Rc<Quote>, send: &Callback<Action>) -> Html {
    let set = &state.annotations;
    let text = state.article.text();
    let (origin_slug, origin_words) = origin_text(q.provenance.origin);
    let speaker = set.speaker_of(&q.id).map(|a| a.id.clone());
    let on_kind = {
        let send = send.clone();
        let quote = q.id.clone();
        Callback::from(move |e: Event| {
            let value = select_value(&e);
            if let Some(&(kind, _)) = QUOTE_KINDS.iter().find(|(k, _)| kind_slug(*k) == value) {
                send.emit(Action::SetQuoteKind {
                    quote: quote.clone(),
                    kind,
                });
            }
        })
    };
    let on_note = {
        let send = send.clone();
        let quote = q.id.clone();
        Callback::from(move |e: Event| {
            if let Some(area) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                send.emit(Action::SetQuoteNote {
                    quote: quote.clone(),
                    note: area.value(),
                });
            }
        })
    };
    let target = Target::Quote(q.id.clone());
    let topics = set.topics_in_order();
    let rows = topics.iter().map(|t| {
        let current = state.topic.as_ref() == Some(&t.id);
        stance_row(
            send,
            &target,
            t,
            set.stance(&target, &t.id),
            current,
            Html::default(),
        )
    });
    let edit_speaker = set.speaker_of(&q.id).map(|a| {
        let send = send.clone();
        let id = a.id.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| send.emit(Action::Focus { id: Some(id.clone()) }));
        html! { <button type="button" class="link-button" {onclick}>{ format!("Edit {}", a.name) }</button> }
    });
    html! {
        <div class="inspected" data-inspected="quote" data-id={q.id.to_string()}>
            <blockquote class="inspected-text"><q>{ shortened(text_of(text, q.span), 220) }</q></blockquote>
            <p class="inspected-label" data-quote-label="">{ quote_label(set, &q.id) }</p>
            <p class="origin" data-origin={origin_slug}>{ origin_words }</p>
            <div class="field">
                <label for="inspector-speaker">{ "Speaker" }</label>
                <SpeakerSelect quote={q.id.clone()} {speaker}
                    actors={Parts::new(set, &[Collection::Actors, Collection::Mentions])} />
                { for edit_speaker }
            </div>
            <div class="field">
                <label for="inspector-kind">{ "Kind" }</label>
                <select id="inspector-kind" key={format!("kind|{}|{}", q.id, kind_slug(q.kind))} onchange={on_kind}>
                    { for QUOTE_KINDS.iter().map(|&(k, words)| html! {
                        <option key={kind_slug(k)} value={kind_slug(k)} selected={q.kind == k}>{ words }</option>
                    }) }
                </select>
            </div>
            <h4 class="inspector-subtitle">{ "Stances" }</h4>
            if topics.is_empty() {
                <p class="empty">{ "Add a topic to tag stances." }</p>
            }
            { for rows }
            <div class="field">
                <label for="inspector-quote-note">{ "Note on the quote" }</label>
                <textarea id="inspector-quote-note" key={format!("note|{}|{}", q.id, q.note)} rows="2"
                    value={q.note.clone()} onchange={on_note} />
            </div>
            { confirm_and_delete(send, &q.id, q.provenance.origin, "quote") }
        </div>
    }
}

/// Props of [`SpeakerSelect`].
#[derive(Properties, PartialEq)]
struct SpeakerSelectProps {
    quote: Id,
    speaker: Option<Id>,
    /// The actors to choose from (it reads their order of first mention).
    actors: Parts,
}

/// The choice of a quote's speaker among every actor: hundreds of options on a long article,
/// so it is its own component, drawn again only when the quote, its speaker or the actors
/// change, not on every stance.
#[component]
fn SpeakerSelect(props: &SpeakerSelectProps) -> Html {
    let dispatch = use_dispatch();
    let on_speaker = {
        let quote = props.quote.clone();
        Callback::from(move |e: Event| {
            let value = select_value(&e);
            if let Some(dispatch) = &dispatch {
                dispatch.dispatch(Action::SetSpeaker {
                    quote: quote.clone(),
                    speaker: (!value.is_empty()).then(|| Id::new(&value)),
                });
            }
        })
    };
    let speaker = &props.speaker;
    let actors = props.actors.set.actors_in_order();
    html! {
        <select id="inspector-speaker" key={format!("speaker|{}|{:?}", props.quote, speaker)} onchange={on_speaker}>
            <option value="" selected={speaker.is_none()}>{ "Nobody (unattributed)" }</option>
            { for actors.iter().map(|a| html! {
                <option key={a.id.as_str()} value={a.id.to_string()} selected={speaker.as_ref() == Some(&a.id)}>{ a.name.clone() }</option>
            }) }
        </select>
    }
}

/// Props of [`ActorInspector`].
#[derive(Properties, PartialEq)]
pub struct ActorInspectorProps {
    pub actor: Rc<Actor>,
    /// The mention the user is on, when they came from one.
    pub mention: Option<Rc<Mention>>,
    pub state: StateRef,
}

fn summary_words(s: &Summary) -> String {
    let counts: Vec<String> = StanceValue::ALL
        .into_iter()
        .zip(s.from_quotes)
        .filter(|&(_, n)| n > 0)
        .map(|(v, n)| format!("{n} {}", v.as_str()))
        .collect();
    if counts.is_empty() {
        return "no quote takes a stance".into();
    }
    let mut words = format!("from its quotes: {}", counts.join(", "));
    if s.conflict() {
        words.push_str(" (conflict)");
    }
    words
}

/// Rename, merge, split, stances and summaries of one actor.
#[component]
pub fn ActorInspector(props: &ActorInspectorProps) -> Html {
    let dispatch = use_dispatch();
    let send = Callback::from(move |action: Action| {
        if let Some(dispatch) = &dispatch {
            dispatch.dispatch(action);
        }
    });
    let name = use_node_ref();
    let kind = use_node_ref();
    let merge = use_node_ref();
    let split = use_node_ref();
    let split_name = use_node_ref();
    let state = &props.state.0;
    let set = &state.annotations;
    let text = state.article.text();
    let actor = &props.actor;
    let (origin_slug, origin_words) = origin_text(actor.provenance.origin);

    let on_rename = {
        let send = send.clone();
        let (name, kind) = (name.clone(), kind.clone());
        let actor = actor.id.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(name), Some(kind)) = (
                name.cast::<HtmlInputElement>(),
                kind.cast::<HtmlSelectElement>(),
            ) else {
                return;
            };
            let kind = kind.value();
            let Some(&(kind, _)) = ACTOR_KINDS
                .iter()
                .find(|(k, _)| actor_kind_slug(*k) == kind)
            else {
                return;
            };
            send.emit(Action::RenameActor {
                actor: actor.clone(),
                name: name.value(),
                kind,
            });
        })
    };
    let on_merge = {
        let send = send.clone();
        let merge = merge.clone();
        let kept = actor.id.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(select) = merge.cast::<HtmlSelectElement>() else {
                return;
            };
            let value = select.value();
            if !value.is_empty() {
                send.emit(Action::MergeActors {
                    kept: kept.clone(),
                    absorbed: Id::new(&value),
                });
            }
        })
    };
    let on_split = {
        let send = send.clone();
        let (split, split_name) = (split.clone(), split_name.clone());
        let actor = actor.id.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(fields), Some(name)) = (
                split.cast::<web_sys::Element>(),
                split_name.cast::<HtmlInputElement>(),
            ) else {
                return;
            };
            let Ok(checked) = fields.query_selector_all("input[type=checkbox]:checked") else {
                return;
            };
            let mentions: Vec<Id> = (0..checked.length())
                .filter_map(|i| checked.item(i)?.dyn_into::<HtmlInputElement>().ok())
                .map(|input| Id::new(&input.value()))
                .collect();
            if !mentions.is_empty() && !name.value().trim().is_empty() {
                send.emit(Action::SplitActor {
                    actor: actor.clone(),
                    mentions,
                    name: name.value(),
                });
                name.set_value("");
            }
        })
    };

    let mentions = set.mentions_of(&actor.id);
    let quotes = set.quotes_by(&actor.id);
    let others: Vec<_> = set
        .actors_in_order()
        .into_iter()
        .filter(|a| a.id != actor.id)
        .collect();
    let target = Target::Actor(actor.id.clone());
    let topics = set.topics_in_order();
    let rows = topics.iter().map(|t| {
        let current = state.topic.as_ref() == Some(&t.id);
        let summary = set.summary(&actor.id, &t.id);
        let extra = html! {
            <p class={classes!("stance-summary", summary.conflict().then_some("conflict"))}
                data-summary={summary.overall().map_or(if summary.conflict() { "conflict" } else { "none" }, StanceValue::as_str)}>
                { summary_words(&summary) }
            </p>
        };
        stance_row(&send, &target, t, set.stance(&target, &t.id), current, extra)
    });
    let mention_part = props.mention.as_ref().map(|m| {
        let on_delete = {
            let send = send.clone();
            let id = m.id.clone();
            Callback::from(move |_: MouseEvent| send.emit(Action::Delete { id: id.clone() }))
        };
        html! {
            <div class="inspected-mention" data-mention={m.id.to_string()}>
                <p>{ "This mention: " }<q>{ text_of(text, m.span).to_string() }</q></p>
                <button type="button" class="button small quiet" onclick={on_delete}>{ "Delete this mention" }</button>
            </div>
        }
    });
    let role = actor.role.clone().map(|r| format!(", {r}"));
    html! {
        <div class="inspected" data-inspected="actor" data-id={actor.id.to_string()}>
            <p class="inspected-name"><strong>{ actor.name.clone() }</strong>{ for role }</p>
            <p class="origin" data-origin={origin_slug}>
                { format!("{origin_words}; {} mention{}, {} quote{}", mentions.len(), if mentions.len() == 1 { "" } else { "s" }, quotes.len(), if quotes.len() == 1 { "" } else { "s" }) }
            </p>
            { for mention_part }
            <form class="actor-rename" key={format!("rename|{}|{}|{:?}", actor.id, actor.name, actor.kind)} onsubmit={on_rename}>
                <div class="field">
                    <label for="inspector-actor-name">{ "Name" }</label>
                    <input id="inspector-actor-name" ref={name} type="text" value={actor.name.clone()} />
                </div>
                <div class="field">
                    <label for="inspector-actor-kind">{ "Kind" }</label>
                    <select id="inspector-actor-kind" ref={kind}>
                        { for ACTOR_KINDS.iter().map(|&(k, words)| html! {
                            <option key={actor_kind_slug(k)} value={actor_kind_slug(k)} selected={actor.kind == k}>{ words }</option>
                        }) }
                    </select>
                </div>
                <button type="submit" class="button small">{ "Rename" }</button>
            </form>
            <h4 class="inspector-subtitle">{ "Stances" }</h4>
            if topics.is_empty() {
                <p class="empty">{ "Add a topic to tag stances." }</p>
            }
            { for rows }
            if !others.is_empty() {
                <div class="field merge" key={format!("merge|{}", actor.id)}>
                    <label for="inspector-merge">{ "Merge with" }</label>
                    <select id="inspector-merge" ref={merge}>
                        { for others.iter().enumerate().map(|(i, a)| html! {
                            <option key={a.id.as_str()} value={a.id.to_string()} selected={i == 0}>{ a.name.clone() }</option>
                        }) }
                    </select>
                    <button type="button" class="button small" onclick={on_merge}>{ "Merge" }</button>
                    <p class="hint">{ format!("The chosen actor's mentions, quotes and stances move to {}.", actor.name) }</p>
                </div>
            }
            if mentions.len() > 1 {
                <details class="split">
                    <summary>{ "Split off mentions…" }</summary>
                    <form onsubmit={on_split} key={format!("split|{}|{}", actor.id, mentions.len())}>
                        <fieldset ref={split}>
                            <legend>{ "Mentions that name someone else" }</legend>
                            { for mentions.iter().map(|m| html! {
                                <label key={m.id.as_str()} class="check">
                                    <input type="checkbox" value={m.id.to_string()} />
                                    { in_context(text, m.span) }
                                </label>
                            }) }
                        </fieldset>
                        <div class="field">
                            <label for="inspector-split-name">{ "New actor's name" }</label>
                            <input id="inspector-split-name" ref={split_name} type="text" />
                        </div>
                        <button type="submit" class="button small">{ "Split" }</button>
                    </form>
                </details>
            }
            { confirm_and_delete(&send, &actor.id, actor.provenance.origin, "actor") }
        </div>
    }
}

/// Deleted detections, each with a Restore button. Hidden while there are none.
#[component]
pub fn DeletedItems() -> Html {
    let state = use_app_state();
    let dispatch = use_dispatch();
    let set = &state.annotations;
    let text = state.article.text();
    let deleted: Vec<Item> = set
        .deleted()
        .into_iter()
        // A deleted actor's mentions come back with it; list the actor only.
        .filter(|item| match item {
            Item::Mention(m) => set.actor(&m.actor).is_some_and(|a| !a.deleted),
            _ => true,
        })
        .collect();
    if deleted.is_empty() {
        return Html::default();
    }
    let items = deleted.iter().map(|item| {
        let words = describe(item, set, text);
        let onclick = {
            let dispatch = dispatch.clone();
            let id = item.id().clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(dispatch) = &dispatch {
                    dispatch.dispatch(Action::Restore { id: id.clone() });
                }
            })
        };
        html! {
            <li key={item.id().as_str()} data-deleted={item.id().to_string()} data-deleted-kind={item.kind_name()}>
                <span>{ words.clone() }</span>
                <button type="button" class="button small" aria-label={format!("Restore {words}")} {onclick}>{ "Restore" }</button>
            </li>
        }
    });
    html! {
        <details class="deleted-items" open=true>
            <summary>{ format!("Deleted items ({})", deleted.len()) }</summary>
            <ul>{ for items }</ul>
        </details>
    }
}
