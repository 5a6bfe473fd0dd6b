//! The browser edge for the DOM: document-level listeners that remove themselves when
//! dropped, finding and focusing highlights, and telling whether the user is typing.
//!
//! These functions only run in a browser (from effects and event handlers); the native
//! `ssr` build compiles them but never calls them.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement};

/// The page's document, if there is one.
#[must_use]
pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// An event listener on the document; removed again when dropped (an effect's cleanup).
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Listener {
    /// Listens for `kind` events on the document.
    #[must_use]
    pub fn on_document(kind: &'static str, handler: impl FnMut(Event) + 'static) -> Option<Self> {
        let target: EventTarget = document()?.into();
        let closure = Closure::<dyn FnMut(Event)>::new(handler);
        target
            .add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())
            .ok()?;
        Some(Listener {
            target,
            kind,
            closure,
        })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.closure.as_ref().unchecked_ref());
    }
}

/// Whether keys pressed on `target` are typing: text fields, selects and editable text.
#[must_use]
pub fn is_typing_in(target: Option<EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
        return false;
    };
    if element.is_content_editable() {
        return true;
    }
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => {
            let kind = element.get_attribute("type").unwrap_or_default();
            !matches!(
                kind.as_str(),
                "button" | "submit" | "reset" | "checkbox" | "radio" | "file"
            )
        }
        _ => false,
    }
}

/// The first highlight of annotation `id` drawn as `kind` (`quote` or `actor`).
#[must_use]
pub fn highlight(id: &str, kind: &str) -> Option<HtmlElement> {
    let document = document()?;
    // Ids the app makes are letters, digits and hyphens; anything else (from a file) is
    // compared attribute by attribute rather than put into a selector.
    let plain = id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ':');
    let found: Option<Element> = if plain {
        document
            .query_selector(&format!(
                "[data-annotation-id=\"{id}\"][data-kind=\"{kind}\"]"
            ))
            .ok()
            .flatten()
    } else {
        let all = document
            .query_selector_all(&format!("[data-kind=\"{kind}\"]"))
            .ok()?;
        (0..all.length())
            .filter_map(|i| all.item(i)?.dyn_into::<Element>().ok())
            .find(|e| e.get_attribute("data-annotation-id").as_deref() == Some(id))
    };
    found?.dyn_into::<HtmlElement>().ok()
}

/// Focuses an element and scrolls it into view if it is not.
pub fn focus_and_reveal(element: &HtmlElement) {
    let _ = element.focus();
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Focuses the first element matching `selector`; whether there was one.
pub fn focus_first(selector: &str) -> bool {
    let found = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match found {
        Some(element) => {
            focus_and_reveal(&element);
            true
        }
        None => false,
    }
}

/// The element with focus, if any.
#[must_use]
pub fn active_element() -> Option<Element> {
    document()?.active_element()
}

/// Clears the text selection.
pub fn clear_selection() {
    if let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = selection.remove_all_ranges();
    }
}
