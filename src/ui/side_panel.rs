//! The side panel beside the article: a filter, the quotes, the actors, and the article at a
//! glance. The panel scrolls on its own beside the article, so it is focusable: keyboard
//! users can scroll it too.

use std::rc::Rc;

use yew::prelude::*;

use super::actor_list::ActorList;
use super::clock;
use super::quote_list::QuoteList;
use super::spotlight;
use super::state::{Action, AppState};
use super::{Conflicts, Orphans, StanceTools};
use crate::annotations::{Annotations, Id};
use crate::article::Article;

/// Props of [`SidePanel`].
#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    /// The article the panel describes.
    pub article: Rc<Article>,
    /// The annotations it lists (the detector's findings plus the user's work).
    pub annotations: Rc<Annotations>,
    /// The item the user is working on.
    #[prop_or_default]
    pub current: Option<Id>,
}

/// A letter in lower case, for the filter: ASCII, Latin-1, Latin Extended-A and basic
/// Cyrillic, folded by arithmetic. `char::to_lowercase` would link Unicode's case tables
/// into the wasm for a filter box.
fn fold(c: char) -> char {
    let u = u32::from(c);
    let lower = match u {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde | 0x410..=0x42f => u + 32,
        0x100..=0x137 | 0x14a..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17e if u % 2 == 1 => u + 1,
        0x400..=0x40f => u + 80,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

fn folded(text: &str) -> String {
    text.chars().map(fold).collect()
}

/// How many items a list shows before a "Show all" button: a 150 KB article has hundreds of
/// quotes and actors, and drawing them all would double the time it takes to open.
pub const FIRST_ITEMS: usize = 100;

/// The button under a list cut at [`FIRST_ITEMS`].
pub fn show_all_button(hidden: usize, what: &str, show_all: &UseStateHandle<bool>) -> Html {
    let onclick = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(true))
    };
    html! {
        <button type="button" class="button quiet show-all" {onclick}>
            { format!("Show {hidden} more {what}") }
        </button>
    }
}

/// Whether any of `fields` contains `filter`, ignoring case; an empty filter matches all.
#[must_use]
pub fn matches(filter: &str, fields: &[&str]) -> bool {
    let filter = filter.trim();
    if filter.is_empty() {
        return true;
    }
    let filter = folded(filter);
    fields.iter().any(|f| folded(f).contains(&filter))
}

/// Makes `id` the current item, scrolls its highlight into view and focuses it; says so
/// when a hidden legend layer leaves nothing to go to.
pub fn go_to(dispatch: Option<&UseReducerDispatcher<AppState>>, id: &Id, what: &str) {
    let Some(dispatch) = dispatch else {
        return;
    };
    dispatch.dispatch(Action::Focus {
        id: Some(id.clone()),
    });
    if !spotlight::reveal(id.as_str()) {
        dispatch.dispatch(Action::Announce {
            message: format!("This {what} is not highlighted: its layer is hidden in the legend.")
                .into(),
        });
    }
}

/// Whether the page has been painted once: `false` in the first render, `true` from the
/// render after the first frame was painted (at once in native render tests, which paint
/// nothing).
#[hook]
fn use_painted() -> bool {
    let painted = use_state_eq(|| cfg!(not(target_arch = "wasm32")));
    {
        let painted = painted.clone();
        use_effect_with((), move |()| {
            if !*painted {
                clock::after_next_paint(250, move || painted.set(true));
            }
        });
    }
    *painted
}

/// The filter, the quotes and actors, then facts about the article: sections, paragraphs,
/// words and reading time.
///
/// When the app starts, the panel's contents (about half of the page's elements) are drawn
/// in the frame after the article's, so the article and its highlights paint first; until
/// then the panel is an empty box marked `aria-busy`. Articles opened later draw the panel at
/// once, with the article.
#[component]
pub fn SidePanel(props: &SidePanelProps) -> Html {
    let painted = use_painted();
    let filter = use_state(AttrValue::default);
    let on_input = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                filter.set(input.value().into());
            }
        })
    };
    // Counting words walks the whole text: once per article, not once per edit. (A hook, so
    // it runs before the early return below.)
    let stats = *use_memo(props.article.clone(), |article| article.stats());
    if !painted {
        return html! {
            <aside class="side-panel" aria-label="Article overview" tabindex="0" aria-busy="true">
                <h2 class="visually-hidden">{ "Article overview" }</h2>
            </aside>
        };
    }
    html! {
        <aside class="side-panel" aria-label="Article overview" tabindex="0">
            <h2 class="visually-hidden">{ "Article overview" }</h2>
            <Conflicts />
            <Orphans />
            <StanceTools />
            <input type="search" class="panel-filter" aria-label="Filter quotes and actors"
                placeholder="Filter quotes and actors" value={(*filter).clone()} oninput={on_input} />
            <QuoteList article={props.article.clone()} annotations={props.annotations.clone()}
                filter={(*filter).clone()} current={props.current.clone()} />
            <ActorList annotations={props.annotations.clone()} filter={(*filter).clone()}
                current={props.current.clone()} />
            <h3 class="panel-title">{ "This article" }</h3>
            <dl class="facts">
                <div data-fact="sections"><dt>{ "Sections" }</dt><dd>{ stats.sections }</dd></div>
                <div data-fact="paragraphs"><dt>{ "Paragraphs" }</dt><dd>{ stats.paragraphs }</dd></div>
                <div data-fact="words"><dt>{ "Words" }</dt><dd>{ stats.words }</dd></div>
                <div data-fact="reading-time"><dt>{ "Reading time" }</dt><dd>{ format!("about {} min", stats.reading_minutes()) }</dd></div>
            </dl>
        </aside>
    }
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn filter_ignores_case_and_surrounding_space() {
        for (filter, fields, expected) in [
            ("", &["anything"][..], true),
            ("  ", &["anything"][..], true),
            (
                "hegseth",
                &["Pete Hegseth", "US Defence Secretary"][..],
                true,
            ),
            (
                " DEFENCE ",
                &["Pete Hegseth", "US Defence Secretary"][..],
                true,
            ),
            (
                "putin",
                &["Pete Hegseth", "US Defence Secretary"][..],
                false,
            ),
            ("élysée", &["The Élysée"][..], true),
            ("ŁÓDŹ", &["łódź"][..], true),
            ("москва", &["МОСКВА"][..], true),
        ] {
            assert_eq!(
                matches(filter, fields),
                expected,
                "{filter:?} in {fields:?}"
            );
        }
    }
}
