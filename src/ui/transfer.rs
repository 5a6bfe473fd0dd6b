//! Files in and out: export (whosaid JSON, W3C Web Annotation, CSV), import with a preview
//! before anything changes, and "Save as one file" (the annotator with the work inside).

use std::rc::Rc;

use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use super::clock;
use super::download::{download, embedded_work, single_file_template};
use super::files::read_bytes;
use super::state::{use_app_state, use_dispatch, Action, AppState};
use crate::anchor::OrphanReason;
use crate::annotations::Edit;
use crate::article::Article;
use crate::format::{self, csv, single_file, w3c, whosaid, AnnotationFile};
use crate::merge;

/// The state the app starts in: the work a one-file annotator carries, else the default
/// article. Work that cannot be read leaves the default article and says why.
#[must_use]
pub fn initial_state() -> AppState {
    let Some(json) = embedded_work() else {
        return AppState::default();
    };
    match whosaid::read("this file", json.as_bytes()) {
        Ok(file) => {
            let mut state = AppState::with_article(Rc::new(file.article), "this file".into());
            state.annotations = Rc::new(file.annotations);
            state.author = file.annotator.map(Rc::from);
            state
        }
        Err(e) => AppState {
            notice: Some(super::Notice::Error(
                format!("The work inside this file could not be read: {e}. The default article is shown instead.").into(),
            )),
            ..AppState::default()
        },
    }
}

/// A file name from the article's headline: `trump-and-putin-agree.whosaid.json`.
fn file_stem(article: &Article) -> String {
    let mut stem = String::new();
    for c in article.title().unwrap_or("whosaid").chars() {
        if c.is_ascii_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
        if stem.len() >= 60 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "whosaid".to_string()
    } else {
        stem.to_string()
    }
}

fn meta(state: &AppState) -> whosaid::Meta {
    whosaid::Meta {
        annotator: state.author.as_deref().map(String::from),
        exported: Some(clock::now()),
    }
}

/// The export formats, as the menu offers them.
#[derive(Clone, Copy, PartialEq)]
enum Export {
    Whosaid,
    W3c,
    QuotesCsv,
    ActorsCsv,
}

impl Export {
    const ALL: [(Export, &'static str); 4] = [
        (Export::Whosaid, "whosaid file (JSON)"),
        (Export::W3c, "W3C Web Annotation (JSON-LD)"),
        (Export::QuotesCsv, "Quotes table (CSV)"),
        (Export::ActorsCsv, "Actors table (CSV)"),
    ];

    /// The file name, MIME type and text of this export.
    fn file(self, state: &AppState) -> (String, &'static str, String) {
        let stem = file_stem(&state.article);
        let (a, n) = (&state.article, &state.annotations);
        match self {
            Export::Whosaid => (
                format!("{stem}.whosaid.json"),
                "application/json",
                whosaid::write(a, n, &meta(state)),
            ),
            Export::W3c => (
                format!("{stem}.jsonld"),
                "application/ld+json",
                w3c::write(a, n, &meta(state)),
            ),
            Export::QuotesCsv => (format!("{stem}-quotes.csv"), "text/csv", csv::quotes(a, n)),
            Export::ActorsCsv => (format!("{stem}-actors.csv"), "text/csv", csv::actors(n)),
        }
    }
}

/// What an import would do, shown before anything changes.
#[derive(Clone, PartialEq)]
struct Preview {
    /// The files that were read, by name.
    files: Vec<String>,
    /// Files that could not be read, each with its message.
    errors: Vec<String>,
    /// The merge in words: "12 new, 3 changed, 1 conflict, 2 could not be placed".
    summary: String,
    /// The merge as one edit (empty when there is nothing to merge).
    edit: Edit,
    /// Text of annotations that could not be placed, to show the user.
    unplaced: Vec<String>,
    /// One file made on another article: it can be opened instead, with its work.
    other_article: Option<(Rc<Article>, Rc<crate::annotations::Annotations>, String)>,
}

fn preview(state: &AppState, read: Vec<(String, Result<AnnotationFile, String>)>) -> Preview {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut good = Vec::new();
    for (name, result) in read {
        match result {
            Ok(file) => {
                files.push(name.clone());
                good.push((name, file));
            }
            Err(message) => errors.push(message),
        }
    }
    let import = merge::plan_files(&state.article, &state.annotations, &good);
    let mut unplaced: Vec<String> = import
        .plan
        .carried()
        .map(|o| format!("{} “{}”", o.item.kind_name(), o.text()))
        .collect();
    unplaced.extend(import.plan.orphans.iter().filter_map(|o| match &o.reason {
        OrphanReason::NotFound(selector) => {
            Some(format!("{} “{}”", o.item.kind_name(), selector.exact))
        }
        OrphanReason::BadSpan(_) | OrphanReason::TargetNotPlaced(_) => {
            Some(format!("{} {}", o.item.kind_name(), o.item.id()))
        }
        // A quote whose cue alone is lost is placed.
        OrphanReason::CueNotFound(_) => None,
    }));
    let other_article = match good.as_slice() {
        [(_, one)] if one.article.fingerprint() != *state.fingerprint => Some((
            Rc::new(one.article.clone()),
            Rc::new(one.annotations.clone()),
            files[0].clone(),
        )),
        _ => None,
    };
    Preview {
        files,
        errors,
        summary: import.summary(),
        edit: import.plan.edit(),
        unplaced,
        other_article,
    }
}

/// Reads every picked or dropped annotation file (sizes checked first), then calls `done`.
fn read_files(
    files: Vec<File>,
    article: Rc<Article>,
    done: Callback<Vec<(String, Result<AnnotationFile, String>)>>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in files {
            let name = file.name();
            let size = usize::try_from(file.size() as u64).unwrap_or(usize::MAX);
            if let Err(e) = format::check_size(&name, size) {
                read.push((name, Err(e.to_string())));
                continue;
            }
            let result = read_bytes(&file).await.and_then(|bytes| {
                format::read_annotations(&name, &bytes, Some(&article)).map_err(|e| e.to_string())
            });
            read.push((name, result));
        }
        done.emit(read);
    });
}

/// Whether a file's name says it is an annotation file (not an article).
#[must_use]
pub fn is_annotation_file(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.ends_with(".json") || name.ends_with(".jsonld")
}

/// Props of [`FileTools`].
#[derive(Properties, PartialEq)]
pub struct FileToolsProps {
    /// Annotation files dropped on the page, to import as if picked with "Import…".
    #[prop_or_default]
    pub dropped: Option<Rc<Vec<File>>>,
}

/// Export, import and "Save as one file".
#[component]
pub fn FileTools(props: &FileToolsProps) -> Html {
    let state = use_app_state();
    let dispatch = use_dispatch();
    let exporting = use_state(|| false);
    let pending = use_state(|| None::<Rc<Preview>>);

    let say_error = {
        let dispatch = dispatch.clone();
        move |message: String| {
            if let Some(d) = &dispatch {
                d.dispatch(Action::ShowError {
                    message: message.into(),
                });
            }
        }
    };

    let on_export = |kind: Export| {
        let state = state.clone();
        let say_error = say_error.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let (name, mime, text) = kind.file(&state);
            match download(&name, mime, &text) {
                Ok(()) => {
                    if let Some(d) = &dispatch {
                        d.dispatch(Action::Announce {
                            message: format!("Exported {name}.").into(),
                        });
                    }
                }
                Err(e) => say_error(e),
            }
        })
    };
    let toggle_export = {
        let exporting = exporting.clone();
        Callback::from(move |_: MouseEvent| exporting.set(!*exporting))
    };

    // Picked or dropped, files are read and previewed; nothing changes before "Merge".
    let start_import = {
        let state = state.clone();
        let pending = pending.clone();
        let say_error = say_error.clone();
        Rc::new(move |files: Vec<File>| {
            if files.is_empty() {
                return;
            }
            let state = state.clone();
            let pending = pending.clone();
            let say_error = say_error.clone();
            read_files(
                files,
                state.article.clone(),
                Callback::from(move |read: Vec<(String, Result<AnnotationFile, String>)>| {
                    // One bad file alone is an error message; nothing else happens.
                    if let [(_, Err(message))] = read.as_slice() {
                        say_error(message.clone());
                        return;
                    }
                    pending.set(Some(Rc::new(preview(&state, read))));
                }),
            );
        })
    };
    let on_import = {
        let start_import = start_import.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let files: Vec<File> = input
                .files()
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                .unwrap_or_default();
            input.set_value("");
            start_import(files);
        })
    };
    use_effect_with(props.dropped.clone(), move |dropped| {
        if let Some(files) = dropped {
            start_import(files.to_vec());
        }
    });

    let on_save_one_file = {
        let state = state.clone();
        let say_error = say_error.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            let say_error = say_error.clone();
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let work = whosaid::write(&state.article, &state.annotations, &meta(&state));
                let result = single_file_template()
                    .await
                    .and_then(|template| single_file::embed(&template, &work))
                    .and_then(|html| {
                        let name = format!("{}.whosaid.html", file_stem(&state.article));
                        download(&name, "text/html", &html).map(|()| name)
                    });
                match result {
                    Ok(name) => {
                        if let Some(d) = &dispatch {
                            d.dispatch(Action::Announce {
                                message: format!("Saved {name}: open it in any browser to continue, no network needed.").into(),
                            });
                        }
                    }
                    Err(e) => say_error(e),
                }
            });
        })
    };

    let preview_panel = pending.as_ref().map(|p| {
        let close = {
            let pending = pending.clone();
            Callback::from(move |_: MouseEvent| pending.set(None))
        };
        let apply = {
            let pending = pending.clone();
            let dispatch = dispatch.clone();
            let edit = p.edit.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(d) = &dispatch {
                    d.dispatch(Action::ApplyImport { edit: edit.clone() });
                }
                pending.set(None);
            })
        };
        let open_other = p.other_article.clone().map(|(article, annotations, name)| {
            let pending = pending.clone();
            let dispatch = dispatch.clone();
            let title = article.title().unwrap_or("an untitled article").to_string();
            let onclick = Callback::from(move |_: MouseEvent| {
                if let Some(d) = &dispatch {
                    d.dispatch(Action::OpenWork {
                        article: article.clone(),
                        annotations: annotations.clone(),
                        source: name.clone().into(),
                    });
                }
                pending.set(None);
            });
            (title, onclick)
        });
        html! {
            <section class="import-preview" aria-labelledby="import-preview-title" data-import-summary={p.summary.clone()}>
                <h2 id="import-preview-title">{ format!("Import {}", p.files.join(", ")) }</h2>
                if let Some((title, _)) = &open_other {
                    <p>{ format!("This file was made on another article: “{title}”.") }</p>
                }
                <p class="import-summary" role="status">{ format!("Merging would bring: {}.", p.summary) }</p>
                if !p.errors.is_empty() {
                    <ul class="import-errors" aria-label="Files that could not be read">
                        { for p.errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }
                    </ul>
                }
                if !p.unplaced.is_empty() {
                    <details>
                        <summary>{ format!("{} could not be placed in this article", p.unplaced.len()) }</summary>
                        <ul>{ for p.unplaced.iter().map(|u| html! { <li>{ u.clone() }</li> }) }</ul>
                    </details>
                }
                <div class="actions">
                    if let Some((_, onclick)) = open_other {
                        <button type="button" class="button primary" {onclick}>{ "Open that article with its annotations" }</button>
                    }
                    <button type="button" class="button" disabled={p.edit.is_empty()} onclick={apply}>{ "Merge into this article" }</button>
                    <button type="button" class="button quiet" onclick={close}>{ "Cancel" }</button>
                </div>
            </section>
        }
    });

    html! {
        <div class="file-tools">
            <div class="toolbar" role="toolbar" aria-label="Annotation files">
                <button type="button" class="button" aria-expanded={exporting.to_string()}
                    aria-controls="export-panel" onclick={toggle_export}>{ "Export" }</button>
                <input type="file" id="import-file" class="visually-hidden" multiple=true
                    accept=".json,.jsonld,application/json,application/ld+json"
                    aria-label="Import" onchange={on_import} />
                <label for="import-file" class="button">{ "Import…" }</label>
                <button type="button" class="button" onclick={on_save_one_file}>{ "Save as one file" }</button>
            </div>
            if *exporting {
                <div id="export-panel" class="export-panel" role="group" aria-label="Export as">
                    { for Export::ALL.iter().map(|&(kind, label)| html! {
                        <button type="button" class="button" onclick={on_export(kind)}>{ label }</button>
                    }) }
                </div>
            }
            { for preview_panel }
        </div>
    }
}

/// A short description of one side of a conflict, in the user's words.
fn describe(item: &crate::annotations::Item, set: &crate::annotations::Annotations) -> String {
    use crate::annotations::{Item, Target};
    let who = |p: &crate::annotations::Provenance| {
        p.creator
            .as_deref()
            .map_or(String::new(), |c| format!(" (by {c})"))
    };
    match item {
        Item::Stance(s) => {
            let on = set.topic(&s.topic).map_or("a topic", |t| t.label.as_str());
            let of = match &s.target {
                Target::Quote(q) => format!("quote {q}"),
                Target::Actor(a) => set
                    .actor(a)
                    .map_or(format!("actor {a}"), |a| a.name.clone()),
            };
            format!(
                "{} on {on}, for {of}{}",
                s.value.as_str(),
                who(&s.provenance)
            )
        }
        Item::Quote(q) => {
            let speaker = q
                .speaker
                .as_ref()
                .and_then(|s| set.actor(s))
                .map_or("nobody", |a| a.name.as_str());
            format!("quote by {speaker}{}", who(&q.provenance))
        }
        Item::Actor(a) => format!("actor “{}”{}", a.name, who(&a.provenance)),
        Item::Topic(t) => format!("topic “{}”{}", t.label, who(&t.provenance)),
        Item::Mention(m) => format!("mention{}", who(&m.provenance)),
        Item::Note(n) => format!("note “{}”{}", n.text, who(&n.provenance)),
        Item::Orphan(o) => format!("orphaned {} “{}”", o.item.kind_name(), o.text()),
    }
}

/// Merge conflicts waiting for a person: each with both versions and a button for each.
#[component]
pub fn Conflicts() -> Html {
    let state = use_app_state();
    let dispatch = use_dispatch();
    let set = &state.annotations;
    let conflicts = merge::conflicts(set);
    if conflicts.is_empty() {
        return html! {};
    }
    let rows = conflicts.iter().map(|c| {
        let keep = |keep: merge::Keep| {
            let dispatch = dispatch.clone();
            let conflict = c.id.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(d) = &dispatch {
                    d.dispatch(Action::ResolveConflict {
                        conflict: conflict.clone(),
                        keep,
                    });
                }
            })
        };
        let current = c
            .current
            .as_ref()
            .map_or_else(|| "nothing".to_string(), |i| describe(i, set));
        let incoming = describe(&c.incoming, set);
        html! {
            <li key={c.id.to_string()} class="conflict" data-conflict={c.id.to_string()}>
                <p>{ format!("Here: {current}. Imported: {incoming}.") }</p>
                <button type="button" class="button" onclick={keep(merge::Keep::Current)}
                    aria-label={format!("Keep {current}")}>{ "Keep this" }</button>
                <button type="button" class="button" onclick={keep(merge::Keep::Incoming)}
                    aria-label={format!("Keep {incoming}")}>{ "Keep imported" }</button>
            </li>
        }
    });
    html! {
        <section class="panel-section conflicts" aria-labelledby="conflicts-heading">
            <h3 id="conflicts-heading" class="panel-title">{ format!("Conflicts to resolve ({})", conflicts.len()) }</h3>
            <ul class="conflict-list">{ for rows }</ul>
        </section>
    }
}

/// Annotations that could not be placed in this article (from files made on another copy of
/// it): each with its text, the reason and where it came from, and a Delete button. They are
/// saved and exported with the rest until deleted.
#[component]
pub fn Orphans() -> Html {
    let state = use_app_state();
    let dispatch = use_dispatch();
    let orphans: Vec<_> = state.annotations.orphans().cloned().collect();
    if orphans.is_empty() {
        return html! {};
    }
    let rows = orphans.iter().map(|o| {
        let text = clipped(&o.text(), 80);
        let kind = o.item.kind_name();
        let from = o
            .file
            .as_deref()
            .or(o.annotator.as_deref())
            .map_or(String::new(), |f| format!(" From {f}."));
        let delete = {
            let dispatch = dispatch.clone();
            let id = o.id.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(d) = &dispatch {
                    d.dispatch(Action::Delete { id: id.clone() });
                }
            })
        };
        html! {
            <li key={o.id.to_string()} class="orphan" data-orphan={o.id.to_string()}>
                <p>{ format!("{kind} “{text}”: {}.{from}", o.reason.describe()) }</p>
                <button type="button" class="button quiet" onclick={delete}
                    aria-label={format!("Delete orphaned {kind} “{text}”")}>{ "Delete" }</button>
            </li>
        }
    });
    html! {
        <section class="panel-section orphans" aria-labelledby="orphans-heading">
            <h3 id="orphans-heading" class="panel-title">{ format!("Could not be placed ({})", orphans.len()) }</h3>
            <p class="hint">{ "Made on another copy of this article; kept in your files until you delete them." }</p>
            <ul class="orphan-list">{ for rows }</ul>
        </section>
    }
}

/// `text` cut to `max` characters, with an ellipsis when cut.
fn clipped(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}
