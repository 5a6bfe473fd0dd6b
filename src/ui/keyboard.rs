//! Keyboard shortcuts: one document-level `keydown` listener, installed once by an effect.
//! Which key does what is a pure function ([`command`]) with a native table test; the
//! overlay ([`super::shortcuts`]) lists [`SHORTCUTS`], so the list and the keys agree.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use super::dom;
use super::shortcuts::ShortcutsDialog;
use super::state::{use_app_state, use_dispatch, Action};
use crate::annotations::StanceValue;

/// What a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Undo,
    Redo,
    /// The next (`true`) or previous quote.
    StepQuote(bool),
    /// Set (or with `None` clear) the current item's stance on the current topic.
    Stance(Option<StanceValue>),
    NextTopic,
    /// Move focus into the inspector.
    Edit,
    Delete,
    /// Close what is open, clear the selection.
    Escape,
    /// Show the list of shortcuts.
    Help,
}

/// The shortcuts as the overlay lists them: keys, then what they do.
pub const SHORTCUTS: [(&str, &str); 13] = [
    ("j or n", "Next quote"),
    ("k or p", "Previous quote"),
    (
        "f or 1",
        "Favor: the current quote (or actor) is for the current topic",
    ),
    ("a or 2", "Against the current topic"),
    (
        "o or 3",
        "Neutral on the current topic (o as in “on the fence”)",
    ),
    ("u or 4", "Unclear"),
    ("x or 0", "Clear the stance on the current topic"),
    ("t", "Next topic"),
    ("e", "Edit: move to the inspector"),
    ("Delete", "Delete the current quote or actor"),
    ("Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y", "Undo, redo"),
    (
        "Escape",
        "Close this list, the selection menu; clear the selection",
    ),
    ("?", "Show these shortcuts"),
];

/// The command for a key, or `None`. `typing`: the key went to a text field, where only
/// Escape is ours (undo in a text field is the field's own).
#[must_use]
pub fn command(key: &str, ctrl: bool, shift: bool, alt: bool, typing: bool) -> Option<Command> {
    if key == "Escape" {
        return (!typing).then_some(Command::Escape);
    }
    if typing || alt {
        return None;
    }
    if ctrl {
        return match key {
            "z" | "Z" if shift => Some(Command::Redo),
            "z" | "Z" => Some(Command::Undo),
            "y" | "Y" => Some(Command::Redo),
            _ => None,
        };
    }
    Some(match key {
        "j" | "n" => Command::StepQuote(true),
        "k" | "p" => Command::StepQuote(false),
        "f" | "1" => Command::Stance(Some(StanceValue::Favor)),
        "a" | "2" => Command::Stance(Some(StanceValue::Against)),
        "o" | "3" => Command::Stance(Some(StanceValue::Neutral)),
        "u" | "4" => Command::Stance(Some(StanceValue::Unclear)),
        "x" | "0" => Command::Stance(None),
        "t" => Command::NextTopic,
        "e" => Command::Edit,
        "Delete" => Command::Delete,
        "?" => Command::Help,
        _ => return None,
    })
}

/// Installs the shortcuts, keeps focus on the current quote as the keys move it, makes a
/// highlight that gets focus the current item, and renders the `?` overlay.
#[component]
pub fn Keyboard() -> Html {
    let state = use_app_state();
    let dispatch = use_dispatch();
    let help = use_state(|| false);
    // Set when a key moved to another quote: the next render then focuses its highlight.
    let follow = use_mut_ref(|| Cell::new(false));

    {
        let dispatch = dispatch.clone();
        let help = help.setter();
        let follow = follow.clone();
        use_effect_with((), move |()| {
            let on_focus = dispatch.clone();
            let keys = dom::Listener::on_document("keydown", move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                let typing = dom::is_typing_in(e.target());
                let ctrl = e.ctrl_key() || e.meta_key();
                let Some(command) = command(&e.key(), ctrl, e.shift_key(), e.alt_key(), typing)
                else {
                    return;
                };
                // Keys inside an open dialog belong to it.
                if dom::active_element()
                    .is_some_and(|a| a.closest("dialog").ok().flatten().is_some())
                {
                    return;
                }
                e.prevent_default();
                let Some(dispatch) = &dispatch else {
                    return;
                };
                match command {
                    Command::Undo => dispatch.dispatch(Action::Undo),
                    Command::Redo => dispatch.dispatch(Action::Redo),
                    Command::StepQuote(forward) => {
                        follow.borrow().set(true);
                        dispatch.dispatch(Action::StepQuote { forward });
                    }
                    Command::Stance(value) => dispatch.dispatch(Action::StanceOnCurrent { value }),
                    Command::NextTopic => dispatch.dispatch(Action::StepTopic),
                    Command::Edit => {
                        dom::focus_first(
                            "#inspector button:not([disabled]), #inspector select, #inspector input",
                        );
                    }
                    Command::Delete => dispatch.dispatch(Action::DeleteCurrent),
                    Command::Escape => dom::clear_selection(),
                    Command::Help => help.set(true),
                }
            });
            // A highlight that gets focus (by Tab or a click) becomes the current item.
            let focus = on_focus.and_then(|dispatch| {
                dom::Listener::on_document("focusin", move |e| {
                    let Some(element) = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    else {
                        return;
                    };
                    if let Some(id) = element.get_attribute("data-annotation-id") {
                        if element.has_attribute("data-kind") {
                            dispatch.dispatch(Action::Focus {
                                id: Some(id.as_str().into()),
                            });
                        }
                    }
                })
            });
            move || drop((keys, focus))
        });
    }
    {
        let follow = follow.clone();
        use_effect_with(state.current.clone(), move |current| {
            if follow.borrow().replace(false) {
                if let Some(element) = current
                    .as_ref()
                    .and_then(|id| dom::highlight(id.as_str(), "quote"))
                {
                    dom::focus_and_reveal(&element);
                }
            }
        });
    }
    let on_close = {
        let help = help.setter();
        Callback::from(move |()| help.set(false))
    };
    html! { <ShortcutsDialog open={*help} {on_close} /> }
}

#[cfg(test)]
mod tests {
    use super::{command, Command};
    use crate::annotations::StanceValue;

    /// One line per case: key, ctrl, shift, typing → command.
    #[test]
    fn keys_map_to_commands() {
        let cases: [(&str, bool, bool, bool, Option<Command>); 16] = [
            ("j", false, false, false, Some(Command::StepQuote(true))),
            ("n", false, false, false, Some(Command::StepQuote(true))),
            ("k", false, false, false, Some(Command::StepQuote(false))),
            (
                "f",
                false,
                false,
                false,
                Some(Command::Stance(Some(StanceValue::Favor))),
            ),
            (
                "2",
                false,
                false,
                false,
                Some(Command::Stance(Some(StanceValue::Against))),
            ),
            (
                "o",
                false,
                false,
                false,
                Some(Command::Stance(Some(StanceValue::Neutral))),
            ),
            ("x", false, false, false, Some(Command::Stance(None))),
            ("t", false, false, false, Some(Command::NextTopic)),
            ("z", true, false, false, Some(Command::Undo)),
            ("Z", true, true, false, Some(Command::Redo)),
            ("y", true, false, false, Some(Command::Redo)),
            ("?", false, true, false, Some(Command::Help)),
            ("Escape", false, false, false, Some(Command::Escape)),
            // Typing in a field: the field's own keys, its own undo.
            ("f", false, false, true, None),
            ("z", true, false, true, None),
            ("q", false, false, false, None),
        ];
        for (key, ctrl, shift, typing, expected) in cases {
            assert_eq!(
                command(key, ctrl, shift, false, typing),
                expected,
                "{key} ctrl {ctrl} shift {shift} typing {typing}"
            );
        }
        assert_eq!(
            command("f", false, false, true, false),
            None,
            "Alt+f is the browser's"
        );
    }
}
