//! The legend above the article: what each kind of highlight looks like, how many there are,
//! and a switch to show or hide each layer.

use std::rc::Rc;

use yew::prelude::*;

use super::state::{Action, Parts};
use super::use_dispatch;
use crate::annotations::layout::{Layer, Layers};
use crate::annotations::{Annotations, Collection};

/// Props of [`Legend`].
#[derive(Properties)]
pub struct LegendProps {
    /// What is counted.
    pub annotations: Rc<Annotations>,
    /// Which layers are shown.
    pub layers: Layers,
}

/// What the counts read of the annotations.
const READS: &[Collection] = &[
    Collection::Actors,
    Collection::Mentions,
    Collection::Quotes,
    Collection::Notes,
];

/// The legend counts highlights, which stances and topics do not change.
impl PartialEq for LegendProps {
    fn eq(&self, other: &Self) -> bool {
        Parts::new(&self.annotations, READS) == Parts::new(&other.annotations, READS)
            && self.layers == other.layers
    }
}

/// How many highlights each layer of [`Layer::ALL`] draws: mentions for the actor layers,
/// quotes, notes. Deleted items are not counted.
#[must_use]
pub fn layer_counts(set: &Annotations) -> [usize; Layer::ALL.len()] {
    let mut counts = [0; Layer::ALL.len()];
    let slot = |layer: Layer| Layer::ALL.iter().position(|&l| l == layer).unwrap_or(0);
    // Counting needs no reading order: walk the items as stored, without sorting.
    for m in set.live_mentions() {
        if let Some(actor) = set.actor(&m.actor).filter(|a| !a.deleted) {
            counts[slot(Layer::of_actor(actor.kind))] += 1;
        }
    }
    for q in set.live_quotes() {
        counts[slot(Layer::of_quote(q.kind))] += 1;
    }
    counts[slot(Layer::Notes)] += set.notes_in_order().len();
    counts
}

/// One checkbox per layer, with the layer's swatch and count.
#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let dispatch = use_dispatch();
    let counts = layer_counts(&props.annotations);
    let items = Layer::ALL.iter().zip(counts).map(|(&layer, count)| {
        let shown = props.layers.shows(layer);
        let onchange = dispatch.clone().map(|dispatch| {
            Callback::from(move |e: Event| {
                let shown = e
                    .target_dyn_into::<web_sys::HtmlInputElement>()
                    .map_or(!shown, |input| input.checked());
                dispatch.dispatch(Action::ToggleLayer { layer, shown });
            })
        });
        let slug = layer.slug();
        html! {
            <li key={slug} class={classes!("legend-item", (!shown).then_some("off"))}>
                <label>
                    <input type="checkbox" checked={shown} {onchange} data-layer={slug} />
                    <span class={classes!("swatch", format!("swatch-{slug}"))} aria-hidden="true"></span>
                    <span class="legend-label">{ layer.label() }</span>{ " " }
                    <span class="legend-count">{ count }</span>
                </label>
            </li>
        }
    });
    html! {
        <fieldset class="legend">
            <legend class="legend-title">{ "Highlights" }</legend>
            <ul class="legend-items">{ for items }</ul>
        </fieldset>
    }
}
