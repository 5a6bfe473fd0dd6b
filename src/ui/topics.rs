//! The topics stances are taken on: pick the current one (stance keys apply to it), add,
//! rename and remove them. Removing a topic removes its stances too; undo brings both back.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::{use_app_state, use_dispatch, Action};
use crate::annotations::Id;

/// The topic list and the "Add topic" form.
#[component]
pub fn Topics() -> Html {
    let state = use_app_state();
    let dispatch = use_dispatch();
    let renaming = use_state(|| None::<Id>);
    let new_topic = use_node_ref();
    let rename_field = use_node_ref();
    {
        // Put the cursor in the name field when renaming starts.
        let field = rename_field.clone();
        use_effect_with((*renaming).clone(), move |renaming| {
            if renaming.is_some() {
                if let Some(input) = field.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }
    let send = move |action: Action| {
        if let Some(dispatch) = &dispatch {
            dispatch.dispatch(action);
        }
    };

    let on_add = {
        let send = send.clone();
        let new_topic = new_topic.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = new_topic.cast::<HtmlInputElement>() {
                let label = input.value();
                if !label.trim().is_empty() {
                    send(Action::AddTopic { label });
                    input.set_value("");
                }
            }
        })
    };

    let topics = state.annotations.topics_in_order();
    let items = topics.iter().map(|topic| {
        let id = topic.id.clone();
        let current = state.topic.as_ref() == Some(&id);
        let label = topic.label.clone();
        if renaming.as_ref() == Some(&id) {
            let on_save = {
                let send = send.clone();
                let renaming = renaming.clone();
                let field = rename_field.clone();
                let id = id.clone();
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    if let Some(input) = field.cast::<HtmlInputElement>() {
                        send(Action::RenameTopic {
                            topic: id.clone(),
                            label: input.value(),
                        });
                    }
                    renaming.set(None);
                })
            };
            let on_cancel = {
                let renaming = renaming.clone();
                Callback::from(move |_: MouseEvent| renaming.set(None))
            };
            let on_key = {
                let renaming = renaming.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Escape" {
                        renaming.set(None);
                    }
                })
            };
            return html! {
                <li key={id.as_str()} class="topic renaming" data-topic={id.to_string()}>
                    <form class="topic-rename" onsubmit={on_save} onkeydown={on_key}>
                        <input ref={rename_field.clone()} type="text" aria-label={format!("New name for the topic {label}")}
                            value={label.clone()} />
                        <button type="submit" class="button small primary">{ "Save" }</button>
                        <button type="button" class="button small quiet" onclick={on_cancel}>{ "Cancel" }</button>
                    </form>
                </li>
            };
        }
        let on_select = {
            let send = send.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| send(Action::SelectTopic { topic: id.clone() }))
        };
        let on_rename = {
            let renaming = renaming.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone())))
        };
        let on_remove = {
            let send = send.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| send(Action::RemoveTopic { topic: id.clone() }))
        };
        html! {
            <li key={id.as_str()} class={classes!("topic", current.then_some("current"))}
                data-topic={id.to_string()} data-current={current.to_string()}>
                <button type="button" class="topic-name" aria-pressed={current.to_string()}
                    onclick={on_select}>{ label.clone() }</button>
                <button type="button" class="button small quiet" aria-label={format!("Rename topic {label}")}
                    onclick={on_rename}>{ "Rename" }</button>
                <button type="button" class="button small quiet" aria-label={format!("Remove topic {label}")}
                    onclick={on_remove}>{ "Remove" }</button>
            </li>
        }
    });
    html! {
        <section class="panel-section topics" aria-labelledby="topics-heading">
            <h3 id="topics-heading" class="panel-title">{ format!("Topics ({})", topics.len()) }</h3>
            <p class="hint">{ "Stance keys apply to the chosen topic; t picks the next one." }</p>
            if topics.is_empty() {
                <p class="empty">{ "No topics yet: add one to tag stances." }</p>
            } else {
                <ul class="topic-list">{ for items }</ul>
            }
            <form class="add-topic" onsubmit={on_add}>
                <input ref={new_topic} type="text" aria-label="New topic" placeholder="New topic" />
                <button type="submit" class="button small">{ "Add topic" }</button>
            </form>
        </section>
    }
}
