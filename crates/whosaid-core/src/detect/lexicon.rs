//! The detector's word lists, embedded from `lexicon/*.txt` and indexed once by word.
//!
//! Every word of the article is looked up once, by its ASCII-lower-cased spelling, in one hash
//! table holding every list; an entry of several words ("Saudi Arabia") is found by its first
//! word and checked against the words that follow. Lower-case lists (cue verbs, titles,
//! pronouns, …) match a word in lower case or with a capital first letter; proper-name lists
//! (countries, organisations, …) match only in the exact case of their entry, so "US" is a
//! country and "us" a pronoun.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

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
    /// How many words `surface` has (how many tokens a match covers).
    pub words: u8,
}

impl Class {
    /// The token flag of a common-word class (0 for proper names, which are not flags).
    pub fn flag(self) -> u16 {
        use super::tokens::flag;
        match self {
            Class::Title => flag::TITLE,
            Class::Cue => flag::CUE,
            Class::Anon => flag::ANON,
            Class::GroupNoun => flag::GROUP_NOUN,
            Class::Function => flag::FUNCTION,
            Class::Pronoun(Gender::Masculine) => flag::PRONOUN_M,
            Class::Pronoun(Gender::Feminine) => flag::PRONOUN_F,
            Class::Pronoun(Gender::Plural) => flag::PRONOUN_P,
            _ => 0,
        }
    }
}

impl Entry {
    fn new(class: Class, surface: &'static str, canonical: &'static str) -> Entry {
        let words = surface.split_whitespace().count();
        Entry {
            class,
            surface,
            canonical,
            words: u8::try_from(words).unwrap_or(u8::MAX),
        }
    }

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
        common_form(found, self.surface)
    }
}

/// Whether `found` is the common word `surface` (lower case ASCII) as is or with a capital
/// first letter.
pub(crate) fn common_form(found: &str, surface: &str) -> bool {
    let (f, s) = (found.as_bytes(), surface.as_bytes());
    // The first letter may differ in case; the rest compares as one slice (a `memcmp`).
    match (f.split_first(), s.split_first()) {
        (Some((&a, f)), Some((&b, s))) => (a == b || a.to_ascii_lowercase() == b) && f == s,
        (None, None) => true,
        _ => false,
    }
}

/// [`common_form`] for a word of fewer than eight bytes, given as `word` (its bytes as a
/// little-endian `u64`, zero-padded) against a spelling's [`WordInfo::head`] and length.
#[inline]
pub(crate) fn short_form(word: u64, len: usize, head: u64, surface: &str) -> bool {
    let d = word ^ head;
    let (a, b) = (word as u8, head as u8);
    (len == surface.len()) & (d >> 8 == 0) & ((a == b) | (a.to_ascii_lowercase() == b))
}

/// A spelling's [`WordInfo::head`].
fn head(surface: &str) -> u64 {
    let mut head = [0u8; 8];
    match head.get_mut(..surface.len()) {
        Some(h) if surface.len() < 8 => h.copy_from_slice(surface.as_bytes()),
        _ => return 0,
    }
    u64::from_le_bytes(head)
}

/// A multiplicative hash for short keys (the "Fx" hash of rustc): the table is read-only and
/// its keys are the lexicon's own words, so flooding resistance buys nothing here.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub(crate) type FxSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

/// Longest word the lexicon knows, in bytes; longer words are never looked up.
pub(crate) const MAX_WORD: usize = 40;

/// The hash of a word with its ASCII letters lower-cased, in one pass over its bytes.
pub(crate) fn hash_lower(word: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        h.add(lower8(u64::from_le_bytes(c.try_into().unwrap_or_default())));
    }
    let rest = chunks.remainder();
    let mut w = [0u8; 8];
    w[..rest.len()].copy_from_slice(rest);
    h.add(lower8(u64::from_le_bytes(w)));
    h.add(word.len() as u64);
    h.0
}

/// `hash_lower(&text[start..end])`, for the tokenizer: the word's last bytes are read as one
/// eight-byte load from `text` and masked, when the text goes on far enough after the word (it
/// nearly always does). Copying them into a zeroed buffer instead costs a `memcpy` call and,
/// worse, a stalled load: the eight-byte read of bytes just stored one by one cannot be
/// forwarded from the store buffer (`perf annotate` put 7% of the detector's time there).
#[inline]
pub(crate) fn hash_lower_in(text: &[u8], start: usize, end: usize) -> u64 {
    let load = |at: usize| {
        text.get(at..at + 8)
            .map(|b| u64::from_le_bytes(b.try_into().unwrap_or_default()))
    };
    let mut h = FxHasher::default();
    let mut at = start;
    while at + 8 <= end {
        h.add(lower8(load(at).unwrap_or_default()));
        at += 8;
    }
    let Some(next8) = load(at) else {
        return hash_lower(&text[start..end]);
    };
    // The bytes past the word are masked off: the same zero padding `hash_lower` uses.
    let mask = (1u64 << (8 * (end - at))) - 1;
    h.add(lower8(next8 & mask));
    h.add((end - start) as u64);
    h.0
}

/// [`hash_lower`] built by a caller that reads the word itself (the tokenizer, as it scans):
/// [`LowerHash::chunk`] for each eight bytes from the word's start, then
/// [`LowerHash::finish`] with the bytes left (fewer than eight, the rest zeroed).
#[derive(Default, Clone, Copy)]
pub(crate) struct LowerHash(FxHasher);

impl LowerHash {
    #[inline]
    pub fn chunk(&mut self, eight: u64) {
        self.0.add(lower8(eight));
    }

    /// The hash of the word of `len` bytes whose last bytes are `rest`.
    #[inline]
    pub fn finish(self, rest: u64, len: usize) -> u64 {
        let mut h = self.0;
        h.add(lower8(rest));
        h.add(len as u64);
        h.0
    }
}

/// The [`FxHasher`] hash of `text[start..end]` as `Hasher::write` gives it, with the last
/// bytes read like [`hash_lower_in`]'s: one masked eight-byte load, not a copy.
#[inline]
pub(crate) fn hash_in(text: &[u8], start: usize, end: usize) -> u64 {
    let load = |at: usize| {
        text.get(at..at + 8)
            .map(|b| u64::from_le_bytes(b.try_into().unwrap_or_default()))
    };
    let mut h = FxHasher::default();
    let mut at = start;
    while at + 8 <= end {
        h.add(load(at).unwrap_or_default());
        at += 8;
    }
    if at < end {
        match load(at) {
            Some(next8) => h.add(next8 & ((1u64 << (8 * (end - at))) - 1)),
            None => h.write(&text[at..end]),
        }
    }
    h.0
}

/// Eight bytes with their ASCII capitals lower-cased, all at once and without branches (this
/// runs for every word of the article). Bytes of 0x80 and above are left alone.
fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH;
    // High bit of each byte: at least 'A', above 'Z' (no carry: each byte stays below 0x100).
    let from_a = low7 + ONES * u64::from(0x80 - b'A');
    let past_z = low7 + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = from_a & !past_z & !x & HIGH;
    // 0x80 >> 2 is 0x20, the case bit.
    x | upper >> 2
}

/// An entry of several words, stored under its first word.
pub(crate) struct Phrase {
    /// How many words follow the first.
    pub rest: usize,
    /// Index of the entry in [`Lexicon::entry`].
    pub entry: u32,
}

/// What the lexicon knows about one lower-cased word.
#[derive(Default)]
pub(crate) struct WordInfo {
    /// Single-word common-word entries (titles, cue verbs, pronouns, …) merged by spelling:
    /// each spelling with the union of its classes' token flags, so tagging a word costs one
    /// spelling check rather than one per entry. Nearly always one spelling, so the first is
    /// held here, read with the table's bucket (`("", 0)` when there is none).
    pub common: (&'static str, u16),
    /// The first common spelling's bytes as a little-endian `u64`, zero-padded, when it is
    /// shorter than eight bytes (0 otherwise): a short word is checked against it in a
    /// register, without a `memcmp` call (see [`short_form`]).
    pub head: u64,
    /// The other common spellings, if any.
    pub more_common: Box<[(&'static str, u16)]>,
    /// Single-word proper-name entries spelled this way (indices), in lexicon order.
    pub entries: Box<[u32]>,
    /// Multi-word entries starting with this word, longest first.
    pub phrases: Box<[Phrase]>,
}

/// A [`WordInfo`] while the lexicon is built.
#[derive(Default)]
struct Gathered {
    entries: Vec<u32>,
    common: Vec<(&'static str, u16)>,
    phrases: Vec<Phrase>,
}

/// The indexed lexicon.
pub(crate) struct Lexicon {
    all: Vec<Entry>,
    /// The hashes of the lower-cased words (`hash_lower`), open-addressed by their top bits
    /// with linear probing, 0 where a slot is empty: keys alone, eight bytes each, so a probe
    /// reads one cache line, not a bucket of records.
    keys: Box<[u64]>,
    /// What the lexicon knows of the word whose key is at the same index in `keys` (entries
    /// verify the spelling).
    infos: Box<[WordInfo]>,
    /// `64 -` the number of bits of a slot index.
    shift: u32,
    /// One bit per value of a hash's bits 40–55, set for the hashes in `words`: most words of
    /// an article are in no list, and this 8 KB filter (in L1) turns most of them away before
    /// the table is probed.
    filter: Box<[u64; FILTER_WORDS]>,
}

/// The prefilter's size in 64-bit words (2^16 bits).
const FILTER_WORDS: usize = 1 << 10;

/// A hash's bit in [`Lexicon::filter`]: its word and the bit in it.
fn filter_bit(hash: u64) -> (usize, u64) {
    let bit = (hash >> 40) as usize;
    ((bit >> 6) & (FILTER_WORDS - 1), 1 << (bit & 63))
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
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
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
                    all.push(Entry::new(c, canonical, canonical));
                }
                for form in parts {
                    all.push(Entry::new(class, form, canonical));
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
                    all.push(Entry::new(class, w, w));
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
            let (Some(w), Some(g)) = (it.next(), it.next()) else {
                continue;
            };
            let gender = match g {
                "m" => Gender::Masculine,
                "f" => Gender::Feminine,
                _ => Gender::Plural,
            };
            all.push(Entry::new(Class::Pronoun(gender), w, w));
        }

        let mut words: FxMap<u64, Gathered> = FxMap::default();
        for (i, e) in all.iter().enumerate() {
            let mut parts = e.surface.split_whitespace();
            let first = parts.next().unwrap_or_default();
            let rest = parts.count();
            let info = words.entry(hash_lower(first.as_bytes())).or_default();
            if rest == 0 && e.proper() {
                info.entries.push(i as u32);
            } else if rest == 0 {
                let f = e.class.flag();
                match info.common.iter_mut().find(|(w, _)| *w == e.surface) {
                    Some((_, flags)) => *flags |= f,
                    None => info.common.push((e.surface, f)),
                }
            } else {
                // Longest first, and in the lexicon's order among equals: inserted in place
                // rather than sorted later, which would add a sort's code to the wasm.
                let at = info.phrases.partition_point(|p| p.rest >= rest);
                info.phrases.insert(
                    at,
                    Phrase {
                        rest,
                        entry: i as u32,
                    },
                );
            }
        }
        // Words `actors` tests by spelling, as flags of their own (not lexicon entries).
        use super::actors::{
            CONNECTORS, DETERMINERS, NUMBERS, ORG_DESCRIPTORS, ORG_HEADS, ORG_WORDS, PLACE_FIRST,
            PLACE_LAST, PLACE_NOUNS, PLACE_PREPOSITIONS,
        };
        use super::tokens::flag;
        for (list, f) in [
            (ORG_WORDS, flag::ORG_WORD),
            (CONNECTORS, flag::CONNECTOR),
            (DETERMINERS, flag::DETERMINER),
            (NUMBERS, flag::DETERMINER),
            (PLACE_FIRST, flag::PLACE_PART),
            (PLACE_LAST, flag::PLACE_PART),
            (PLACE_PREPOSITIONS, flag::PLACE_CONTEXT),
            (PLACE_NOUNS, flag::PLACE_CONTEXT),
            (ORG_DESCRIPTORS, flag::ORG_NOUN),
            (ORG_HEADS, flag::ORG_NOUN),
        ] {
            for &w in list {
                let info = words.entry(hash_lower(w.as_bytes())).or_default();
                match info.common.iter_mut().find(|(s, _)| *s == w) {
                    Some((_, flags)) => *flags |= f,
                    None => info.common.push((w, f)),
                }
            }
        }
        let mut filter = Box::new([0u64; FILTER_WORDS]);
        // At most half the slots full, so a miss that passes the filter stops soon.
        let slots = (2 * words.len()).next_power_of_two().max(2);
        let shift = 64 - slots.trailing_zeros();
        let mut keys = vec![0u64; slots].into_boxed_slice();
        let mut infos: Box<[WordInfo]> = (0..slots).map(|_| WordInfo::default()).collect();
        let mut place = |hash: u64, g: Gathered| {
            let (w, bit) = filter_bit(hash);
            filter[w] |= bit;
            let mut at = (hash >> shift) as usize;
            while keys[at] != 0 {
                at = (at + 1) & (slots - 1);
            }
            keys[at] = hash;
            let mut common = g.common.into_iter();
            let first = common.next().unwrap_or(("", 0));
            infos[at] = WordInfo {
                common: first,
                head: head(first.0),
                more_common: common.collect(),
                entries: g.entries.into(),
                phrases: g.phrases.into(),
            };
        };
        // The words met most often ("the", "of", "he") first, so that they hold their home
        // slots and a look-up of one stops at its first probe (a probe that goes on is a
        // branch mispredicted).
        const FREQUENT: u16 = flag::FUNCTION | flag::PRONOUN | flag::CONNECTOR | flag::DETERMINER;
        let mut rest = Vec::new();
        for (hash, g) in words {
            if g.common.iter().any(|&(_, f)| f & FREQUENT != 0) {
                place(hash, g);
            } else {
                rest.push((hash, g));
            }
        }
        for (hash, g) in rest {
            place(hash, g);
        }
        Lexicon {
            all,
            keys,
            infos,
            shift,
            filter,
        }
    }

    /// What the lexicon knows of the word whose `hash_lower` is `hash`. Different words
    /// may share a hash: callers check the entries' spelling (`Entry::accepts`).
    pub fn word(&self, hash: u64) -> Option<&WordInfo> {
        let (w, bit) = filter_bit(hash);
        if self.filter[w] & bit == 0 {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut at = (hash >> self.shift) as usize;
        loop {
            match *self.keys.get(at)? {
                k if k == hash => return self.infos.get(at),
                0 => return None,
                _ => at = (at + 1) & mask,
            }
        }
    }

    /// The entry with this index.
    pub fn entry(&self, i: u32) -> &Entry {
        &self.all[i as usize]
    }
}

#[cfg(test)]
mod lower_tests {
    use super::*;

    /// No word's hash is 0, which marks an empty slot of the table.
    #[test]
    fn no_key_is_empty() {
        let lexicon = Lexicon::get();
        let filled = lexicon.keys.iter().filter(|&&k| k != 0).count();
        let mut words = std::collections::HashSet::new();
        for e in &lexicon.all {
            let first = e.surface.split_whitespace().next().unwrap_or_default();
            assert_ne!(hash_lower(first.as_bytes()), 0, "{first}");
            words.insert(hash_lower(first.as_bytes()));
        }
        assert!(filled >= words.len(), "{filled} < {}", words.len());
        for &h in &words {
            assert!(lexicon.word(h).is_some());
        }
    }

    /// The register check of a short word is `common_form`.
    #[test]
    fn short_form_is_common_form() {
        let spellings = [
            "Union", "union", "said", "a", "", "abcdefg", "abcdefgh", "us", "US",
        ];
        let words = [
            "Union", "union", "UNION", "said", "Said", "sAid", "SAID", "saidx", "sai",
        ];
        let more = [
            "a", "A", "b", "abcdefg", "Abcdefg", "abcdefG", "us", "Us", "uS", "US", "@",
        ];
        for s in spellings {
            for w in words.iter().chain(&more) {
                let padded = head(w);
                assert_eq!(
                    short_form(padded, w.len(), head(s), s),
                    common_form(w, s),
                    "{w} {s}"
                );
            }
        }
    }

    /// Tokens store an entry's index in 16 bits and a match's length in 8.
    #[test]
    fn entries_fit_in_a_token() {
        let lexicon = Lexicon::get();
        assert!(lexicon.all.len() < usize::from(u16::MAX));
        assert!(lexicon
            .all
            .iter()
            .all(|e| e.words >= 1 && e.words < u8::MAX));
    }

    /// The branch-free hash equals hashing the plainly lower-cased bytes.
    #[test]
    fn hash_lower_is_hash_of_lower_case() {
        let plain = |w: &[u8]| {
            let l: Vec<u8> = w.iter().map(u8::to_ascii_lowercase).collect();
            let mut h = FxHasher::default();
            let mut chunks = l.chunks_exact(8);
            for c in &mut chunks {
                h.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
            }
            let mut w8 = [0u8; 8];
            w8[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
            h.add(u64::from_le_bytes(w8));
            h.add(l.len() as u64);
            h.0
        };
        let all: Vec<u8> = (0..=255u8).collect();
        for w in all.chunks(8).chain(all.chunks(5)).chain(all.chunks(13)) {
            assert_eq!(hash_lower(w), plain(w), "{w:?}");
        }
        for w in ["Ministry", "SAUDI-ARABIA", "Zürich’s", "@[`{", "AZaz", ""] {
            assert_eq!(hash_lower(w.as_bytes()), plain(w.as_bytes()), "{w}");
        }
        // Built a chunk at a time as the tokenizer does, and from the text as it reads it.
        for w in all.chunks(5).chain(all.chunks(8)).chain(all.chunks(17)) {
            let mut h = LowerHash::default();
            let mut chunks = w.chunks_exact(8);
            for c in &mut chunks {
                h.chunk(u64::from_le_bytes(c.try_into().unwrap_or_default()));
            }
            let mut rest = [0u8; 8];
            rest[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
            let built = h.finish(u64::from_le_bytes(rest), w.len());
            assert_eq!(built, plain(w), "{w:?}");
            let text = [w, b" and more text"].concat();
            assert_eq!(hash_lower_in(&text, 0, w.len()), built, "{w:?}");
        }
    }
}
