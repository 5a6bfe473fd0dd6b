//! The browser edge for highlights: lighting up an actor's mentions, marking the current item
//! and bringing a highlight into view. These change attributes Yew does not manage
//! (`data-lit`, `aria-current`) straight on the DOM, so hovering over the article never
//! re-renders it. Every query is scoped to the article element or to highlights, which are
//! the only elements with `data-annotation-id`.

use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, FocusOptions, HtmlElement, ScrollIntoViewOptions};

/// The attribute on every mention of the actor that is lit up.
const LIT: &str = "data-lit";

/// A CSS attribute selector `[name="value"]` that matches `value` exactly, whatever it holds.
fn attr_selector(name: &str, value: &str) -> String {
    let mut s = String::with_capacity(name.len() + value.len() + 6);
    s.push('[');
    s.push_str(name);
    s.push_str("=\"");
    for c in value.chars() {
        match c {
            '"' | '\\' => {
                s.push('\\');
                s.push(c);
            }
            // A line break cannot stand in a CSS string; its escape is `\a `.
            '\n' => s.push_str("\\a "),
            _ => s.push(c),
        }
    }
    s.push_str("\"]");
    s
}

/// Every element under `root` that matches `selector` (none when the selector is invalid).
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The actor a pointer over `target` (or focus on it) is about: the actor of the innermost
/// mention around it, else the speaker of the innermost attributed quote.
#[must_use]
pub fn actor_at(target: Option<EventTarget>) -> Option<String> {
    let el = target?.dyn_into::<Element>().ok()?;
    let hl = el.closest("[data-actor-id],[data-speaker-id]").ok()??;
    hl.get_attribute("data-actor-id")
        .or_else(|| hl.get_attribute("data-speaker-id"))
}

/// The annotation id of the innermost highlight around `target` (for a cue word: its
/// quote's).
#[must_use]
pub fn annotation_at(target: Option<EventTarget>) -> Option<String> {
    let el = target?.dyn_into::<Element>().ok()?;
    let hl = el.closest("[data-annotation-id],[data-cue-of]").ok()??;
    hl.get_attribute("data-annotation-id")
        .or_else(|| hl.get_attribute("data-cue-of"))
}

/// Lights up every mention of `actor` under `root`, and nothing else.
pub fn light(root: &Element, actor: Option<&str>) {
    for el in all(root, "[data-lit]") {
        let _ = el.remove_attribute(LIT);
    }
    if let Some(actor) = actor {
        for el in all(root, &attr_selector("data-actor-id", actor)) {
            let _ = el.set_attribute(LIT, "");
        }
    }
}

/// Marks the current item under `root` (the article, or one block of it) with
/// `aria-current`: a quote's or mention's highlight, or every mention of an actor.
pub fn mark_current(root: &Element, id: Option<&str>) {
    for el in all(root, "[aria-current]") {
        let _ = el.remove_attribute("aria-current");
    }
    if let Some(id) = id {
        let selector = format!(
            "{},{}",
            attr_selector("data-annotation-id", id),
            attr_selector("data-actor-id", id)
        );
        for el in all(root, &selector) {
            let _ = el.set_attribute("aria-current", "true");
        }
    }
}

/// Scrolls the highlight of `id` (for an actor: its first mention) to the middle of the
/// window and moves keyboard focus to it. Returns whether there was one to go to: a hidden
/// layer draws none.
pub fn reveal(id: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    // Only a highlight's first fragment is focusable (`tabindex`).
    let selector = format!(
        "{sel}[tabindex],{actor}[tabindex]",
        sel = attr_selector("data-annotation-id", id),
        actor = attr_selector("data-actor-id", id),
    );
    let Ok(Some(el)) = document.query_selector(&selector) else {
        return false;
    };
    let scroll = ScrollIntoViewOptions::new();
    scroll.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&scroll);
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let focus = FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::attr_selector;

    #[test]
    fn selectors_quote_what_they_match() {
        for (value, selector) in [
            ("actor-1", r#"[x="actor-1"]"#),
            (r#"a"b"#, r#"[x="a\"b"]"#),
            (r"a\b", r#"[x="a\\b"]"#),
            ("a\nb", r#"[x="a\a b"]"#),
        ] {
            assert_eq!(attr_selector("x", value), selector);
        }
    }
}
