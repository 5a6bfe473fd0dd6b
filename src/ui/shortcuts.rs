//! The `?` overlay: every keyboard shortcut in a modal dialog. The browser's own modal
//! `<dialog>` keeps focus inside it (the page behind is inert) and closes on Escape; focus
//! goes back where it was.

use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement};
use yew::prelude::*;

use super::dom;
use super::keyboard::SHORTCUTS;

/// Props of [`ShortcutsDialog`].
#[derive(Properties, PartialEq)]
pub struct ShortcutsDialogProps {
    /// Whether the dialog is open.
    pub open: bool,
    /// Called when the user closes it (Escape, the Close button).
    pub on_close: Callback<()>,
}

/// The list of shortcuts, in a modal dialog.
#[component]
pub fn ShortcutsDialog(props: &ShortcutsDialogProps) -> Html {
    let dialog = use_node_ref();
    let before = use_mut_ref(|| None::<HtmlElement>);
    {
        let dialog = dialog.clone();
        use_effect_with(props.open, move |&open| {
            let Some(dialog) = dialog.cast::<HtmlDialogElement>() else {
                return;
            };
            if open && !dialog.open() {
                *before.borrow_mut() = dom::active_element().and_then(|e| e.dyn_into().ok());
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
            if !open {
                if let Some(element) = before.borrow_mut().take() {
                    let _ = element.focus();
                }
            }
        });
    }
    let on_dialog_close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: Event| on_close.emit(()))
    };
    // The page behind a modal dialog is inert, but Tab would still leave for the browser's
    // own controls: keep it on the dialog's controls, wrapping around.
    let on_key = {
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Tab" {
                return;
            }
            let Some(dialog) = dialog.cast::<web_sys::Element>() else {
                return;
            };
            let Ok(list) = dialog.query_selector_all("button, [href], input, select, textarea")
            else {
                return;
            };
            let items: Vec<HtmlElement> = (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into().ok())
                .collect();
            let (Some(first), Some(last)) = (items.first(), items.last()) else {
                return;
            };
            let active = dom::active_element();
            let at = |el: &HtmlElement| {
                active
                    .as_ref()
                    .is_some_and(|a| a == el.as_ref() as &web_sys::Element)
            };
            if e.shift_key() && (at(first) || !items.iter().any(at)) {
                e.prevent_default();
                let _ = last.focus();
            } else if !e.shift_key() && (at(last) || !items.iter().any(at)) {
                e.prevent_default();
                let _ = first.focus();
            }
        })
    };
    let on_button = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    html! {
        <dialog ref={dialog} class="shortcuts" aria-labelledby="shortcuts-heading" onclose={on_dialog_close} onkeydown={on_key}>
            <h2 id="shortcuts-heading">{ "Keyboard shortcuts" }</h2>
            <p>{ "Keys work when you are not typing in a field. Stance keys apply to the current quote (or actor) and the current topic." }</p>
            <table class="shortcut-table">
                <thead><tr><th scope="col">{ "Keys" }</th><th scope="col">{ "What they do" }</th></tr></thead>
                <tbody>
                    { for SHORTCUTS.iter().map(|(keys, what)| html! {
                        <tr key={*keys} data-shortcut={*keys}><td><kbd>{ *keys }</kbd></td><td>{ *what }</td></tr>
                    }) }
                </tbody>
            </table>
            <button type="button" class="button primary" onclick={on_button}>{ "Close" }</button>
        </dialog>
    }
}
