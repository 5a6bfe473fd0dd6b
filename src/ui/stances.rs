//! The stance tools at the top of the side panel: undo and redo, the topics, the inspector
//! and the stance matrix.

use yew::prelude::*;

use super::inspector::Inspector;
use super::matrix::StanceMatrix;
use super::state::{use_app_state, use_dispatch, Action};
use super::topics::Topics;

/// Undo, redo and a hint about the shortcuts. Disabled buttons say there is nothing to do.
#[component]
pub fn UndoBar() -> Html {
    let state = use_app_state();
    let dispatch = use_dispatch();
    let send = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dispatch) = &dispatch {
                dispatch.dispatch(action.clone());
            }
        })
    };
    html! {
        <div class="undo-bar" role="toolbar" aria-label="Edit history">
            <button type="button" class="button small" disabled={!state.history.can_undo()}
                aria-keyshortcuts="Control+Z" onclick={send(Action::Undo)}>{ "Undo" }</button>
            <button type="button" class="button small" disabled={!state.history.can_redo()}
                aria-keyshortcuts="Control+Shift+Z Control+Y" onclick={send(Action::Redo)}>{ "Redo" }</button>
            <span class="hint">{ "Press ? for keyboard shortcuts" }</span>
        </div>
    }
}

/// Everything for tagging stances and correcting the detector, in reading order.
#[component]
pub fn StanceTools() -> Html {
    html! {
        <div class="stance-tools">
            <UndoBar />
            <Topics />
            <Inspector />
            <StanceMatrix />
        </div>
    }
}
