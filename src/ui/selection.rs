//! Adding annotations by selecting text: the DOM selection becomes a byte [`Span`] of the
//! article, and a menu offers "Add actor mention", "Add quote" and "Add note".
//!
//! The mapping is the one place UTF-16 meets the core. Each block element carries
//! `data-block` and `data-start`, the byte offset of its text in `Article::text`; a
//! selection point is found among the block's text nodes, counted in UTF-16 units inside its
//! node, and turned into bytes of the block text ([`block_offset`]). Text nodes that are not
//! the article's words (a speaker badge) do not match the block text and are skipped.
//! Anything odd — a selection outside the article, a block the article does not have, a
//! point inside a surrogate pair — gives no span rather than a panic.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, Node, Range};
use yew::prelude::*;

use super::dom;
use super::state::{use_app_state, use_dispatch, Action};
use crate::annotations::{trimmed, ActorKind, Id, NewActor, QuoteKind};
use crate::article::Article;
use crate::span::Span;

/// The byte offset, in `utf8`, of the point `units` UTF-16 units in; `None` when that is past
/// the end or inside a character.
#[must_use]
pub fn utf16_to_byte(utf8: &str, units: usize) -> Option<usize> {
    let mut seen = 0;
    for (byte, c) in utf8.char_indices() {
        if seen == units {
            return Some(byte);
        }
        if seen > units {
            return None;
        }
        seen += c.len_utf16();
    }
    (seen == units).then_some(utf8.len())
}

/// The byte offset into `block` (a block's text) of a point `units` UTF-16 units into text
/// node `node`, where `nodes` are the block element's text nodes in document order. Nodes
/// that do not continue the block's text (decorations) are skipped; a point in one maps to
/// where it sits. `node == nodes.len()` is the end of the block.
#[must_use]
pub fn block_offset(block: &str, nodes: &[String], node: usize, units: usize) -> Option<usize> {
    let mut at = 0;
    for (i, t) in nodes.iter().enumerate() {
        let ours = !t.is_empty()
            && block
                .get(at..)
                .is_some_and(|rest| rest.starts_with(t.as_str()));
        if i == node {
            return if ours {
                utf16_to_byte(t, units).map(|b| at + b)
            } else {
                Some(at)
            };
        }
        if ours {
            at += t.len();
        }
    }
    (node >= nodes.len()).then_some(at)
}

/// The article's block element around `node`, with the byte span of its text.
fn block_of(article: &Article, node: &Node) -> Option<(Element, Span)> {
    let element = match node.dyn_ref::<Element>() {
        Some(e) => e.clone(),
        None => node.parent_element()?,
    };
    let block = element.closest("[data-block][data-start]").ok()??;
    // Only the article's own blocks: not a quote in the side panel.
    block.closest("article").ok()??;
    let start: usize = block.get_attribute("data-start")?.parse().ok()?;
    let span = article
        .blocks()
        .iter()
        .find(|b| b.span.start == start)?
        .span;
    Some((block, span))
}

/// The block's text nodes in document order.
fn text_nodes(block: &Element) -> Option<Vec<Node>> {
    let document = dom::document()?;
    // 4 is NodeFilter.SHOW_TEXT.
    let walker = document
        .create_tree_walker_with_what_to_show(block, 4)
        .ok()?;
    let mut nodes = Vec::new();
    while let Ok(Some(n)) = walker.next_node() {
        nodes.push(n);
    }
    Some(nodes)
}

/// The byte offset in the article of the DOM point (`container`, `offset`).
fn point_to_byte(article: &Article, container: &Node, offset: u32) -> Option<usize> {
    let (block, span) = block_of(article, container)?;
    let block_text = article.text().get(span.start..span.end)?;
    let nodes = text_nodes(&block)?;
    let texts: Vec<String> = nodes
        .iter()
        .map(|n| n.text_content().unwrap_or_default())
        .collect();
    let (node, units) = match nodes.iter().position(|n| n == container) {
        Some(i) => (i, offset as usize),
        None => {
            // An element and a child index: the point sits before the first text node at or
            // after that child.
            let point = Range::new().ok()?;
            point.set_start(container, offset).ok()?;
            let i = nodes
                .iter()
                .position(|n| point.compare_point(n, 0).is_ok_and(|c| c >= 0))
                .unwrap_or(nodes.len());
            (i, 0)
        }
    };
    block_offset(block_text, &texts, node, units).map(|b| span.start + b)
}

/// The article span the user has selected, trimmed of white space; `None` for no selection,
/// an empty one or one that is not wholly in the article.
fn selected_span(article: &Article) -> Option<Span> {
    let selection = web_sys::window()?.get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let start = point_to_byte(
        article,
        &range.start_container().ok()?,
        range.start_offset().ok()?,
    )?;
    let end = point_to_byte(
        article,
        &range.end_container().ok()?,
        range.end_offset().ok()?,
    )?;
    if end <= start {
        return None;
    }
    trimmed(article.text(), Span::new(start, end))
}

/// What the menu is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Choose,
    Mention,
    Quote,
    Note,
}

const ACTOR_KINDS: [(&str, ActorKind, &str); 5] = [
    ("person", ActorKind::Person, "Person"),
    ("organisation", ActorKind::Organization, "Organisation"),
    ("country", ActorKind::Country, "Country"),
    ("group", ActorKind::Group, "Group"),
    ("anonymous", ActorKind::Anonymous, "Anonymous source"),
];

const QUOTE_KINDS: [(&str, QuoteKind, &str); 3] = [
    ("direct", QuoteKind::Direct, "Direct"),
    ("partial", QuoteKind::Partial, "Partial"),
    ("scare", QuoteKind::Scare, "Scare quote"),
];

fn value_of<T: AsRef<Node> + From<wasm_bindgen::JsValue>>(
    node: &NodeRef,
    get: impl Fn(&T) -> String,
) -> String {
    node.cast::<T>().map(|e| get(&e)).unwrap_or_default()
}

/// The menu for selected article text. Listens to `selectionchange`; stays open while the
/// user fills in one of its forms even though that takes the selection away.
#[component]
pub fn SelectionMenu() -> Html {
    let state = use_app_state();
    let dispatch = use_dispatch();
    let picked = use_state(|| None::<Span>);
    let step = use_state(|| Step::Choose);
    let menu = use_node_ref();
    let (actor, name, kind, speaker, quote_kind, note) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    // The listener lives as long as the article: it reads that article's blocks.
    {
        let picked = picked.clone();
        let step = step.setter();
        let menu = menu.clone();
        let article: Rc<Article> = state.article.clone();
        use_effect_with(state.article.clone(), move |_| {
            let listener = dom::Listener::on_document("selectionchange", move |_| {
                match selected_span(&article) {
                    Some(span) => {
                        if *picked != Some(span) {
                            picked.set(Some(span));
                            step.set(Step::Choose);
                        }
                    }
                    None => {
                        let in_menu = menu.cast::<Element>().is_some_and(|m| {
                            dom::active_element().is_some_and(|a| m.contains(Some(&a)))
                        });
                        if !in_menu && picked.is_some() {
                            picked.set(None);
                        }
                    }
                }
            });
            move || drop(listener)
        });
    }
    let Some(span) = *picked else {
        return html! { <div ref={menu} class="selection-menu-anchor" hidden=true /> };
    };
    let text = state
        .article
        .text()
        .get(span.start..span.end)
        .unwrap_or("")
        .to_string();
    let close = {
        let picked = picked.clone();
        move || {
            picked.set(None);
            dom::clear_selection();
        }
    };
    let send = {
        let close = close.clone();
        move |action: Action| {
            if let Some(dispatch) = &dispatch {
                dispatch.dispatch(action);
            }
            close();
        }
    };
    let go = |to: Step| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(to))
    };
    // Buttons keep the selection: pressing one must not collapse it before the click.
    let keep = Callback::from(|e: MouseEvent| e.prevent_default());
    let on_cancel = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close())
    };
    let on_key = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                close();
            }
        })
    };
    let on_submit = {
        let step = *step;
        let (actor, name, kind, speaker, quote_kind, note) = (
            actor.clone(),
            name.clone(),
            kind.clone(),
            speaker.clone(),
            quote_kind.clone(),
            note.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let select = |n: &NodeRef| value_of::<HtmlSelectElement>(n, HtmlSelectElement::value);
            match step {
                Step::Mention => {
                    let existing = select(&actor);
                    let who = if existing.is_empty() {
                        let kind = select(&kind);
                        let kind = ACTOR_KINDS
                            .iter()
                            .find(|(slug, ..)| *slug == kind)
                            .map_or(ActorKind::Person, |k| k.1);
                        NewActor::New {
                            name: value_of::<HtmlInputElement>(&name, HtmlInputElement::value),
                            kind,
                        }
                    } else {
                        NewActor::Existing(Id::new(&existing))
                    };
                    send(Action::AddMention { span, actor: who });
                }
                Step::Quote => {
                    let s = select(&speaker);
                    let k = select(&quote_kind);
                    let kind = QUOTE_KINDS
                        .iter()
                        .find(|(slug, ..)| *slug == k)
                        .map_or(QuoteKind::Direct, |k| k.1);
                    send(Action::AddQuote {
                        span,
                        kind,
                        speaker: (!s.is_empty()).then(|| Id::new(&s)),
                    });
                }
                Step::Note => send(Action::AddNote {
                    span,
                    text: value_of::<HtmlTextAreaElement>(&note, HtmlTextAreaElement::value),
                }),
                Step::Choose => {}
            }
        })
    };
    let actors = state.annotations.actors_in_order();
    let actor_options = actors.iter().map(|a| {
        html! { <option key={a.id.as_str()} value={a.id.to_string()}>{ a.name.clone() }</option> }
    });
    let speaker_options = actors.iter().map(|a| {
        html! { <option key={a.id.as_str()} value={a.id.to_string()}>{ a.name.clone() }</option> }
    });
    let form = match *step {
        Step::Choose => html! {
            <div class="selection-actions">
                <button type="button" class="button small" onmousedown={keep.clone()} onclick={go(Step::Mention)}>{ "Add actor mention" }</button>
                <button type="button" class="button small" onmousedown={keep.clone()} onclick={go(Step::Quote)}>{ "Add quote" }</button>
                <button type="button" class="button small" onmousedown={keep.clone()} onclick={go(Step::Note)}>{ "Add note" }</button>
                <button type="button" class="button small quiet" onmousedown={keep} onclick={on_cancel}>{ "Cancel" }</button>
            </div>
        },
        Step::Mention => html! {
            <form class="selection-form" onsubmit={on_submit}>
                <div class="field">
                    <label for="selection-actor">{ "Actor" }</label>
                    <select id="selection-actor" ref={actor}>
                        <option value="" selected=true>{ "A new actor…" }</option>
                        { for actor_options }
                    </select>
                </div>
                <div class="field">
                    <label for="selection-name">{ "New actor's name" }</label>
                    <input id="selection-name" ref={name} type="text" value={text.clone()} />
                </div>
                <div class="field">
                    <label for="selection-kind">{ "New actor's kind" }</label>
                    <select id="selection-kind" ref={kind}>
                        { for ACTOR_KINDS.iter().enumerate().map(|(i, (slug, _, words))| html! { <option key={*slug} value={*slug} selected={i == 0}>{ *words }</option> }) }
                    </select>
                </div>
                <button type="submit" class="button small primary">{ "Add mention" }</button>
                <button type="button" class="button small quiet" onclick={on_cancel}>{ "Cancel" }</button>
            </form>
        },
        Step::Quote => html! {
            <form class="selection-form" onsubmit={on_submit}>
                <div class="field">
                    <label for="selection-speaker">{ "Speaker" }</label>
                    <select id="selection-speaker" ref={speaker}>
                        <option value="" selected=true>{ "Nobody (unattributed)" }</option>
                        { for speaker_options }
                    </select>
                </div>
                <div class="field">
                    <label for="selection-quote-kind">{ "Kind" }</label>
                    <select id="selection-quote-kind" ref={quote_kind}>
                        { for QUOTE_KINDS.iter().enumerate().map(|(i, (slug, _, words))| html! { <option key={*slug} value={*slug} selected={i == 0}>{ *words }</option> }) }
                    </select>
                </div>
                <button type="submit" class="button small primary">{ "Add this quote" }</button>
                <button type="button" class="button small quiet" onclick={on_cancel}>{ "Cancel" }</button>
            </form>
        },
        Step::Note => html! {
            <form class="selection-form" onsubmit={on_submit}>
                <div class="field">
                    <label for="selection-note">{ "Note" }</label>
                    <textarea id="selection-note" ref={note} rows="2" />
                </div>
                <button type="submit" class="button small primary">{ "Add this note" }</button>
                <button type="button" class="button small quiet" onclick={on_cancel}>{ "Cancel" }</button>
            </form>
        },
    };
    html! {
        <div ref={menu} class="selection-menu" role="region" aria-label="Selected text" onkeydown={on_key}
            data-start={span.start.to_string()} data-end={span.end.to_string()}>
            <p class="selection-text">{ "Selected: " }<q>{ text }</q></p>
            { form }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::{block_offset, utf16_to_byte};

    /// One line per case: text, UTF-16 units → byte offset.
    #[test]
    fn utf16_units_become_bytes() {
        let cases: [(&str, usize, Option<usize>); 7] = [
            ("abc", 0, Some(0)),
            ("abc", 3, Some(3)),
            ("abc", 4, None),
            ("“We”", 1, Some(3)),
            ("é😀x", 1, Some(2)),
            ("é😀x", 2, None), // inside the surrogate pair
            ("é😀x", 3, Some(6)),
        ];
        for (text, units, expected) in cases {
            assert_eq!(utf16_to_byte(text, units), expected, "{text:?} {units}");
        }
    }

    /// One line per case: block text, its text nodes, the point → byte offset in the block.
    #[test]
    fn points_in_text_nodes_become_block_offsets() {
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_string()).collect::<Vec<_>>();
        let block = "“We’ll meet,” Trump said.";
        let cases: [(Vec<String>, usize, usize, Option<usize>); 7] = [
            (s(&[block]), 0, 0, Some(0)),
            (s(&[block]), 0, 1, Some(3)),
            (s(&["“", "We’ll meet", ",” Trump said."]), 1, 2, Some(5)),
            (
                s(&["“", "We’ll meet", ",” Trump said."]),
                2,
                2,
                Some(3 + 12 + 4),
            ),
            // A speaker badge before the quote is not the article's text.
            (
                s(&["Trump", "“", "We’ll meet", ",” Trump said."]),
                2,
                0,
                Some(3),
            ),
            (s(&["Trump", "“We’ll meet,” Trump said."]), 0, 3, Some(0)),
            (s(&[block]), 1, 0, Some(block.len())),
        ];
        for (nodes, node, units, expected) in cases {
            assert_eq!(
                block_offset(block, &nodes, node, units),
                expected,
                "{nodes:?} {node} {units}"
            );
        }
    }
}
