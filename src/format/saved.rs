//! The list of work saved in the browser: one entry per article (by fingerprint), kept as
//! JSON under one localStorage key so the app can list saved articles without reading them.

use serde::{Deserialize, Serialize};

/// One article's saved work, as the "Saved work" list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedWork {
    /// The article's fingerprint ([`crate::article::Article::fingerprint`]).
    pub fingerprint: String,
    /// The article's headline, or a stand-in.
    pub title: String,
    /// Where the article came from ("the default article", a file name, "pasted text").
    pub source: String,
    /// When it was last saved, RFC 3339.
    pub saved_at: String,
    /// The browser tab that saved it last (a random id per tab), to tell tabs apart.
    pub tab: String,
    /// How many annotations a person has made or changed.
    pub changes: usize,
}

#[derive(Serialize, Deserialize)]
struct SavedWorkJson {
    fingerprint: String,
    title: String,
    #[serde(default)]
    source: String,
    saved_at: String,
    #[serde(default)]
    tab: String,
    #[serde(default)]
    changes: usize,
}

#[derive(Serialize, Deserialize)]
struct IndexJson {
    version: u32,
    saved: Vec<SavedWorkJson>,
}

/// The index as JSON, most recently saved first.
#[must_use]
pub fn write_index(entries: &[SavedWork]) -> String {
    let mut saved: Vec<SavedWorkJson> = entries
        .iter()
        .map(|e| SavedWorkJson {
            fingerprint: e.fingerprint.clone(),
            title: e.title.clone(),
            source: e.source.clone(),
            saved_at: e.saved_at.clone(),
            tab: e.tab.clone(),
            changes: e.changes,
        })
        .collect();
    saved.sort_by(|a, b| b.saved_at.cmp(&a.saved_at));
    serde_json::to_string(&IndexJson { version: 1, saved }).unwrap_or_default()
}

/// Reads the index. An index that cannot be read (another app's key, a hand edit) reads as
/// empty: the saved work itself stays under its own keys.
#[must_use]
pub fn read_index(json: &str) -> Vec<SavedWork> {
    serde_json::from_str::<IndexJson>(json)
        .map(|index| {
            index
                .saved
                .into_iter()
                .map(|e| SavedWork {
                    fingerprint: e.fingerprint,
                    title: e.title,
                    source: e.source,
                    saved_at: e.saved_at,
                    tab: e.tab,
                    changes: e.changes,
                })
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{read_index, write_index, SavedWork};

    fn entry(fp: &str, at: &str) -> SavedWork {
        SavedWork {
            fingerprint: fp.into(),
            title: format!("Title “{fp}”"),
            source: "pasted text".into(),
            saved_at: at.into(),
            tab: "t1".into(),
            changes: 3,
        }
    }

    #[test]
    fn round_trips_newest_first() {
        let list = vec![
            entry("a", "2026-01-01T00:00:00Z"),
            entry("b", "2026-02-01T00:00:00Z"),
        ];
        let back = read_index(&write_index(&list));
        assert_eq!(back, vec![list[1].clone(), list[0].clone()]);
    }

    #[test]
    fn unreadable_index_is_empty() {
        assert_eq!(read_index("not json"), vec![]);
        assert_eq!(read_index("{\"version\":1}"), vec![]);
    }
}
