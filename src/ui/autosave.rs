//! Never losing work: every change is saved in the browser, saved work comes back when its
//! article opens again, a full storage is reported with what to do, and two tabs on one
//! article never silently overwrite each other.

use std::rc::Rc;

use yew::prelude::*;

use super::clock;
use super::state::{use_app_state, use_dispatch, Action, AppState};
use super::storage::{self, SaveError};
use crate::annotations::{Annotations, Origin};
use crate::format::saved::SavedWork;
use crate::format::whosaid;

/// Where saving stands, as the status line says it.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    /// Nothing changed since the article opened: nothing to save.
    Idle,
    /// Saved at this time (`HH:MM`).
    Saved(String),
    /// The last save failed; what is in memory is kept.
    Failed(SaveError),
    /// Another tab saved this article; saving here is paused until the user chooses.
    OtherTab,
}

/// The article's work as the file saved for it.
fn file_of(state: &AppState) -> String {
    whosaid::write(
        &state.article,
        &state.annotations,
        &whosaid::Meta {
            annotator: state.author.as_deref().map(String::from),
            exported: Some(clock::now()),
        },
    )
}

/// Saved work read back: the article's fingerprint and its annotations.
type Loaded = (Rc<str>, Rc<Annotations>);

/// Reads saved work back; an unreadable save is reported, never applied half-way.
fn read_saved(fingerprint: &str) -> Option<Result<Loaded, String>> {
    let text = storage::load(fingerprint)?;
    Some(
        whosaid::read("saved work", text.as_bytes())
            .map(|file| {
                (
                    Rc::from(file.article.fingerprint()),
                    Rc::new(file.annotations),
                )
            })
            .map_err(|e| e.to_string()),
    )
}

/// The list entry for the state's article, saved now by `tab`.
fn entry_for(state: &AppState, tab: &str) -> SavedWork {
    SavedWork {
        fingerprint: state.fingerprint.to_string(),
        title: state
            .article
            .title()
            .unwrap_or("Untitled article")
            .to_string(),
        source: state.source.to_string(),
        saved_at: clock::now(),
        tab: tab.to_string(),
        changes: state
            .annotations
            .items()
            .filter(|i| i.provenance().origin != Origin::Detected)
            .count(),
    }
}

/// Saves the state's work and says how it went.
fn save(state: &AppState, tab: &str) -> Status {
    let entry = entry_for(state, tab);
    match storage::save(&entry, &file_of(state)) {
        Ok(()) => Status::Saved(entry.saved_at.get(11..16).unwrap_or("").to_string()),
        Err(e) => Status::Failed(e),
    }
}

/// Saves and restores work in the background and shows how saving stands: a quiet status
/// line, or a warning with what to do.
#[component]
pub fn Autosave() -> Html {
    let state = use_app_state();
    let dispatch = use_dispatch();
    let status = use_state(|| Status::Idle);
    // One id per tab, to recognise our own saves.
    let tab = use_memo((), |()| clock::random_tag());

    // Saved work comes back when its article opens (not as an undoable step: there is
    // nothing before it to go back to). An article opened with work of its own (an
    // annotation file, a one-file annotator carrying work) keeps that work.
    {
        let dispatch = dispatch.clone();
        let status = status.clone();
        let pristine = state.is_pristine();
        use_effect_with(state.fingerprint.clone(), move |fingerprint| {
            status.set(Status::Idle);
            let saved = if pristine {
                read_saved(fingerprint)
            } else {
                None
            };
            if let (Some(saved), Some(dispatch)) = (saved, dispatch) {
                match saved {
                    Ok((fingerprint, annotations)) => dispatch.dispatch(Action::LoadSaved {
                        fingerprint,
                        annotations,
                        undoable: false,
                    }),
                    Err(message) => dispatch.dispatch(Action::ShowError {
                        message: format!(
                            "The work saved in this browser for this article could not be read \
                             ({message}). It is left as it is; the article opens with the \
                             detector's findings."
                        )
                        .into(),
                    }),
                }
            }
        });
    }

    // Every change is saved, unless nothing was changed yet or another tab has saved since.
    // Saving waits for a pause of 300 ms, so a burst of stance keys writes once and writing
    // a long article's file never delays the key's own update on screen.
    let pending = use_mut_ref(|| None::<clock::Timer>);
    {
        let status = status.clone();
        let tab = tab.clone();
        let state = state.clone();
        use_effect_with(state.annotations.clone(), move |_| {
            let touched = state.history.can_undo() || state.history.can_redo();
            if touched && *status != Status::OtherTab {
                let timer = clock::after(300, move || status.set(save(&state, &tab)));
                // Replacing the pending save cancels it.
                *pending.borrow_mut() = timer;
            }
        });
    }

    // Another tab saving this article pauses saving here until the user chooses.
    {
        let status = status.clone();
        let fingerprint = state.fingerprint.clone();
        use_effect_with(fingerprint, move |fingerprint| {
            let mine = fingerprint.clone();
            let listener = storage::listen(move |changed| {
                if *changed == *mine && storage::load(&mine).is_some() {
                    status.set(Status::OtherTab);
                }
            });
            move || drop(listener)
        });
    }

    let load_theirs = {
        let status = status.clone();
        let dispatch = dispatch.clone();
        let fingerprint = state.fingerprint.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(dispatch) = &dispatch else { return };
            match read_saved(&fingerprint) {
                Some(Ok((fingerprint, annotations))) => {
                    dispatch.dispatch(Action::LoadSaved {
                        fingerprint,
                        annotations,
                        undoable: true,
                    });
                    status.set(Status::Idle);
                }
                Some(Err(message)) => dispatch.dispatch(Action::ShowError {
                    message: format!(
                        "The other tab's work could not be read ({message}); yours is unchanged."
                    )
                    .into(),
                }),
                None => status.set(Status::Idle),
            }
        })
    };
    let keep_mine = {
        let status = status.clone();
        let state = state.clone();
        let tab = tab.clone();
        Callback::from(move |_: MouseEvent| status.set(save(&state, &tab)))
    };

    match &*status {
        Status::Idle => {
            html! { <p class="save-status" data-save="idle">{ "Changes are saved in this browser." }</p> }
        }
        Status::Saved(at) => {
            html! { <p class="save-status" data-save="saved">{ format!("Saved in this browser at {at} UTC.") }</p> }
        }
        Status::Failed(e) => html! {
            <div class="save-warning" role="alert" data-save="failed">
                <p>{ e.message() }</p>
            </div>
        },
        Status::OtherTab => html! {
            <div class="save-warning" role="alert" data-save="other-tab">
                <p>{ "This article was also changed in another tab. Saving here is paused so neither tab overwrites the other." }</p>
                <button type="button" onclick={load_theirs}>{ "Load the other tab's version" }</button>
                <button type="button" onclick={keep_mine}>{ "Keep this tab's version" }</button>
            </div>
        },
    }
}

/// Props of [`SavedWorkList`].
#[derive(Properties, PartialEq)]
pub struct SavedWorkListProps {
    /// Called after an article was opened, to close the list.
    #[prop_or_default]
    pub on_done: Callback<()>,
}

/// The articles with work saved in this browser: reopen or delete each.
#[component]
pub fn SavedWorkList(props: &SavedWorkListProps) -> Html {
    let dispatch = use_dispatch();
    let entries = use_state(storage::list);
    if entries.is_empty() {
        return html! { <p class="empty">{ "No work is saved in this browser yet." }</p> };
    }
    let items = entries.iter().map(|e| {
        let open = {
            let dispatch = dispatch.clone();
            let fingerprint = e.fingerprint.clone();
            let source = e.source.clone();
            let on_done = props.on_done.clone();
            Callback::from(move |_: MouseEvent| {
                let Some(dispatch) = &dispatch else { return };
                let Some(text) = storage::load(&fingerprint) else {
                    dispatch.dispatch(Action::ShowError {
                        message: "That saved work is gone (deleted in another tab?).".into(),
                    });
                    return;
                };
                match whosaid::read("saved work", text.as_bytes()) {
                    // Opening the article brings its saved work back (see `Autosave`).
                    Ok(file) => {
                        dispatch.dispatch(Action::OpenArticle {
                            article: Rc::new(file.article),
                            source: if source.is_empty() { "saved work".into() } else { source.clone().into() },
                        });
                        on_done.emit(());
                    }
                    Err(err) => dispatch.dispatch(Action::ShowError {
                        message: format!("That saved work could not be read: {err}").into(),
                    }),
                }
            })
        };
        let delete = {
            let entries = entries.clone();
            let fingerprint = e.fingerprint.clone();
            Callback::from(move |_: MouseEvent| {
                storage::delete(&fingerprint);
                entries.set(storage::list());
            })
        };
        let when = e.saved_at.get(..16).unwrap_or(&e.saved_at).replace('T', " ");
        html! {
            <li key={e.fingerprint.clone()} class="saved-item" data-fingerprint={e.fingerprint.clone()}>
                <span class="saved-title">{ e.title.clone() }</span>
                <span class="saved-when">{ format!("saved {when} UTC, {} changes", e.changes) }</span>
                <button type="button" onclick={open} aria-label={format!("Open {}", e.title)}>{ "Open" }</button>
                <button type="button" onclick={delete} aria-label={format!("Delete saved work for {}", e.title)}>{ "Delete" }</button>
            </li>
        }
    });
    html! { <ul class="saved-list">{ for items }</ul> }
}
