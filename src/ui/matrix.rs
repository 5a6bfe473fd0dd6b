//! The stance matrix: actors × topics, each cell the actor's stance summed up from its own
//! stance and its quotes' (favor, against, neutral, unclear, or conflict), with counts.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{use_app_state, use_dispatch, Action};
use crate::annotations::{Annotations, StanceValue, Summary};

/// What a cell says: the stance word (or "conflict") and, when quotes count, how many.
#[must_use]
pub fn cell_words(s: &Summary) -> (&'static str, String) {
    let slug = if s.conflict() && s.direct.is_none() {
        "conflict"
    } else {
        s.overall().map_or("none", StanceValue::as_str)
    };
    let quotes: u32 = s.from_quotes.iter().sum();
    let mut words = match slug {
        "none" if quotes == 0 => String::new(),
        "none" => "mixed".to_string(),
        other => other.to_string(),
    };
    if s.conflict() {
        let [favor, against, ..] = s.from_quotes;
        words.push_str(&format!(" ({favor} favor, {against} against)"));
    } else if quotes > 0 {
        words.push_str(&format!(
            " ({quotes} quote{})",
            if quotes == 1 { "" } else { "s" }
        ));
    }
    if s.direct.is_some() && quotes == 0 {
        words.push_str(" (set on the actor)");
    }
    (slug, words)
}

/// The annotations compared by pointer: every edit makes a new `Rc`, so equal pointers mean
/// nothing changed and the matrix need not be recomputed.
#[derive(Clone)]
struct Same(Rc<Annotations>);

impl PartialEq for Same {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The actors × topics table.
#[component]
pub fn StanceMatrix() -> Html {
    let state = use_app_state();
    let dispatch = use_dispatch();
    // Moving between quotes changes the state but not the annotations: no recomputing then.
    let matrix = use_memo(Same(state.annotations.clone()), |set| set.0.matrix());
    let header = matrix.topics.iter().map(|t| {
        html! { <th key={t.id.as_str()} scope="col" data-topic={t.id.to_string()}>{ t.label.clone() }</th> }
    });
    let rows = matrix.rows.iter().map(|(actor, cells)| {
        let onclick = {
            let dispatch = dispatch.clone();
            let id = actor.id.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(dispatch) = &dispatch {
                    dispatch.dispatch(Action::Focus { id: Some(id.clone()) });
                }
            })
        };
        html! {
            <tr key={actor.id.as_str()} data-actor={actor.id.to_string()}>
                <th scope="row">
                    <button type="button" class="link-button" {onclick}>{ actor.name.clone() }</button>
                </th>
                { for cells.iter().zip(matrix.topics.iter()).map(|(cell, topic)| {
                    let (slug, words) = cell_words(cell);
                    html! {
                        <td key={topic.id.as_str()} data-topic={topic.id.to_string()} data-stance={slug}
                            class={classes!("cell", slug)}>{ words }</td>
                    }
                }) }
            </tr>
        }
    });
    html! {
        <section class="panel-section matrix" aria-labelledby="matrix-heading">
            <h3 id="matrix-heading" class="panel-title">{ "Who stands where" }</h3>
            if matrix.rows.is_empty() {
                <p class="empty" data-matrix="empty">{ "No stances yet. Tag a quote's stance and its speaker appears here." }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="matrix-caption">
                    <table class="stance-matrix">
                        <caption id="matrix-caption">{ "Stances: actors (rows) by topic (columns), from their quotes and their own stance" }</caption>
                        <thead><tr><th scope="col">{ "Actor" }</th>{ for header }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::cell_words;
    use crate::annotations::{StanceValue, Summary};

    /// One line per case: direct stance, quote counts → slug and words.
    #[test]
    fn cells_say_the_stance_and_the_counts() {
        let cases: [(Option<StanceValue>, [u32; 4], &str, &str); 6] = [
            (None, [0; 4], "none", ""),
            (None, [2, 0, 0, 0], "favor", "favor (2 quotes)"),
            (
                None,
                [1, 1, 0, 0],
                "conflict",
                "conflict (1 favor, 1 against)",
            ),
            (None, [0, 0, 0, 1], "unclear", "unclear (1 quote)"),
            (
                Some(StanceValue::Against),
                [0; 4],
                "against",
                "against (set on the actor)",
            ),
            (
                Some(StanceValue::Neutral),
                [1, 2, 0, 0],
                "neutral",
                "neutral (1 favor, 2 against)",
            ),
        ];
        for (direct, from_quotes, slug, words) in cases {
            let s = Summary {
                direct,
                from_quotes,
            };
            assert_eq!(cell_words(&s), (slug, words.to_string()), "{s:?}");
        }
    }
}
