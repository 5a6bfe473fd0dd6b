//! "Actors": every live actor grouped by kind, with how often it is mentioned and quoted;
//! each one a button that brings its first mention into view.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::side_panel::{go_to, matches, show_all_button, FIRST_ITEMS};
use super::state::{AppState, Parts};
use super::use_dispatch;
use crate::annotations::{Actor, ActorKind, Annotations, Collection, Id};

/// Props of [`ActorList`].
#[derive(Properties)]
pub struct ActorListProps {
    pub annotations: Rc<Annotations>,
    /// Only actors whose name, role or kind contain this (any case).
    #[prop_or_default]
    pub filter: AttrValue,
    /// The item the user is working on.
    #[prop_or_default]
    pub current: Option<Id>,
}

/// What the list reads of the annotations.
const READS: &[Collection] = &[Collection::Actors, Collection::Mentions, Collection::Quotes];

/// The list reads only actors, mentions and quotes: a stance or a note does not re-render it.
impl PartialEq for ActorListProps {
    fn eq(&self, other: &Self) -> bool {
        Parts::new(&self.annotations, READS) == Parts::new(&other.annotations, READS)
            && self.filter == other.filter
            && self.current == other.current
    }
}

/// Kinds in the order the panel lists them, with their headings (also the
/// `data-actor-kind` hook).
const ACTOR_GROUPS: [(ActorKind, &str); 5] = [
    (ActorKind::Person, "People"),
    (ActorKind::Organization, "Organisations"),
    (ActorKind::Country, "Countries"),
    (ActorKind::Group, "Groups"),
    (ActorKind::Anonymous, "Anonymous sources"),
];

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// Every live actor in order of first mention, with how often it is mentioned and quoted.
fn counted(set: &Annotations) -> Vec<(Rc<Actor>, usize, usize)> {
    // One pass over mentions and quotes rather than one per actor.
    let mut mentions: HashMap<&str, usize> = HashMap::new();
    for m in set.live_mentions() {
        *mentions.entry(m.actor.as_str()).or_default() += 1;
    }
    let mut quotes: HashMap<&str, usize> = HashMap::new();
    for q in set.live_quotes() {
        if let Some(s) = &q.speaker {
            *quotes.entry(s.as_str()).or_default() += 1;
        }
    }
    set.actors_in_order()
        .into_iter()
        .map(|a| {
            let n_mentions = mentions.get(a.id.as_str()).copied().unwrap_or(0);
            let n_quotes = quotes.get(a.id.as_str()).copied().unwrap_or(0);
            (a, n_mentions, n_quotes)
        })
        .collect()
}

/// The actors, filtered, by kind and then in order of first mention. Only the rows on screen
/// are built; the props compare only what the list reads, so a stance does not re-render it.
#[component]
pub fn ActorList(props: &ActorListProps) -> Html {
    let dispatch = use_dispatch();
    let show_all = use_state(|| false);
    let actors = use_memo(Parts::new(&props.annotations, READS), |p| counted(&p.set));
    let total = actors.len();
    let mut shown = 0;
    // Items drawn so far, against FIRST_ITEMS.
    let mut drawn = 0;
    let mut hidden = 0;
    let groups: Vec<Html> = ACTOR_GROUPS
        .iter()
        .filter_map(|&(kind, heading)| {
            let items: Vec<&(Rc<Actor>, usize, usize)> = actors
                .iter()
                .filter(|(a, ..)| a.kind == kind)
                .filter(|(a, ..)| {
                    let role = a.role.as_deref().unwrap_or_default();
                    matches(&props.filter, &[&a.name, role, heading])
                })
                .collect();
            shown += items.len();
            let count = items.len();
            let room = if *show_all {
                count
            } else {
                FIRST_ITEMS.saturating_sub(drawn).min(count)
            };
            drawn += room;
            hidden += count - room;
            (room > 0).then(|| {
                html! {
                    <div key={heading} class="actor-group">
                        <h4>{ heading }{ format!(" ({count})") }</h4>
                        <ul>{ for items.into_iter().take(room).map(|(a, mentions, quotes)| {
                            actor_row(a, heading, *mentions, *quotes, props.current.as_ref() == Some(&a.id), dispatch.as_ref())
                        }) }</ul>
                    </div>
                }
            })
        })
        .collect();
    let heading = if shown == total {
        format!("Actors ({total})")
    } else {
        format!("Actors ({shown} of {total})")
    };
    html! {
        <section class="panel-section" aria-labelledby="actors-heading">
            <h3 id="actors-heading" class="panel-title">{ heading }</h3>
            if total == 0 {
                <p class="empty">{ "Nobody found." }</p>
            } else if groups.is_empty() {
                <p class="empty">{ "No actor matches the filter." }</p>
            } else {
                { for groups }
                if hidden > 0 {
                    { show_all_button(hidden, "actors", &show_all) }
                }
            }
        </section>
    }
}

/// One actor: a button that brings its first mention into view.
fn actor_row(
    a: &Rc<Actor>,
    group: &'static str,
    mentions: usize,
    quotes: usize,
    current: bool,
    dispatch: Option<&UseReducerDispatcher<AppState>>,
) -> Html {
    let named = a.kind != ActorKind::Anonymous;
    let onclick = {
        let dispatch = dispatch.cloned();
        let id = a.id.clone();
        Callback::from(move |_: MouseEvent| go_to(dispatch.as_ref(), &id, "actor"))
    };
    let current = current.then_some("true");
    html! {
        <li key={a.id.as_str()} class="actor-item" data-actor-kind={group}
            data-named={named.to_string()} data-item={a.id.to_string()}>
            <button type="button" class="item-button" aria-current={current} {onclick}>
                <span class="actor-name">{ a.name.clone() }</span>
                if let Some(role) = &a.role {
                    <span class="actor-role">{ format!(", {role}") }</span>
                }
                <span class="actor-count">
                    { plural(mentions, "mention") }{ ", " }{ plural(quotes, "quote") }
                </span>
            </button>
        </li>
    }
}
