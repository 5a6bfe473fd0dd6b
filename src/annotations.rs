//! The user's annotations of one article: topics, actors and their mentions, quotes with
//! speakers, stances and notes, each with where it came from.
//!
//! The detector's findings become the first annotations ([`Annotations::from_detection`]);
//! everything a person does afterwards is an [`Edit`] computed by a method here and applied
//! with [`Annotations::apply`], which hands back the inverse edit. [`History`] keeps those
//! for undo and redo. Items are stored by [`Id`] behind `Rc`, so cloning the whole set (as
//! the app's reducer does on every change) copies pointers, not text.
//!
//! ```
//! use whosaid::annotations::{Annotations, Stamp, StanceValue, Target};
//! use whosaid::article::Article;
//! use whosaid::detect::detect;
//!
//! let article = Article::parse("“We will meet in Riyadh,” President Donald Trump said.")?;
//! let mut notes = Annotations::from_detection(&article, &detect(&article), &["Peace talks"]);
//! let quote = notes.quotes_in_order()[0].id.clone();
//! let topic = notes.topics_in_order()[0].id.clone();
//! let stamp = Stamp::new("2026-11-29T10:00:00Z", Some("Ada"));
//! let edit = notes.set_stance(&Target::Quote(quote.clone()), &topic, Some(StanceValue::Favor), "", &stamp);
//! notes.apply(&edit);
//! let trump = notes.speaker_of(&quote).unwrap();
//! assert_eq!(trump.name, "Donald Trump");
//! assert_eq!(notes.summary(&trump.id, &topic).overall(), Some(StanceValue::Favor));
//! # Ok::<(), whosaid::article::ArticleError>(())
//! ```

mod edit;
pub mod layout;
mod navigate;

use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use crate::article::Article;
use crate::detect::Detection;
pub use crate::detect::{ActorKind, QuoteKind};
use crate::span::Span;

pub use edit::{Change, Edit, History, Item, NewActor};
pub use navigate::trimmed;

/// Names an annotation within its file and across the files a class merges: stable, unique,
/// cheap to clone.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(Rc<str>);

impl Id {
    /// An id with this text.
    #[must_use]
    pub fn new(text: &str) -> Id {
        Id(Rc::from(text))
    }

    /// The id's text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(text: &str) -> Id {
        Id::new(text)
    }
}

/// Where an annotation came from, and whether a person has looked at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Found by the detector; nobody has checked it yet.
    Detected,
    /// Found by the detector and confirmed by a person as it is.
    Confirmed,
    /// Found by the detector and changed by a person.
    Edited,
    /// Made by a person.
    Added,
}

impl Origin {
    /// Whether the detector made it (confirmed or edited since, or not).
    #[must_use]
    pub fn from_detector(self) -> bool {
        self != Origin::Added
    }
}

/// Who made an annotation, how, and when. Times are RFC 3339 strings that the caller
/// supplies: the core has no clock (there is none in `wasm32-unknown-unknown`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Provenance {
    pub origin: Origin,
    /// The annotator's name, when they gave one; `None` for the detector's own findings.
    pub creator: Option<Rc<str>>,
    pub created: Option<Rc<str>>,
    pub modified: Option<Rc<str>>,
}

impl Provenance {
    /// The provenance of a detector finding.
    #[must_use]
    pub fn detected() -> Provenance {
        Provenance {
            origin: Origin::Detected,
            creator: None,
            created: None,
            modified: None,
        }
    }

    /// The provenance of something a person makes now.
    #[must_use]
    pub fn added(stamp: &Stamp) -> Provenance {
        Provenance {
            origin: Origin::Added,
            creator: stamp.author.clone(),
            created: Some(stamp.now.clone()),
            modified: Some(stamp.now.clone()),
        }
    }

    /// This provenance after a person changes the item now: detected items become edited.
    #[must_use]
    pub fn touched(&self, stamp: &Stamp) -> Provenance {
        Provenance {
            origin: match self.origin {
                Origin::Detected | Origin::Confirmed => Origin::Edited,
                other => other,
            },
            creator: self.creator.clone().or_else(|| stamp.author.clone()),
            created: self.created.clone(),
            modified: Some(stamp.now.clone()),
        }
    }
}

/// The moment and the person behind an edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// The time, RFC 3339 (`2026-11-29T10:00:00Z`).
    pub now: Rc<str>,
    /// The annotator's name, if they gave one.
    pub author: Option<Rc<str>>,
}

impl Stamp {
    /// A stamp for `now` by `author`.
    #[must_use]
    pub fn new(now: &str, author: Option<&str>) -> Stamp {
        Stamp {
            now: Rc::from(now),
            author: author.filter(|a| !a.trim().is_empty()).map(Rc::from),
        }
    }
}

/// Something the article is about, on which actors take stances.
#[derive(Clone, Debug, PartialEq)]
pub struct Topic {
    pub id: Id,
    pub label: String,
    /// Where the topic sits in the list (topics added later get higher numbers).
    pub order: u32,
    pub provenance: Provenance,
}

/// A person, organisation, country, group or anonymous source.
#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    pub id: Id,
    pub name: String,
    pub kind: ActorKind,
    /// Titles and offices ("US Defence Secretary").
    pub role: Option<String>,
    /// Deleted by a person; kept so it can be restored.
    pub deleted: bool,
    pub provenance: Provenance,
}

/// One place where the article names an actor.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub id: Id,
    pub actor: Id,
    pub span: Span,
    pub deleted: bool,
    pub provenance: Provenance,
}

/// A quotation, its kind and its speaker.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub id: Id,
    /// The quoted words, without the marks.
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<Id>,
    /// The verb (or colon) that attributes it.
    pub cue: Option<Span>,
    /// The detector's confidence, 1 for what a person made.
    pub confidence: f32,
    /// The annotator's note on the quote.
    pub note: String,
    pub deleted: bool,
    pub provenance: Provenance,
}

/// What a stance is taken by: one quote, or an actor directly.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    Quote(Id),
    Actor(Id),
}

impl Target {
    /// The id of the quote or actor.
    #[must_use]
    pub fn id(&self) -> &Id {
        match self {
            Target::Quote(id) | Target::Actor(id) => id,
        }
    }
}

/// Where an actor or quote stands on a topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StanceValue {
    Favor,
    Against,
    Neutral,
    Unclear,
}

impl StanceValue {
    /// Every value, in the order the app offers them.
    pub const ALL: [StanceValue; 4] = [
        StanceValue::Favor,
        StanceValue::Against,
        StanceValue::Neutral,
        StanceValue::Unclear,
    ];

    /// The word for it, as files and the app write it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            StanceValue::Favor => "favor",
            StanceValue::Against => "against",
            StanceValue::Neutral => "neutral",
            StanceValue::Unclear => "unclear",
        }
    }

    /// The value written as `word`, if it is one.
    #[must_use]
    pub fn parse(word: &str) -> Option<StanceValue> {
        StanceValue::ALL.into_iter().find(|v| v.as_str() == word)
    }
}

/// A stance of one quote or actor on one topic. There is at most one per target and topic,
/// which its id encodes ([`Annotations::stance_id`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Stance {
    pub id: Id,
    pub target: Target,
    pub topic: Id,
    pub value: StanceValue,
    pub note: String,
    pub provenance: Provenance,
}

/// A note on a stretch of the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub id: Id,
    pub span: Span,
    pub text: String,
    pub provenance: Provenance,
}

/// Why an annotation could not be placed in the article it was brought into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unplaced {
    /// Its text is not in the article.
    NotFound,
    /// A quote was placed but its cue is not in the article: the quote is in the set without
    /// its cue, and the orphan keeps the quote as it was.
    CueNotFound,
    /// It is a stance on a quote that could not be placed.
    TargetNotPlaced,
    /// Its offsets did not fit the text it was made on.
    BadSpan,
}

impl Unplaced {
    /// Why, in the user's words.
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Unplaced::NotFound => "its text is not in this article",
            Unplaced::CueNotFound => "the quote is placed, but not the words that attribute it",
            Unplaced::TargetNotPlaced => "the quote it is on could not be placed",
            Unplaced::BadSpan => "its position did not fit the text it was made on",
        }
    }
}

/// A stretch of a text that is not at hand any more: what it held, with a little context,
/// and where it was. It is how an orphan remembers its spans.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Detached {
    pub exact: String,
    /// Up to 32 code points before `exact`.
    pub prefix: String,
    /// Up to 32 code points after `exact`.
    pub suffix: String,
    /// Where it was, in Unicode code points of the text it was made on, as files count: not
    /// an offset into any text the core holds.
    pub start_cp: usize,
    pub end_cp: usize,
}

/// An annotation that could not be placed in this article (made on another copy whose text
/// differs). It is kept, saved and exported, never dropped, until a person deletes it or a
/// later import places it.
#[derive(Clone, Debug, PartialEq)]
pub struct Orphaned {
    /// The record's own id: the item's id plus [`Orphaned::MARK`] (see [`Orphaned::id_of`]),
    /// so it never clashes with a placed item of the same id.
    pub id: Id,
    /// The item as it was, never itself an orphan. Its spans mean nothing (they are empty
    /// spans at 0, as the file's text is gone): `anchors` say where it was.
    pub item: Item,
    /// The item's spans in order: a mention's, a quote's (then its cue's, if it has one), a
    /// note's; none for a stance, topic or actor.
    pub anchors: Vec<Detached>,
    /// The file it came from, when known.
    pub file: Option<Rc<str>>,
    /// The annotator that file names, when it names one.
    pub annotator: Option<Rc<str>>,
    pub reason: Unplaced,
}

impl Orphaned {
    /// What follows an item's id in the id of its orphan record.
    pub const MARK: &'static str = "~orphan";

    /// The id of the orphan record of the item `item`.
    #[must_use]
    pub fn id_of(item: &Id) -> Id {
        Id::new(&format!("{item}{}", Self::MARK))
    }

    /// The text it was on (a quote's words, a mention's name), or a note's or stance's own
    /// words: what the user recognises it by.
    #[must_use]
    pub fn text(&self) -> String {
        match (&self.item, self.anchors.first()) {
            (Item::Note(n), Some(a)) => format!("{} (on “{}”)", n.text, a.exact),
            (Item::Stance(s), _) => format!("{} on {}", s.value.as_str(), s.target.id()),
            (_, Some(a)) => a.exact.clone(),
            (item, None) => item.id().to_string(),
        }
    }
}

/// An actor's stance on a topic, summed up from its own stance and its quotes'.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// The stance set on the actor itself.
    pub direct: Option<StanceValue>,
    /// How many of its quotes take each stance, in [`StanceValue::ALL`] order.
    pub from_quotes: [u32; 4],
}

impl Summary {
    /// Whether its quotes both favour and oppose the topic.
    #[must_use]
    pub fn conflict(&self) -> bool {
        self.from_quotes[0] > 0 && self.from_quotes[1] > 0
    }

    /// The stance to show: the actor's own if set, else its quotes' when they agree (favour
    /// or against outweighs neutral and unclear), else none.
    #[must_use]
    pub fn overall(&self) -> Option<StanceValue> {
        if self.direct.is_some() {
            return self.direct;
        }
        let [favor, against, neutral, unclear] = self.from_quotes;
        match (favor, against) {
            (0, 0) if neutral > 0 => Some(StanceValue::Neutral),
            (0, 0) if unclear > 0 => Some(StanceValue::Unclear),
            (0, 0) => None,
            (_, 0) => Some(StanceValue::Favor),
            (0, _) => Some(StanceValue::Against),
            _ => None,
        }
    }

    /// Whether nothing is known.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.direct.is_none() && self.from_quotes == [0; 4]
    }
}

/// One kind of item, by id. Shared between copies of a set until one of them changes it
/// (`Rc::make_mut` copies it then), so copying a set costs a pointer copy per kind and an edit
/// copies only the collections it touches.
type Shelf<T> = Rc<BTreeMap<Id, Rc<T>>>;

/// All annotations of one article.
#[derive(Clone, Debug, Default)]
pub struct Annotations {
    pub(crate) topics: Shelf<Topic>,
    pub(crate) actors: Shelf<Actor>,
    pub(crate) mentions: Shelf<Mention>,
    pub(crate) quotes: Shelf<Quote>,
    pub(crate) stances: Shelf<Stance>,
    pub(crate) notes: Shelf<Note>,
    pub(crate) orphans: Shelf<Orphaned>,
}

/// The order of [`Annotations::actors_in_order`]: first mention (`first`; none last), then
/// name, then id. One comparator for every actor sort, so the wasm holds one sort for them.
fn by_first_mention<'a>(
    first: &'a BTreeMap<&Id, usize>,
) -> impl Fn(&Rc<Actor>, &Rc<Actor>) -> std::cmp::Ordering + 'a {
    move |a, b| {
        let fa = first.get(&a.id).copied().unwrap_or(usize::MAX);
        let fb = first.get(&b.id).copied().unwrap_or(usize::MAX);
        fa.cmp(&fb)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    }
}

/// The collections of a set, for [`Annotations::shares`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Collection {
    Topics,
    Actors,
    Mentions,
    Quotes,
    Stances,
    Notes,
    Orphans,
}

impl Collection {
    /// Every collection.
    pub const ALL: &'static [Collection] = &[
        Collection::Topics,
        Collection::Actors,
        Collection::Mentions,
        Collection::Quotes,
        Collection::Stances,
        Collection::Notes,
        Collection::Orphans,
    ];
}

/// Equal shelves: the same one (a pointer comparison), else the same items, each compared by
/// pointer first.
fn same_shelf<T: PartialEq>(a: &Shelf<T>, b: &Shelf<T>) -> bool {
    Rc::ptr_eq(a, b)
        || (a.len() == b.len()
            && a.iter()
                .zip(b.iter())
                .all(|((i, x), (j, y))| i == j && (Rc::ptr_eq(x, y) || x == y)))
}

impl PartialEq for Annotations {
    /// Item by item, but a collection two sets share compares in one step, so comparing a set
    /// with the one an edit made from it costs what the edit touched.
    fn eq(&self, other: &Self) -> bool {
        same_shelf(&self.topics, &other.topics)
            && same_shelf(&self.actors, &other.actors)
            && same_shelf(&self.mentions, &other.mentions)
            && same_shelf(&self.quotes, &other.quotes)
            && same_shelf(&self.stances, &other.stances)
            && same_shelf(&self.notes, &other.notes)
            && same_shelf(&self.orphans, &other.orphans)
    }
}

/// The topics the default article starts with, one per line.
const DEFAULT_ARTICLE_TOPICS: &str =
    include_str!("../static/seed/trump-putin-peace-talks.topics.txt");

/// The topics an article starts with: the default article's own, else one named after the
/// headline, for the class to rename.
#[must_use]
pub fn default_topics(article: &Article) -> Vec<String> {
    if article.text() == Article::default_article().text() {
        return DEFAULT_ARTICLE_TOPICS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect();
    }
    let label = article
        .title()
        .map_or_else(|| "The article's main issue".to_string(), String::from);
    vec![label]
}

impl Annotations {
    /// An empty set.
    #[must_use]
    pub fn new() -> Annotations {
        Annotations::default()
    }

    /// The detector's findings as annotations, with `topics` and no stances. Ids follow text
    /// order (`actor-1`, `mention-1`, `quote-1`, `topic-1`), so the same article and detector
    /// give the same ids on every machine: files from one class merge item by item.
    #[must_use]
    pub fn from_detection<S: AsRef<str>>(
        article: &Article,
        found: &Detection,
        topics: &[S],
    ) -> Annotations {
        let _ = article;
        let mut a = Annotations::new();
        for (i, label) in topics.iter().enumerate() {
            let id = Id::new(&format!("topic-{}", i + 1));
            Rc::make_mut(&mut a.topics).insert(
                id.clone(),
                Rc::new(Topic {
                    id,
                    label: label.as_ref().to_string(),
                    order: i as u32,
                    provenance: Provenance::detected(),
                }),
            );
        }
        let actor_id = |i: usize| Id::new(&format!("actor-{}", i + 1));
        for (i, actor) in found.actors.iter().enumerate() {
            let id = actor_id(i);
            Rc::make_mut(&mut a.actors).insert(
                id.clone(),
                Rc::new(Actor {
                    id,
                    name: actor.name.clone(),
                    kind: actor.kind,
                    role: actor.role.clone(),
                    deleted: false,
                    provenance: Provenance::detected(),
                }),
            );
        }
        let mut mentions: Vec<(Span, usize)> = found
            .actors
            .iter()
            .enumerate()
            .flat_map(|(i, actor)| actor.mentions.iter().map(move |&m| (m, i)))
            .collect();
        mentions.sort_unstable();
        for (k, (span, actor)) in mentions.into_iter().enumerate() {
            let id = Id::new(&format!("mention-{}", k + 1));
            Rc::make_mut(&mut a.mentions).insert(
                id.clone(),
                Rc::new(Mention {
                    id,
                    actor: actor_id(actor),
                    span,
                    deleted: false,
                    provenance: Provenance::detected(),
                }),
            );
        }
        for (k, q) in found.quotes.iter().enumerate() {
            let id = Id::new(&format!("quote-{}", k + 1));
            Rc::make_mut(&mut a.quotes).insert(
                id.clone(),
                Rc::new(Quote {
                    id,
                    span: q.span,
                    kind: q.kind,
                    speaker: q.speaker.map(|s| actor_id(s.0 as usize)),
                    cue: q.cue,
                    confidence: q.confidence,
                    note: String::new(),
                    deleted: false,
                    provenance: Provenance::detected(),
                }),
            );
        }
        a
    }

    /// The topics in list order.
    #[must_use]
    pub fn topics_in_order(&self) -> Vec<Rc<Topic>> {
        let mut v: Vec<_> = self.topics.values().cloned().collect();
        v.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// Actors that are not deleted, in order of first mention (actors without one last, by
    /// name).
    #[must_use]
    pub fn actors_in_order(&self) -> Vec<Rc<Actor>> {
        let first = self.first_mentions(None);
        let mut v: Vec<_> = self
            .actors
            .values()
            .filter(|a| !a.deleted)
            .cloned()
            .collect();
        v.sort_by(by_first_mention(&first));
        v
    }

    /// Where each actor (of `only`, when given) is first mentioned, by live mentions.
    fn first_mentions(&self, only: Option<&BTreeMap<&Id, Vec<Summary>>>) -> BTreeMap<&Id, usize> {
        let mut first: BTreeMap<&Id, usize> = BTreeMap::new();
        for m in self.mentions.values().filter(|m| !m.deleted) {
            if only.is_some_and(|only| !only.contains_key(&m.actor)) {
                continue;
            }
            let e = first.entry(&m.actor).or_insert(usize::MAX);
            *e = (*e).min(m.span.start);
        }
        first
    }

    /// Quotes that are not deleted, in reading order.
    #[must_use]
    pub fn quotes_in_order(&self) -> Vec<Rc<Quote>> {
        let mut v: Vec<_> = self
            .quotes
            .values()
            .filter(|q| !q.deleted)
            .cloned()
            .collect();
        v.sort_by(|a, b| a.span.cmp(&b.span).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// Mentions that are not deleted (of actors that are not deleted), in reading order.
    #[must_use]
    pub fn mentions_in_order(&self) -> Vec<Rc<Mention>> {
        let mut v: Vec<_> = self
            .mentions
            .values()
            .filter(|m| !m.deleted && self.actor(&m.actor).is_some_and(|a| !a.deleted))
            .cloned()
            .collect();
        v.sort_by(|a, b| a.span.cmp(&b.span).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// Mentions that are not deleted, in no particular order (cheaper than reading order).
    pub fn live_mentions(&self) -> impl Iterator<Item = &Rc<Mention>> {
        self.mentions.values().filter(|m| !m.deleted)
    }

    /// Quotes that are not deleted, in no particular order (cheaper than reading order).
    pub fn live_quotes(&self) -> impl Iterator<Item = &Rc<Quote>> {
        self.quotes.values().filter(|q| !q.deleted)
    }

    /// Notes in reading order.
    #[must_use]
    pub fn notes_in_order(&self) -> Vec<Rc<Note>> {
        let mut v: Vec<_> = self.notes.values().cloned().collect();
        v.sort_by(|a, b| a.span.cmp(&b.span).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// Every stance, by id.
    pub fn stances(&self) -> impl Iterator<Item = &Rc<Stance>> {
        self.stances.values()
    }

    /// Deleted actors, mentions and quotes, which a person can restore.
    #[must_use]
    pub fn deleted(&self) -> Vec<Item> {
        let actors = self.actors.values().filter(|a| a.deleted).cloned();
        let mentions = self.mentions.values().filter(|m| m.deleted).cloned();
        let quotes = self.quotes.values().filter(|q| q.deleted).cloned();
        actors
            .map(Item::Actor)
            .chain(mentions.map(Item::Mention))
            .chain(quotes.map(Item::Quote))
            .collect()
    }

    #[must_use]
    pub fn topic(&self, id: &Id) -> Option<&Rc<Topic>> {
        self.topics.get(id)
    }

    #[must_use]
    pub fn actor(&self, id: &Id) -> Option<&Rc<Actor>> {
        self.actors.get(id)
    }

    #[must_use]
    pub fn mention(&self, id: &Id) -> Option<&Rc<Mention>> {
        self.mentions.get(id)
    }

    #[must_use]
    pub fn quote(&self, id: &Id) -> Option<&Rc<Quote>> {
        self.quotes.get(id)
    }

    #[must_use]
    pub fn note(&self, id: &Id) -> Option<&Rc<Note>> {
        self.notes.get(id)
    }

    /// Annotations that could not be placed in this article, by record id.
    pub fn orphans(&self) -> impl Iterator<Item = &Rc<Orphaned>> {
        self.orphans.values()
    }

    /// The speaker of a quote, if it has one that is not deleted.
    #[must_use]
    pub fn speaker_of(&self, quote: &Id) -> Option<&Rc<Actor>> {
        let speaker = self.quote(quote)?.speaker.as_ref()?;
        self.actor(speaker).filter(|a| !a.deleted)
    }

    /// The id the stance of `target` on `topic` has (whether or not it is set).
    #[must_use]
    pub fn stance_id(target: &Target, topic: &Id) -> Id {
        let (kind, id) = match target {
            Target::Quote(id) => ("quote", id),
            Target::Actor(id) => ("actor", id),
        };
        Id::new(&format!("stance:{kind}:{id}:{topic}"))
    }

    /// The stance of `target` on `topic`, if set.
    #[must_use]
    pub fn stance(&self, target: &Target, topic: &Id) -> Option<&Rc<Stance>> {
        self.stances.get(&Self::stance_id(target, topic))
    }

    /// Every stance `target` takes, in topic order.
    #[must_use]
    pub fn stances_of(&self, target: &Target) -> Vec<Rc<Stance>> {
        self.topics_in_order()
            .iter()
            .filter_map(|t| self.stance(target, &t.id).cloned())
            .collect()
    }

    /// Live mentions of an actor, in reading order.
    #[must_use]
    pub fn mentions_of(&self, actor: &Id) -> Vec<Rc<Mention>> {
        let mut v: Vec<_> = self
            .mentions
            .values()
            .filter(|m| !m.deleted && &m.actor == actor)
            .cloned()
            .collect();
        v.sort_by_key(|m| m.span);
        v
    }

    /// Live quotes an actor is the speaker of, in reading order.
    #[must_use]
    pub fn quotes_by(&self, actor: &Id) -> Vec<Rc<Quote>> {
        let mut v: Vec<_> = self
            .quotes
            .values()
            .filter(|q| !q.deleted && q.speaker.as_ref() == Some(actor))
            .cloned()
            .collect();
        v.sort_by_key(|q| q.span);
        v
    }

    /// An actor's stance on a topic: its own and its quotes'.
    #[must_use]
    pub fn summary(&self, actor: &Id, topic: &Id) -> Summary {
        let mut s = Summary {
            direct: self
                .stance(&Target::Actor(actor.clone()), topic)
                .map(|st| st.value),
            from_quotes: [0; 4],
        };
        for q in self.quotes_by(actor) {
            if let Some(st) = self.stance(&Target::Quote(q.id.clone()), topic) {
                s.from_quotes[st.value as usize] += 1;
            }
        }
        s
    }

    /// The stance matrix: every live actor with a stance on some topic, in order of first
    /// mention, with its summary per topic in topic order. One pass over the stances, so it
    /// stays cheap to recompute on every edit of a long article.
    #[must_use]
    pub fn matrix(&self) -> Matrix {
        let topics = self.topics_in_order();
        let column: BTreeMap<&Id, usize> =
            topics.iter().enumerate().map(|(i, t)| (&t.id, i)).collect();
        let mut cells: BTreeMap<&Id, Vec<Summary>> = BTreeMap::new();
        for s in self.stances.values() {
            let Some(&col) = column.get(&s.topic) else {
                continue;
            };
            let actor = match &s.target {
                Target::Actor(a) => a,
                Target::Quote(q) => match self.quote(q).filter(|q| !q.deleted) {
                    Some(q) => match &q.speaker {
                        Some(a) => a,
                        None => continue,
                    },
                    None => continue,
                },
            };
            let row = cells
                .entry(actor)
                .or_insert_with(|| vec![Summary::default(); topics.len()]);
            match &s.target {
                Target::Actor(_) => row[col].direct = Some(s.value),
                Target::Quote(_) => row[col].from_quotes[s.value as usize] += 1,
            }
        }
        // The rows in `actors_in_order`'s order, without sorting every actor: only those
        // with a stance need their first mention.
        let mut actors: Vec<Rc<Actor>> = if cells.is_empty() {
            Vec::new()
        } else {
            cells
                .keys()
                .filter_map(|&id| self.actor(id).filter(|a| !a.deleted).cloned())
                .collect()
        };
        let first = self.first_mentions(Some(&cells));
        actors.sort_by(by_first_mention(&first));
        let rows = actors
            .into_iter()
            .filter_map(|a| {
                let row = cells.remove(&a.id)?;
                Some((a, row))
            })
            .collect();
        Matrix { topics, rows }
    }

    /// A fresh id `"{prefix}-{tag}-{n}"` that no item uses yet. `tag` tells annotators apart
    /// (the app uses a random one per browser), so ids made on different laptops never clash
    /// when a class's files are merged.
    #[must_use]
    pub fn fresh_id(&self, prefix: &str, tag: &str) -> Id {
        (1u64..)
            .map(|n| Id::new(&format!("{prefix}-{tag}-{n}")))
            .find(|id| !self.contains(id))
            .expect("an unused number exists")
    }

    /// Whether `other` holds this set's `collection` itself, not a copy: then nothing in it
    /// changed between the two. One pointer comparison, so views can skip recomputing what
    /// depends only on collections an edit left alone.
    #[must_use]
    pub fn shares(&self, other: &Annotations, collection: Collection) -> bool {
        match collection {
            Collection::Topics => Rc::ptr_eq(&self.topics, &other.topics),
            Collection::Actors => Rc::ptr_eq(&self.actors, &other.actors),
            Collection::Mentions => Rc::ptr_eq(&self.mentions, &other.mentions),
            Collection::Quotes => Rc::ptr_eq(&self.quotes, &other.quotes),
            Collection::Stances => Rc::ptr_eq(&self.stances, &other.stances),
            Collection::Notes => Rc::ptr_eq(&self.notes, &other.notes),
            Collection::Orphans => Rc::ptr_eq(&self.orphans, &other.orphans),
        }
    }

    /// Whether any item has this id.
    #[must_use]
    pub fn contains(&self, id: &Id) -> bool {
        self.topics.contains_key(id)
            || self.actors.contains_key(id)
            || self.mentions.contains_key(id)
            || self.quotes.contains_key(id)
            || self.stances.contains_key(id)
            || self.notes.contains_key(id)
            || self.orphans.contains_key(id)
    }

    /// The item with this id, in whichever collection holds it.
    #[must_use]
    pub fn item(&self, id: &Id) -> Option<Item> {
        None.or_else(|| self.topics.get(id).cloned().map(Item::Topic))
            .or_else(|| self.actors.get(id).cloned().map(Item::Actor))
            .or_else(|| self.mentions.get(id).cloned().map(Item::Mention))
            .or_else(|| self.quotes.get(id).cloned().map(Item::Quote))
            .or_else(|| self.stances.get(id).cloned().map(Item::Stance))
            .or_else(|| self.notes.get(id).cloned().map(Item::Note))
            .or_else(|| self.orphans.get(id).cloned().map(Item::Orphan))
    }

    /// Every item, collection by collection, each by id.
    pub fn items(&self) -> impl Iterator<Item = Item> + '_ {
        let topics = self.topics.values().cloned().map(Item::Topic);
        let actors = self.actors.values().cloned().map(Item::Actor);
        let mentions = self.mentions.values().cloned().map(Item::Mention);
        let quotes = self.quotes.values().cloned().map(Item::Quote);
        let stances = self.stances.values().cloned().map(Item::Stance);
        let notes = self.notes.values().cloned().map(Item::Note);
        let orphans = self.orphans.values().cloned().map(Item::Orphan);
        topics
            .chain(actors)
            .chain(mentions)
            .chain(quotes)
            .chain(stances)
            .chain(notes)
            .chain(orphans)
    }

    /// How many items of each collection there are, deleted ones included.
    #[must_use]
    pub fn len(&self) -> usize {
        self.topics.len()
            + self.actors.len()
            + self.mentions.len()
            + self.quotes.len()
            + self.stances.len()
            + self.notes.len()
            + self.orphans.len()
    }

    /// Whether there is nothing at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Puts `item` in (replacing any item with its id), as files are read.
    pub fn insert(&mut self, item: Item) {
        edit::put(self, item);
    }
}

/// Actors × topics: who stands where on what.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    pub topics: Vec<Rc<Topic>>,
    pub rows: Vec<(Rc<Actor>, Vec<Summary>)>,
}

#[cfg(test)]
mod tests;
