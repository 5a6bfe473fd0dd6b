//! Merging annotation sets: a teacher opening a class's files on one article, or a student
//! importing a file into their own work.
//!
//! [`plan`] compares the current set with an incoming one (already re-anchored onto the
//! current article with [`crate::anchor::reanchor`]) and says, before anything changes, what
//! merging would do: "12 new, 3 changed, 1 conflict, 2 could not be placed". Its
//! [`MergePlan::edit`] is one [`Edit`], so applying a merge is one undoable step.
//!
//! Items are matched by id. Per id, with `C` the current item and `V` the incoming versions
//! (from every file, deduplicated by content; provenance is not content):
//!
//! - a version whose content equals `C` or one of `C`'s conflict records is **unchanged**;
//!   so is an incoming unedited detection when `C` exists (it carries nobody's work);
//! - no `C`: the first version is **new**, any others become conflicts;
//! - `C` is an unedited detection (origin `Detected`): the first version **changes** it (a
//!   student's confirmation or correction is adopted), any others become conflicts;
//! - `C` is a person's work (confirmed, edited or added) and a version differs: a
//!   **conflict**. The current item stays as it is and the version is stored beside it under
//!   the id `"<id>~conflict-<n>"` (see [`conflict_id`]), where it is visible (it is an item
//!   like any other: drawn, listed, saved) until someone resolves it with
//!   [`Annotations::resolve_conflict`]. Nothing is overwritten silently.
//!
//! "First" means first in a canonical order (by modification time, then creator, then
//! content), so [`plan_many`] gives the same result whatever order the files come in. Merging
//! files one at a time gives the same items too, but which version sits under the plain id
//! and which under a conflict id can depend on the order.
//!
//! ```
//! use whosaid::annotations::{Annotations, Stamp, StanceValue, Target};
//! use whosaid::article::Article;
//! use whosaid::detect::detect;
//! use whosaid::merge::plan;
//!
//! let article = Article::parse("“We will meet in Riyadh,” President Donald Trump said.")?;
//! let start = Annotations::from_detection(&article, &detect(&article), &["Peace talks"]);
//! let quote = Target::Quote(start.quotes_in_order()[0].id.clone());
//! let topic = start.topics_in_order()[0].id.clone();
//! let stance = |who: &str, value| {
//!     let mut set = start.clone();
//!     let stamp = Stamp::new("2026-11-29T10:00:00Z", Some(who));
//!     set.apply(&set.set_stance(&quote, &topic, Some(value), "", &stamp));
//!     set
//! };
//! let mut mine = stance("Ada", StanceValue::Favor);
//! let theirs = stance("Bo", StanceValue::Against);
//! let merge = plan(&mine, &theirs);
//! assert_eq!(merge.summary(), "1 conflict");
//! mine.apply(&merge.edit());
//! assert_eq!(whosaid::merge::conflicts(&mine).len(), 1);
//! # Ok::<(), whosaid::article::ArticleError>(())
//! ```

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::anchor::{Orphan, OrphanReason};
use crate::annotations::{Annotations, Change, Edit, Id, Item, Origin, Provenance, Unplaced};

/// What separates an id from the number of a conflict record stored beside it.
pub const CONFLICT_MARK: &str = "~conflict-";

/// The id of the `n`th conflict record of the item `base`.
#[must_use]
pub fn conflict_id(base: &Id, n: u32) -> Id {
    Id::new(&format!("{base}{CONFLICT_MARK}{n}"))
}

/// The item a conflict record belongs to (`"quote-3~conflict-2"` → `"quote-3"`), or `None`
/// when `id` is not a conflict record.
#[must_use]
pub fn conflict_base(id: &Id) -> Option<Id> {
    // Most ids have no `~` at all; a byte scan rules them out before a substring search.
    if !id.as_str().as_bytes().contains(&b'~') {
        return None;
    }
    let (base, n) = id.as_str().rsplit_once(CONFLICT_MARK)?;
    let numbered = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    (numbered && !base.is_empty()).then(|| Id::new(base))
}

fn base_of(id: &Id) -> Id {
    conflict_base(id).unwrap_or_else(|| id.clone())
}

/// What merging does to one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// It was not in the current set.
    New,
    /// It replaces an unedited detection.
    Changed,
    /// It differs from a person's work: stored beside it as a conflict record.
    Conflict,
}

/// One item the merge puts in.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub outcome: Outcome,
    /// What the current set holds under the id (for `Changed`).
    pub before: Option<Item>,
    /// The item as it will be stored (a conflict under its conflict id).
    pub after: Item,
}

/// Counts of a merge plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub new: usize,
    pub changed: usize,
    pub conflicts: usize,
    /// Ids whose incoming versions are all already there.
    pub unchanged: usize,
    /// Incoming items that could not be placed in the current article (a quote's lost cue
    /// does not count: the quote is placed).
    pub unplaced: usize,
}

/// What a merge will do, before it does it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergePlan {
    /// Items put in, by id.
    pub entries: Vec<Entry>,
    /// Ids whose incoming versions are all already there.
    pub unchanged: usize,
    /// What re-anchoring could not place; the merge leaves them out and the caller keeps them.
    pub orphans: Vec<Orphan>,
}

impl MergePlan {
    /// The plan with the orphans of re-anchoring the incoming files added, for the counts.
    #[must_use]
    pub fn with_orphans(mut self, orphans: impl IntoIterator<Item = Orphan>) -> MergePlan {
        self.orphans.extend(orphans);
        self
    }

    /// How many items of each outcome.
    #[must_use]
    pub fn counts(&self) -> Counts {
        // Orphan records are counted as what could not be placed, not as new items.
        let count = |o: Outcome| {
            self.entries
                .iter()
                .filter(|e| e.outcome == o && !matches!(e.after, Item::Orphan(_)))
                .count()
        };
        Counts {
            new: count(Outcome::New),
            changed: count(Outcome::Changed),
            conflicts: count(Outcome::Conflict),
            unchanged: self.unchanged,
            unplaced: self
                .orphans
                .iter()
                .filter(|o| !matches!(o.reason, OrphanReason::CueNotFound(_)))
                .count()
                + self.carried_orphans(),
        }
    }

    /// Orphan records the incoming files already held (from earlier imports) that the merge
    /// adds and that re-anchoring did not report again.
    fn carried_orphans(&self) -> usize {
        self.carried().count()
    }

    /// The orphan records [`MergePlan::carried_orphans`] counts: those the incoming files
    /// held (a W3C file's annotations that could not be placed, or an earlier import's
    /// orphans) that the merge adds and that re-anchoring did not report again.
    pub fn carried(&self) -> impl Iterator<Item = &crate::annotations::Orphaned> {
        self.entries.iter().filter_map(|e| match &e.after {
            Item::Orphan(o)
                if e.outcome != Outcome::Changed
                    && o.reason != Unplaced::CueNotFound
                    && !self.orphans.iter().any(|r| r.item.id() == o.item.id()) =>
            {
                Some(&**o)
            }
            _ => None,
        })
    }

    /// The preview in words: "12 new, 3 changed, 1 conflict, 2 could not be placed", or
    /// "nothing new".
    #[must_use]
    pub fn summary(&self) -> String {
        self.summary_with(0)
    }

    /// [`MergePlan::summary`] with `unplaced` more annotations that could not be placed.
    #[must_use]
    pub fn summary_with(&self, unplaced: usize) -> String {
        let mut c = self.counts();
        c.unplaced += unplaced;
        let mut parts = Vec::new();
        if c.new > 0 {
            parts.push(format!("{} new", c.new));
        }
        if c.changed > 0 {
            parts.push(format!("{} changed", c.changed));
        }
        if c.conflicts > 0 {
            let s = if c.conflicts == 1 { "" } else { "s" };
            parts.push(format!("{} conflict{s}", c.conflicts));
        }
        if c.unplaced > 0 {
            parts.push(format!("{} could not be placed", c.unplaced));
        }
        if parts.is_empty() {
            "nothing new".to_string()
        } else {
            parts.join(", ")
        }
    }

    /// Whether merging would change nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The merge as one edit: applying it (through `History`) is one undoable step.
    #[must_use]
    pub fn edit(&self) -> Edit {
        Edit {
            label: "Merged annotations".to_string(),
            changes: self
                .entries
                .iter()
                .map(|e| Change {
                    before: e.before.clone(),
                    after: Some(e.after.clone()),
                })
                .collect(),
        }
    }
}

/// What merging `incoming` into `current` would do (see the module docs for the rules).
#[must_use]
pub fn plan(current: &Annotations, incoming: &Annotations) -> MergePlan {
    plan_many(current, &[incoming])
}

/// What merging all of `incoming` into `current` at once would do; the same whatever the
/// order of `incoming`.
#[must_use]
pub fn plan_many(current: &Annotations, incoming: &[&Annotations]) -> MergePlan {
    let mut records: BTreeMap<Id, Vec<Item>> = BTreeMap::new();
    for item in current.items() {
        if let Some(base) = conflict_base(item.id()) {
            records.entry(base).or_default().push(item);
        }
    }
    let mut versions: BTreeMap<Id, Vec<Item>> = BTreeMap::new();
    for set in incoming {
        for item in set.items() {
            versions.entry(base_of(item.id())).or_default().push(item);
        }
    }
    let mut plan = MergePlan::default();
    for (base, mut vs) in versions {
        let cur = current.item(&base);
        let known: Vec<Item> = cur
            .iter()
            .chain(records.get(&base).into_iter().flatten())
            .map(|i| content(i, &base))
            .collect();
        let unedited = cur
            .as_ref()
            .is_some_and(|c| c.provenance().origin == Origin::Detected);
        vs.sort_by_cached_key(canonical);
        let mut fresh: Vec<(Item, Item)> = Vec::new();
        for v in vs {
            let key = content(&v, &base);
            let origin = v.provenance().origin;
            let adds_nothing = cur.is_some() && origin == Origin::Detected;
            // A person's confirmation of an unedited detection has the same content but is
            // still news.
            let confirms = unedited && known.first() == Some(&key) && origin != Origin::Detected;
            let seen = (known.contains(&key) && !confirms) || fresh.iter().any(|(k, _)| *k == key);
            if !adds_nothing && !seen {
                fresh.push((key, v));
            }
        }
        if fresh.is_empty() {
            plan.unchanged += 1;
            continue;
        }
        let mut next = 1;
        let mut fresh = fresh.into_iter().map(|(_, v)| v);
        if cur.is_none() || unedited {
            let first = fresh.next().expect("fresh is not empty");
            plan.entries.push(Entry {
                outcome: if cur.is_none() {
                    Outcome::New
                } else {
                    Outcome::Changed
                },
                before: cur.clone(),
                after: with_id(&first, &base, None),
            });
        }
        for v in fresh {
            let n = (next..)
                .find(|&n| !current.contains(&conflict_id(&base, n)))
                .expect("an unused number exists");
            next = n + 1;
            let id = conflict_id(&base, n);
            plan.entries.push(Entry {
                outcome: Outcome::Conflict,
                before: None,
                after: with_id(&v, &id, None),
            });
        }
    }
    plan
}

/// The order in which versions of one item are considered: oldest change first, then by
/// creator, then by content, so the result does not depend on the order of the files.
fn canonical(item: &Item) -> (Option<Rc<str>>, Option<Rc<str>>, String) {
    let p = item.provenance();
    (p.modified.clone(), p.creator.clone(), format!("{item:?}"))
}

/// The item's content, for comparing versions: under `base`'s id, with provenance cleared.
fn content(item: &Item, base: &Id) -> Item {
    with_id(item, base, Some(&Provenance::detected()))
}

/// `item` under another id (and, if given, another provenance).
fn with_id(item: &Item, id: &Id, provenance: Option<&Provenance>) -> Item {
    macro_rules! re {
        ($variant:ident, $x:expr) => {{
            let mut y = (**$x).clone();
            y.id = id.clone();
            if let Some(p) = provenance {
                y.provenance = p.clone();
            }
            Item::$variant(Rc::new(y))
        }};
    }
    match item {
        Item::Topic(x) => re!(Topic, x),
        Item::Actor(x) => re!(Actor, x),
        Item::Mention(x) => re!(Mention, x),
        Item::Quote(x) => re!(Quote, x),
        Item::Stance(x) => re!(Stance, x),
        Item::Note(x) => re!(Note, x),
        Item::Orphan(x) => {
            let mut y = (**x).clone();
            y.id = id.clone();
            if provenance.is_some() {
                y.item = with_id(&x.item, x.item.id(), provenance);
            }
            Item::Orphan(Rc::new(y))
        }
    }
}

/// A conflict record and the item it disagrees with.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The record's own id (`"<id>~conflict-<n>"`).
    pub id: Id,
    /// The id of the item it disagrees with.
    pub base: Id,
    /// That item, if the set still holds it.
    pub current: Option<Item>,
    /// The incoming version, stored under `id`.
    pub incoming: Item,
}

/// Every unresolved conflict in `set`, by record id.
#[must_use]
pub fn conflicts(set: &Annotations) -> Vec<Conflict> {
    set.items()
        .filter_map(|incoming| {
            let base = conflict_base(incoming.id())?;
            Some(Conflict {
                id: incoming.id().clone(),
                current: set.item(&base),
                base,
                incoming,
            })
        })
        .collect()
}

/// Which side of a conflict to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// The item as it is; the incoming version goes.
    Current,
    /// The incoming version replaces the item.
    Incoming,
}

impl Annotations {
    /// Resolves the conflict record `conflict`: keeps the current item and drops the record,
    /// or puts the record's version in the item's place. Other records of the same item stay.
    #[must_use]
    pub fn resolve_conflict(&self, conflict: &Id, keep: Keep) -> Edit {
        let mut edit = Edit {
            label: "Resolved a conflict".to_string(),
            changes: Vec::new(),
        };
        let (Some(base), Some(record)) = (conflict_base(conflict), self.item(conflict)) else {
            return edit;
        };
        if keep == Keep::Incoming {
            edit.changes.push(Change {
                before: self.item(&base),
                after: Some(with_id(&record, &base, None)),
            });
        }
        edit.changes.push(Change {
            before: Some(record),
            after: None,
        });
        edit
    }
}

#[cfg(test)]
mod tests;

/// What importing annotation files into the open article would do: the merge plan, with
/// everything that could not be placed counted and kept (as orphan records) for the user to
/// see.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Import {
    pub plan: MergePlan,
}

impl Import {
    /// The preview in words, orphans of every kind counted: "12 new, 3 changed, 1 conflict,
    /// 2 could not be placed".
    #[must_use]
    pub fn summary(&self) -> String {
        self.plan.summary()
    }
}

/// Plans importing `files` (already read, each with its name) into `current`, the work on
/// `article`: each file's annotations are re-anchored onto `article` when the file was made
/// on another copy of it (orphan records it holds are tried again), then all are merged at
/// once ([`plan_many`]). What could not be placed joins the merge as orphan records
/// ([`Item::Orphan`], naming the file and its annotator), so applying the plan keeps it.
#[must_use]
pub fn plan_files(
    article: &crate::article::Article,
    current: &Annotations,
    files: &[(String, crate::format::AnnotationFile)],
) -> Import {
    let mut orphans = Vec::new();
    let placed: Vec<Annotations> = files
        .iter()
        .map(|(name, f)| {
            let old_text = f.article.text();
            let (mut set, lost) = crate::anchor::reanchor(old_text, article, &f.annotations);
            if f.format != crate::format::FileFormat::Whosaid {
                // What the W3C reader could not place is already kept as orphan records: they
                // come from this file.
                for record in Rc::make_mut(&mut set.orphans).values_mut() {
                    if record.file.is_none() {
                        let record = Rc::make_mut(record);
                        record.file = Some(Rc::from(name.as_str()));
                        record.annotator = f.annotator.as_deref().map(Rc::from);
                    }
                }
            }
            for o in &lost {
                let record = o.record(old_text, Some(name), f.annotator.as_deref());
                set.insert(Item::Orphan(Rc::new(record)));
            }
            orphans.extend(lost);
            set
        })
        .collect();
    let refs: Vec<&Annotations> = placed.iter().collect();
    Import {
        plan: plan_many(current, &refs).with_orphans(orphans),
    }
}
