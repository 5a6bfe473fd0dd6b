//! Messages for the user: errors stay visible until dismissed; confirmations are announced
//! to screen readers through a polite live region.

use yew::prelude::*;

use super::state::{use_dispatch, Action, Notice};

/// Props of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The message to show, if any.
    pub notice: Option<Notice>,
}

/// Shows the current notice.
#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let dispatch = use_dispatch();
    let dismiss = Callback::from(move |_: MouseEvent| {
        if let Some(dispatch) = &dispatch {
            dispatch.dispatch(Action::DismissNotice);
        }
    });
    let (error, info) = match &props.notice {
        Some(Notice::Error(message)) => (Some(message.clone()), None),
        Some(Notice::Info(message)) => (None, Some(message.clone())),
        None => (None, None),
    };
    html! {
        <>
            <div class="visually-hidden" role="status" aria-live="polite">{ info.unwrap_or_default() }</div>
            if let Some(message) = error {
                <div class="notice error" role="alert">
                    <p>{ message }</p>
                    <button type="button" class="button quiet" onclick={dismiss}>{ "Dismiss" }</button>
                </div>
            }
        </>
    }
}
