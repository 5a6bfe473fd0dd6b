//! The toolbar: open a file, paste an article, or go back to the default article.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::autosave::SavedWorkList;
use super::files::{open_file, opened};
use super::state::{use_dispatch, Action};

/// The file types the picker offers; anything else still gets a clear message if chosen.
const ACCEPT: &str =
    ".txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html";

/// Buttons to open another article. Only dispatches, so it never re-renders on state changes.
#[component]
pub fn Toolbar() -> Html {
    let dispatch = use_dispatch();
    let pasting = use_state(|| false);

    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let (Some(file), Some(dispatch)) = (input.files().and_then(|f| f.get(0)), &dispatch)
            {
                open_file(file, dispatch.clone());
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let on_default = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dispatch) = &dispatch {
                dispatch.dispatch(Action::OpenDefault);
            }
        })
    };
    let toggle_paste = {
        let pasting = pasting.clone();
        Callback::from(move |_: MouseEvent| pasting.set(!*pasting))
    };
    let close_paste = {
        let pasting = pasting.clone();
        Callback::from(move |()| pasting.set(false))
    };
    let listing = use_state(|| false);
    let toggle_saved = {
        let listing = listing.clone();
        Callback::from(move |_: MouseEvent| listing.set(!*listing))
    };
    let close_saved = {
        let listing = listing.clone();
        Callback::from(move |()| listing.set(false))
    };

    html! {
        <div class="toolbar-wrap">
            <div class="toolbar" role="toolbar" aria-label="Article">
                <input type="file" id="open-file" class="visually-hidden" accept={ACCEPT}
                    aria-label="Open file" onchange={on_file} />
                <label for="open-file" class="button">{ "Open file…" }</label>
                <button type="button" class="button" aria-expanded={pasting.to_string()}
                    aria-controls="paste-panel" onclick={toggle_paste}>{ "Paste text" }</button>
                <button type="button" class="button quiet" onclick={on_default}>{ "Default article" }</button>
                <button type="button" class="button quiet" aria-expanded={listing.to_string()}
                    aria-controls="saved-panel" onclick={toggle_saved}>{ "Saved work" }</button>
            </div>
            if *pasting {
                <PastePanel on_close={close_paste} />
            }
            if *listing {
                <section id="saved-panel" class="saved-panel" aria-label="Work saved in this browser">
                    <SavedWorkList on_done={close_saved} />
                </section>
            }
        </div>
    }
}

/// Props of [`PastePanel`].
#[derive(Properties, PartialEq)]
pub struct PastePanelProps {
    /// Called when the panel should close (opened, or cancelled).
    pub on_close: Callback<()>,
}

/// A text box to paste an article into. Plain text and HTML are both understood.
#[component]
pub fn PastePanel(props: &PastePanelProps) -> Html {
    let dispatch = use_dispatch();
    let text = use_node_ref();
    {
        // Put the cursor in the box when the panel opens.
        let text = text.clone();
        use_effect_with((), move |()| {
            if let Some(area) = text.cast::<HtmlTextAreaElement>() {
                let _ = area.focus();
            }
        });
    }
    let on_submit = {
        let text = text.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(area) = text.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let action = opened(None, area.value().as_bytes());
            let ok = matches!(action, Action::OpenArticle { .. });
            if let Some(dispatch) = &dispatch {
                dispatch.dispatch(action);
            }
            if ok {
                on_close.emit(());
            }
        })
    };
    let on_cancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let on_key = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    html! {
        <form id="paste-panel" class="paste-panel" onsubmit={on_submit} onkeydown={on_key}>
            <label for="paste-text">{ "Paste the article's text or web page" }</label>
            <textarea id="paste-text" ref={text} rows="8" spellcheck="false"
                placeholder="Headline on the first line, then the paragraphs." />
            <div class="actions">
                <button type="submit" class="button primary">{ "Open pasted text" }</button>
                <button type="button" class="button quiet" onclick={on_cancel}>{ "Cancel" }</button>
            </div>
        </form>
    }
}
