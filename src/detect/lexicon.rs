//! The detector's word lists, embedded from `lexicon/*.txt`, compiled once into a single
//! Aho–Corasick automaton.
//!
//! One automaton matches every list at once, so the article is scanned for all of them in one
//! linear pass. Lower-case lists (cue verbs, titles, pronouns, …) match a word in lower case or
//! with a capital first letter; proper-name lists (countries, organisations, …) match only in
//! the exact case of their entry, so "US" is a country and "us" a pronoun.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// What a lexicon entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A country's name (its canonical name is the actor's name).
    Country,
    /// A nationality adjective or noun: names the country's actor.
    Demonym,
    /// A capital city standing for its country's government.
    Capital,
    /// A world region ("Europe"); its demonyms are [`Class::RegionDemonym`].
    Region,
    /// A nationality form of a region ("European").
    RegionDemonym,
    /// A named organisation.
    Org,
    /// A title or role noun that may stand before a name.
    Title,
    /// A verb of communication.
    Cue,
    /// The head noun of an anonymous source.
    Anon,
    /// A plural collective noun that names a group after a nationality ("leaders").
    GroupNoun,
    /// A personal pronoun, with its gender.
    Pronoun(Gender),
    /// A closed-class word that never names an actor.
    Function,
}

/// The grammatical gender of a pronoun or a person, as far as the text tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Masculine,
    Feminine,
    /// Plural, or not known.
    Plural,
}

/// One lexicon entry: its class, the text as listed, and the canonical name it stands for.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub class: Class,
    pub surface: &'static str,
    pub canonical: &'static str,
}

impl Entry {
    /// Proper names must match in their listed case; common words in lower or title case.
    fn proper(&self) -> bool {
        matches!(
            self.class,
            Class::Country
                | Class::Demonym
                | Class::Capital
                | Class::Region
                | Class::RegionDemonym
                | Class::Org
        )
    }

    /// Whether `found` (the matched text) is a form of this entry.
    pub fn accepts(&self, found: &str) -> bool {
        if self.proper() {
            return found == self.surface;
        }
        // `surface` is lower case ASCII; accept it as is or with a capital first letter.
        let (f, s) = (found.as_bytes(), self.surface.as_bytes());
        f.len() == s.len()
            && f.iter().zip(s).enumerate().all(|(i, (&a, &b))| a == b || (i == 0 && a.to_ascii_lowercase() == b))
    }
}

/// The compiled lexicon: the automaton and, per pattern, the entries spelled that way.
pub(crate) struct Lexicon {
    automaton: AhoCorasick,
    entries: Vec<Vec<Entry>>,
}

const COUNTRIES: &str = include_str!("lexicon/countries.txt");
const DEMONYMS: &str = include_str!("lexicon/demonyms.txt");
const CAPITALS: &str = include_str!("lexicon/capitals.txt");
const REGIONS: &str = include_str!("lexicon/regions.txt");
const ORGANISATIONS: &str = include_str!("lexicon/organisations.txt");
const TITLES: &str = include_str!("lexicon/titles.txt");
const CUE_VERBS: &str = include_str!("lexicon/cue_verbs.txt");
const ANONYMOUS: &str = include_str!("lexicon/anonymous.txt");
const GROUPS: &str = include_str!("lexicon/groups.txt");
const PRONOUNS: &str = include_str!("lexicon/pronouns.txt");
const FUNCTION_WORDS: &str = include_str!("lexicon/function_words.txt");

/// The data lines of a lexicon file: no header comment, no blank lines.
fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    /// The lexicon, compiled on first use. It is immutable afterwards.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut all: Vec<Entry> = Vec::new();
        // "canonical | form | form": the canonical name is itself a form unless `forms_only`.
        let mut named = |file: &'static str, class: Class, first: Option<Class>| {
            for line in lines(file) {
                let mut parts = line.split('|').map(str::trim);
                let canonical = parts.next().unwrap_or_default();
                if let Some(c) = first {
                    all.push(Entry { class: c, surface: canonical, canonical });
                }
                for form in parts {
                    all.push(Entry { class, surface: form, canonical });
                }
            }
        };
        named(COUNTRIES, Class::Country, Some(Class::Country));
        named(DEMONYMS, Class::Demonym, None);
        named(CAPITALS, Class::Capital, None);
        named(REGIONS, Class::Region, Some(Class::Region));
        named(ORGANISATIONS, Class::Org, Some(Class::Org));
        // Demonyms of regions ("European") name the region, which is a group, not a country.
        let regions: Vec<&str> = lines(REGIONS).collect();
        for e in &mut all {
            if e.class == Class::Demonym && regions.contains(&e.canonical) {
                e.class = Class::RegionDemonym;
            }
        }
        let mut words = |file: &'static str, class: Class| {
            for line in lines(file) {
                for w in line.split_whitespace() {
                    all.push(Entry { class, surface: w, canonical: w });
                }
            }
        };
        words(TITLES, Class::Title);
        words(CUE_VERBS, Class::Cue);
        words(ANONYMOUS, Class::Anon);
        words(GROUPS, Class::GroupNoun);
        words(FUNCTION_WORDS, Class::Function);
        for line in lines(PRONOUNS) {
            let mut it = line.split_whitespace();
            let (Some(w), Some(g)) = (it.next(), it.next()) else { continue };
            let gender = match g {
                "m" => Gender::Masculine,
                "f" => Gender::Feminine,
                _ => Gender::Plural,
            };
            all.push(Entry { class: Class::Pronoun(gender), surface: w, canonical: w });
        }

        // One pattern per distinct lower-cased spelling; the entries decide on case.
        let mut patterns: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for e in all {
            let key = e.surface.to_lowercase();
            let i = *index.entry(key.clone()).or_insert_with(|| {
                patterns.push(key);
                entries.push(Vec::new());
                patterns.len() - 1
            });
            entries[i].push(e);
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("the embedded lexicon compiles");
        Lexicon { automaton, entries }
    }

    /// Every whole-word match in `text`, leftmost-longest, with the entries it is a form of.
    pub fn matches<'t>(&'static self, text: &'t str) -> impl Iterator<Item = (usize, usize, &'static [Entry])> + 't {
        self.automaton.find_iter(text).filter_map(move |m| {
            let (s, e) = (m.start(), m.end());
            let bytes = text.as_bytes();
            let before_ok = s == 0 || !is_word_byte_before(text, s);
            let after_ok = e == bytes.len() || !is_word_char_at(text, e);
            (before_ok && after_ok && text.is_char_boundary(s) && text.is_char_boundary(e))
                .then(|| (s, e, self.entries[m.pattern().as_usize()].as_slice()))
        })
    }
}

/// Whether the character ending at byte `i` continues a word.
fn is_word_byte_before(text: &str, i: usize) -> bool {
    text[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// Whether the character starting at byte `i` continues a word. An apostrophe followed by a
/// letter does ("Putin’s" is one word), a full stop followed by a letter does ("U.S.").
fn is_word_char_at(text: &str, i: usize) -> bool {
    let mut it = text[i..].chars();
    match it.next() {
        Some(c) if c.is_alphanumeric() || c == '-' => true,
        Some('.') => it.next().is_some_and(|c| c.is_alphabetic()),
        _ => false,
    }
}
