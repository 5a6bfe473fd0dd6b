//! Actors: people, organisations, countries, groups and anonymous sources, each with its
//! mentions.
//!
//! Names are found as runs of capitalised words and read from the inside: titles and
//! nationalities before a name are its role ("US Defence Secretary Pete Hegseth"), an
//! organisation word makes the run an organisation ("… Union of Australia"), and a run of
//! plain capitalised words is a person's name. Single words are decided last, once every full
//! name is known, so a surname ("Hegseth") joins its person wherever it stands.

use super::lexicon::FxMap as HashMap;

use crate::span::Span;

use super::lexicon::{hash_in, hash_lower, Class, Gender};
use super::tokens::{flag, TokKind, Token, Tokens};
use super::ActorKind;

/// Words that make a run of capitalised words an organisation's name. The lexicon tags them
/// (`flag::ORG_WORD`), in their exact case.
pub(crate) const ORG_WORDS: &[&str] = &[
    "Union",
    "Bank",
    "Service",
    "Services",
    "Bureau",
    "Corporation",
    "Corp",
    "Department",
    "Commission",
    "Party",
    "Council",
    "Times",
    "Post",
    "News",
    "Agency",
    "Authority",
    "Fund",
    "Institute",
    "Committee",
    "Subcommittee",
    "Association",
    "Alliance",
    "Court",
    "Government",
    "Ministry",
    "Army",
    "Navy",
    "Police",
    "Network",
    "Airlines",
    "Airways",
    "Inc",
    "Ltd",
    "Company",
    "University",
    "Foundation",
    "Trust",
    "Office",
    "Center",
    "Centre",
    "Federation",
    "Organisation",
    "Organization",
    "Society",
    "Club",
    "International",
    "Parliament",
    "Senate",
    "Assembly",
    "Force",
    "Forces",
    "Guard",
    "Group",
    "Board",
    "Institution",
    "Administration",
    "Commission",
    "Journal",
    "Herald",
    "Tribune",
    "Broadcasting",
    "Television",
    "Radio",
    "Press",
    "Media",
    "Security",
    "Intelligence",
    "Holdings",
    "Industries",
    "Labs",
    "Systems",
    "Watch",
    "Movement",
    "Front",
    "Brigade",
    "Brigades",
    "Cabinet",
    "Congress",
    "League",
    "Task",
];

/// Lower-case nouns after a name that make the name an organisation's ("Truth Social platform").
pub(crate) const ORG_DESCRIPTORS: &[&str] = &[
    "platform",
    "television",
    "radio",
    "newspaper",
    "daily",
    "channel",
    "company",
    "firm",
    "factory",
    "network",
    "agency",
    "magazine",
    "website",
    "airline",
    "broadcaster",
    "group",
    "board",
    "newsroom",
    "outlet",
    "bank",
    "party",
];

/// Lower-case nouns that form an organisation's name with the word before them
/// ("the Biden administration").
pub(crate) const ORG_HEADS: &[&str] = &[
    "administration",
    "government",
    "campaign",
    "regime",
    "cabinet",
];

/// First words of multi-word place names.
pub(crate) const PLACE_FIRST: &[&str] = &[
    "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Fort",
    "Port", "San", "Santa", "Saint", "St", "Las", "Los", "Lake", "Mount", "Gulf", "Upper", "Lower",
    "Greater", "Central",
];

/// Last words of multi-word place names and facilities.
pub(crate) const PLACE_LAST: &[&str] = &[
    "Park",
    "Mountains",
    "Hills",
    "Valley",
    "River",
    "Strip",
    "Coast",
    "Island",
    "Islands",
    "Sea",
    "Ocean",
    "Lake",
    "Heights",
    "Street",
    "Road",
    "Avenue",
    "Square",
    "Bay",
    "Beach",
    "Forest",
    "Desert",
    "Region",
    "Province",
    "County",
    "Airport",
    "Bridge",
    "Hospital",
    "Station",
    "School",
    "Shire",
    "Peninsula",
    "Canyon",
    "Plaza",
    "Hotel",
    "Stadium",
    "Prison",
];

/// Prepositions after which a lone capitalised word is a place.
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "across",
    "around",
    "outside",
    "inside",
    "towards",
    "toward",
    "into",
    "via",
    "through",
    "throughout",
    "between",
    "along",
    "off",
    "of",
];

/// Lower-case nouns after a name that make it a place ("the Kursk region").
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "region",
    "province",
    "city",
    "town",
    "village",
    "district",
    "area",
    "county",
    "border",
    "coast",
    "river",
    "valley",
    "island",
    "peninsula",
    "oblast",
    "suburb",
    "suburbs",
    "airport",
];

/// Lower-case words that join capitalised words into one name. The lexicon tags them
/// (`flag::CONNECTOR`).
pub(crate) const CONNECTORS: &[&str] = &[
    "of", "for", "the", "de", "del", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn",
    "al", "el", "la", "le", "y",
];

/// Determiners and quantifiers that open an anonymous source's description.
pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "one", "another", "the", "some", "several", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "many", "his", "her", "their", "its", "this", "that",
];

/// Auxiliaries that may follow a source's noun ("officials have …").
const AUXILIARIES: &[&str] = &[
    "have", "has", "had", "were", "was", "are", "is", "will", "would", "could", "can", "close",
    "familiar", "speaking", "who",
];

/// Number words that may open a group's name ("Seven European nations").
pub(crate) const NUMBERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "several", "many", "both", "all",
];

/// A word of one to sixteen bytes as one number, its ASCII capitals lower-cased: two such
/// words are equal, ASCII case aside, when their numbers are (no word holds a NUL byte, and
/// the empty word, 0, is in no list). The lists `actors` tests words against are compared
/// this way: one comparison per listed word instead of a length test and a byte loop, whose
/// branches mispredicted about four times a test.
const fn pack(w: &str) -> u128 {
    let b = w.as_bytes();
    assert!(!b.is_empty() && b.len() <= 16);
    let mut x = 0u128;
    let mut i = 0;
    while i < b.len() {
        x |= (b[i].to_ascii_lowercase() as u128) << (8 * i);
        i += 1;
    }
    x
}

/// `pack` of each word of `list`, when compiling.
const fn pack_all<const N: usize>(list: &[&str]) -> [u128; N] {
    let mut out = [0u128; N];
    let mut i = 0;
    while i < N {
        out[i] = pack(list[i]);
        i += 1;
    }
    out
}

/// `words!("a", "an")`: a list of `pack`ed words, built when compiling.
macro_rules! words {
    ($($w:literal),+) => {
        &const { [$(pack($w)),+] }
    };
}

const P_DETERMINERS: [u128; DETERMINERS.len()] = pack_all(DETERMINERS);
const P_NUMBERS: [u128; NUMBERS.len()] = pack_all(NUMBERS);
const P_AUXILIARIES: [u128; AUXILIARIES.len()] = pack_all(AUXILIARIES);
const P_PLACE_PREPOSITIONS: [u128; PLACE_PREPOSITIONS.len()] = pack_all(PLACE_PREPOSITIONS);
const P_PLACE_NOUNS: [u128; PLACE_NOUNS.len()] = pack_all(PLACE_NOUNS);
const P_ORG_DESCRIPTORS: [u128; ORG_DESCRIPTORS.len()] = pack_all(ORG_DESCRIPTORS);
const P_ORG_HEADS: [u128; ORG_HEADS.len()] = pack_all(ORG_HEADS);

/// Sixteen bytes with their ASCII capitals lower-cased, without branches (as the lexicon's
/// `lower8`; no carry crosses a byte, so the halves need no splitting).
fn lower16(x: u128) -> u128 {
    const ONES: u128 = u128::MAX / 0xFF;
    const HIGH: u128 = ONES * 0x80;
    let low7 = x & !HIGH;
    let from_a = low7 + ONES * u128::from(0x80 - b'A');
    let past_z = low7 + ONES * u128::from(0x80 - b'Z' - 1);
    x | (from_a & !past_z & !x & HIGH) >> 2
}

/// A mention of an actor in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mention {
    pub span: Span,
    pub actor: usize,
    pub first_tok: usize,
    pub last_tok: usize,
    /// A nationality or title part of another name ("US" in "US President …"): never a speaker.
    pub modifier: bool,
}

/// An actor while the detector builds it.
#[derive(Clone, Debug)]
pub(crate) struct ActorData {
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    pub gender: Option<Gender>,
    pub plural: bool,
}

/// All actors and mentions, with an index from token to the mention covering it.
pub(crate) struct Actors {
    pub actors: Vec<ActorData>,
    pub mentions: Vec<Mention>,
    /// For each token, the index of the mention it belongs to, or `u32::MAX`.
    pub by_token: Vec<u32>,
}

impl Actors {
    pub fn mention_at(&self, tok: usize) -> Option<&Mention> {
        match self.by_token.get(tok) {
            Some(&m) if m != u32::MAX => Some(&self.mentions[m as usize]),
            _ => None,
        }
    }
}

/// The actors a lone word may stand for, by how it was met (the first actor of each way).
#[derive(Clone, Copy, Default)]
struct Known {
    surname: Option<usize>,
    given: Option<usize>,
    org_prefix: Option<usize>,
    org_initials: Option<usize>,
}

struct Builder<'a> {
    text: &'a str,
    toks: &'a [Token],
    actors: Vec<ActorData>,
    mentions: Vec<Mention>,
    /// Actor by kind and the hash of its lower-cased name.
    by_name: HashMap<(ActorKind, u64), usize>,
    /// Person by surname and by given name, organisation by first word and by initials: one
    /// table, so a lone word is hashed once for all four.
    /// Keyed by the word's hash (`tokens::word_hash`, read from the text without a copy, as
    /// `seen_inside` is), not by the word: no string is hashed through `Hasher::write` or
    /// compared.
    names: HashMap<u64, Known>,
    /// Capitalised words seen inside sentences (not first): evidence they are names.
    seen_inside: &'a super::lexicon::FxSet<u64>,
    /// The last anonymous source by head noun.
    anon_heads: HashMap<&'a str, usize>,
    /// The actor of each proper-name entry met (by lexicon index), or `u32::MAX`.
    gaz_actor: Vec<u32>,
    claimed: Vec<bool>,
}

/// How many entries ahead the passes over the tokenizer's candidate lists ask for a token.
const AHEAD: usize = 8;

/// Asks the processor to fetch token `list[k]` into the cache: the candidate lists pick one
/// token in eight out of megabytes of tokens, so each would otherwise be a cache miss met in
/// turn.
#[inline(always)]
fn prefetch_tok(toks: &[Token], list: &[u32], k: usize) {
    prefetch(list.get(k).and_then(|&i| toks.get(i as usize)));
}

/// Asks the processor to fetch `x` into the cache. A hint only (nothing outside x86-64: wasm
/// has no such instruction).
#[inline(always)]
pub(super) fn prefetch<T>(x: Option<&T>) {
    #[cfg(target_arch = "x86_64")]
    if let Some(x) = x {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: a prefetch reads nothing and cannot fault; `x` is a live reference anyway.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(std::ptr::from_ref(x).cast()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

fn acronym(w: &str) -> bool {
    // Capitals first: most capitalised words fail at their second letter, before any count,
    // and a lower-case ASCII second byte is such a letter (after an ASCII first letter),
    // found without decoding characters.
    if w.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
        && (2..=6).contains(&w.chars().filter(|c| c.is_alphabetic()).count())
}

pub(crate) fn find(text: &str, tokens: &Tokens) -> Actors {
    let toks = &tokens.toks;
    let mut b = Builder::new(text, tokens);
    let mut singles: Vec<usize> = Vec::new();
    let mut units = Vec::new();
    // The next token not yet read into a run.
    let mut i = 0;
    let starts = &tokens.name_starts;
    for (k, &s) in starts.iter().enumerate() {
        prefetch_tok(toks, starts, k + AHEAD);
        let s = s as usize;
        if s < i || !toks[s].is_word() || !(b.cap(s) || toks[s].has_gaz()) {
            continue;
        }
        i = s;
        let end = b.run_end(i);
        b.run(i, end, &mut singles, &mut units);
        i = end;
    }
    let from_singles = b.mentions.len();
    // Lone words wait for every full name, so their tokens have left the cache: fetch each
    // ahead, then its word's text once the token is there.
    for (k, &s) in singles.iter().enumerate() {
        if let Some(&n) = singles.get(k + AHEAD) {
            prefetch(toks.get(n));
            prefetch(b.claimed.get(n));
        }
        if let Some(&n) = singles.get(k + AHEAD / 2) {
            prefetch(
                toks.get(n)
                    .and_then(|t| text.as_bytes().get(t.span().start)),
            );
        }
        b.single(s);
    }
    let from_nouns = b.mentions.len();
    b.common_nouns(&tokens.noun_heads);
    b.finish([from_singles, from_nouns])
}

/// The order of mentions: by start, the longer first.
fn mention_key(m: &Mention) -> (usize, std::cmp::Reverse<usize>) {
    (m.span.start, std::cmp::Reverse(m.span.end))
}

/// Sorts `m` by `mention_key`, stably, by insertion: a few steps when each mention is near
/// its place, as within one pass (only an unnamed source's words before its head noun may
/// reach back over the mentions before it, and no further than its phrase).
fn insertion_sort(m: &mut [Mention]) {
    for i in 1..m.len() {
        let mut j = i;
        while j > 0 && mention_key(&m[j]) < mention_key(&m[j - 1]) {
            m.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Merges two sorted lists of mentions, `a`'s first where keys tie (as a stable sort of `a`
/// then `b` would).
fn merge(a: &[Mention], b: &[Mention]) -> Vec<Mention> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        // An index, not a branch: which list gives the next mention is a coin toss.
        let take_b = mention_key(y) < mention_key(x);
        out.push(*[x, y][usize::from(take_b)]);
        j += usize::from(take_b);
        i += usize::from(!take_b);
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

impl<'a> Builder<'a> {
    /// A builder with nothing found yet, over the tokens of `text`.
    fn new(text: &'a str, tokens: &'a Tokens) -> Builder<'a> {
        Builder {
            text,
            toks: &tokens.toks,
            actors: Vec::new(),
            mentions: Vec::new(),
            by_name: HashMap::default(),
            names: HashMap::default(),
            seen_inside: &tokens.seen_inside,
            anon_heads: HashMap::default(),
            gaz_actor: Vec::new(),
            claimed: vec![false; tokens.toks.len()],
        }
    }

    /// Whether the word of token `i` is met capitalised inside a sentence somewhere.
    fn seen(&self, i: usize) -> bool {
        self.seen_inside
            .contains(&super::tokens::word_hash(self.text, self.toks[i].base()))
    }

    /// Whether token `i` is capitalised (computed once by the tokenizer).
    fn cap(&self, i: usize) -> bool {
        self.toks[i].has(flag::CAP)
    }

    fn word(&self, i: usize) -> &'a str {
        self.toks[i].span().of(self.text)
    }

    fn base_word(&self, i: usize) -> &'a str {
        self.toks[i].base().of(self.text)
    }

    /// Word token `i` `pack`ed from the text (0, in no list, for other tokens and for words
    /// over sixteen bytes), and whether it has a capital after its first letter.
    fn packed(&self, i: usize) -> (u128, bool) {
        let Some(t) = self.toks.get(i).filter(|t| t.is_word()) else {
            return (0, false);
        };
        let Span { start, end } = t.base();
        let n = end - start;
        if n.wrapping_sub(1) >= 16 {
            return (0, false);
        }
        let b = self.text.as_bytes();
        // One load when sixteen bytes follow the word's start (all but the text's last word).
        let x = match b.get(start..start + 16) {
            Some(w) => u128::from_le_bytes(w.try_into().unwrap_or_default()),
            None => {
                let mut w = [0u8; 16];
                w[..n].copy_from_slice(&b[start..end]);
                u128::from_le_bytes(w)
            }
        } & (u128::MAX >> (8 * (16 - n)));
        let lower = lower16(x);
        (lower, (x ^ lower) >> 8 != 0)
    }

    /// Whether word token `i` is one of `list` (`pack`ed), ASCII case aside.
    fn lower_is(&self, i: usize, list: &[u128]) -> bool {
        let (w, _) = self.packed(i);
        list.contains(&w)
    }

    /// `lower_is` for a list whose words the lexicon tags with flag `f` (alone or with
    /// another list's) when written in lower case or capitalised: only a word with that flag,
    /// or with a capital after its first letter ("IN"), is compared with the list.
    fn listed(&self, i: usize, f: u16, list: &[u128]) -> bool {
        self.listed_as(i, self.packed(i), f, list)
    }

    /// `listed` with token `i` already `packed`.
    fn listed_as(&self, i: usize, packed: (u128, bool), f: u16, list: &[u128]) -> bool {
        let (w, inner_capital) = packed;
        (inner_capital || self.toks.get(i).is_some_and(|t| t.has(f))) && list.contains(&w)
    }

    /// Whether word `w` of token `i` is one of `list` (`PLACE_FIRST` or `PLACE_LAST`, whose
    /// words the lexicon tags `flag::PLACE_PART` in their exact case).
    fn place_part(&self, i: usize, w: &str, list: &[&str]) -> bool {
        self.toks[i].has(flag::PLACE_PART) && list.contains(&w)
    }

    /// The first word of a sentence, a block or a quote, where capitals prove nothing.
    fn sentence_initial(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let Some(p) = i.checked_sub(1).map(|p| &self.toks[p]) else {
            return true;
        };
        p.sentence != t.sentence
            || p.block != t.block
            || matches!(
                p.kind,
                TokKind::Open | TokKind::Punct(':' | '—' | '–' | '(' | '•')
            )
    }

    /// One past the last token of the capitalised run starting at `i`.
    fn run_end(&self, i: usize) -> usize {
        let toks = self.toks;
        let mut j = i;
        loop {
            let t = &toks[j];
            // A proper-name match covers its tokens as one unit.
            if let Some((_, n)) = t.gaz() {
                j += n as usize;
            } else {
                j += 1;
            }
            let last = &toks[j - 1];
            let Some(next) = toks.get(j) else { return j };
            if !next.is_word()
                || next.sentence != t.sentence
                || next.span().start > last.span().end + 1
            {
                return j;
            }
            if last.possessive() {
                // "Sheriff's Department" goes on; "Energy Australia's Peter Leete" stops.
                let goes_on = (j..toks.len().min(j + 4))
                    .take_while(|&k| toks[k].is_word() && self.cap(k))
                    .any(|k| self.is_org_word(k));
                if !goes_on {
                    return j;
                }
            }
            let w = self.word(j);
            if next.has(flag::CAP) || next.has_gaz() {
                continue;
            }
            // A connector joins when a capitalised word follows ("Baptist Union of Australia").
            if self.connector(j) {
                let mut k = j + 1;
                if w != "the" && self.lower_is(k, words!("the")) {
                    k += 1;
                }
                if toks.get(k).is_some_and(|t| t.is_word() && self.cap(k)) {
                    j = k;
                    continue;
                }
            }
            return j;
        }
    }

    fn is_title(&self, i: usize) -> bool {
        self.toks[i].has(flag::TITLE) && !self.toks[i].has_gaz()
    }

    fn is_org_word(&self, i: usize) -> bool {
        // The tokenizer's look-up tagged the exact spelling (a word of `ORG_WORDS`).
        self.cap(i) && self.toks[i].has(flag::ORG_WORD)
    }

    /// Whether word token `i` is one of `CONNECTORS` as written (lower case, no possessive).
    fn connector(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.has(flag::CONNECTOR)
            && !t.possessive()
            && !self.text.as_bytes()[t.span().start].is_ascii_uppercase()
    }

    /// Reads the capitalised run `[start, end)`.
    /// `units` is scratch space, reused from run to run to spare an allocation each.
    fn run(
        &mut self,
        start: usize,
        end: usize,
        singles: &mut Vec<usize>,
        units: &mut Vec<(usize, usize)>,
    ) {
        let toks = self.toks;
        // Units: a proper-name match or a single word.
        units.clear();
        let mut k = start;
        while k < end {
            let n = toks[k].gaz().map_or(1, |(_, n)| n as usize).max(1);
            units.push((k, (k + n).min(end)));
            k += n;
        }
        // Leading function words and sentence-initial guesses are not names.
        let mut skip = 0;
        while let Some(&(s, _)) = units.get(skip) {
            let t = &toks[s];
            // The flags first: the sentence test reads the token before, and `seen` the text.
            let lone_unseen = || {
                !t.has_gaz()
                    && self.sentence_initial(s)
                    && !self.seen(s)
                    && !acronym(self.word(s))
                    && units.get(skip + 1).is_none_or(|&(n, _)| {
                        toks[n].gaz().is_some_and(|(e, _)| {
                            matches!(e.class, Class::Demonym | Class::RegionDemonym)
                        }) || self.is_title(n)
                    })
            };
            if (t.has(flag::FUNCTION) && !t.has_gaz())
                || !self.cap(s) && self.connector(s)
                || lone_unseen()
            {
                skip += 1;
            } else {
                break;
            }
        }
        let mut units = &units[skip..];
        // Trailing connectors never end a name.
        while let Some((&(s, _), rest)) = units.split_last() {
            if self.cap(s) || !self.connector(s) {
                break;
            }
            units = rest;
        }
        if units.is_empty() {
            return;
        }
        let (first, last) = (units[0].0, units[units.len() - 1].1 - 1);
        let is_gaz = |u: &(usize, usize)| toks[u.0].has_gaz();

        // An organisation word: the run (up to it) is an organisation; a name after it is a
        // person whose role is the organisation ("Sydney Weather Bureau Ian Robertson").
        if let Some(ki) = units
            .iter()
            .rposition(|u| u.1 - u.0 == 1 && self.is_org_word(u.0))
        {
            let org_end = units[ki].1;
            // Titles after the organisation word belong to the person's role
            // ("… Emergency Services Minister Bob Debus").
            let mut name_from = ki + 1;
            while name_from < units.len()
                && self.is_title(units[name_from].0)
                && !is_gaz(&units[name_from])
            {
                name_from += 1;
            }
            let rest = &units[name_from..];
            if !rest.is_empty() && rest.iter().all(|u| !is_gaz(u) && !self.is_title(u.0)) {
                self.add_actor(ActorKind::Organization, first, org_end - 1, None, false);
                let role = self.span_text(first, units[name_from - 1].1 - 1);
                let gender = self.gender_of_role(first, rest[0].0);
                self.add_person(rest[0].0, last, Some(role), gender);
            } else {
                self.add_actor(ActorKind::Organization, first, last, None, false);
            }
            return;
        }

        // A title: the name after the last title is a person's, the words up to it the role.
        if let Some(ti) = units.iter().rposition(|u| !is_gaz(u) && self.is_title(u.0)) {
            let name = &units[ti + 1..];
            for u in &units[..=ti] {
                if is_gaz(u) {
                    self.add_gaz(u.0, true);
                }
            }
            if name
                .last()
                .is_some_and(|u| self.place_part(u.0, self.base_word(u.0), PLACE_LAST))
            {
                return;
            }
            if name.iter().all(|u| !is_gaz(u)) && !name.is_empty() {
                let role_start = self.role_start(first);
                let role = self.span_text(role_start, units[ti].1 - 1);
                let gender = self.gender_of_role(role_start, units[ti].1);
                self.add_person(name[0].0, last, Some(role), gender);
            } else {
                for u in name {
                    if is_gaz(u) {
                        self.add_gaz(u.0, false);
                    } else {
                        singles.push(u.0);
                    }
                }
            }
            return;
        }

        if let Some(g0) = units.iter().position(is_gaz) {
            // Counts, not lists: every unit before the first proper name `g0` is plain.
            let gaz_count = units[g0..].iter().filter(|u| is_gaz(u)).count();
            let plain_before = g0 > 0;
            let plain_after = units.len() - g0 - gaz_count;
            if gaz_count == units.len() {
                // "Pentagon spokeswoman …", "US President …": a modifier, never a speaker.
                let before_name = toks
                    .get(last + 1)
                    .is_some_and(|t| t.is_word() && (self.cap(last + 1) || t.has(flag::TITLE)));
                for u in units.iter() {
                    self.add_gaz(
                        u.0,
                        before_name || units.len() > 1 || toks[u.1 - 1].possessive(),
                    );
                }
            } else if plain_before || plain_after == 1 && gaz_count == 1 {
                // "Energy Australia", "Indian Parliament": an organisation named after a place.
                self.add_actor(ActorKind::Organization, first, last, None, false);
            } else if plain_after >= 2 && gaz_count == 1 && g0 == 0 {
                self.add_gaz(units[0].0, true);
                let role = self.span_text(units[0].0, units[0].1 - 1);
                self.add_person(units[1].0, last, Some(role), None);
            } else {
                for u in units.iter() {
                    if is_gaz(u) {
                        self.add_gaz(u.0, true);
                    }
                }
            }
            return;
        }

        if units.len() == 1 {
            singles.push(first);
            return;
        }
        let first_w = self.word(first);
        let last_w = self.base_word(last);
        // "CNN Español": a name led by an acronym is an organisation's.
        if acronym(first_w) {
            self.add_actor(ActorKind::Organization, first, last, None, false);
            return;
        }
        if self.place_part(first, first_w, PLACE_FIRST) || self.place_part(last, last_w, PLACE_LAST)
        {
            return;
        }
        let after = last + 1;
        let next = self.packed(after);
        if self.listed_as(after, next, flag::ORG_NOUN, &P_ORG_DESCRIPTORS)
            || self.listed_as(after, next, flag::ORG_NOUN, &P_ORG_HEADS)
        {
            let end = if P_ORG_HEADS.contains(&next.0) {
                after
            } else {
                last
            };
            self.add_actor(ActorKind::Organization, first, end, None, false);
            return;
        }
        // "Vigin Blue spokesman David Huttner": a name before a role noun and a name is the
        // organisation the person speaks for.
        if toks
            .get(after)
            .is_some_and(|t| t.is_word() && t.has(flag::TITLE) && !self.cap(after))
            && toks
                .get(after + 1)
                .is_some_and(|t| t.is_word() && self.cap(after + 1))
        {
            self.add_actor(ActorKind::Organization, first, last, None, false);
            return;
        }
        let role_start = self.role_start(first);
        let role = (role_start < first).then(|| self.span_text(role_start, first - 1));
        let gender = self.gender_of_role(role_start, first);
        self.add_person(first, last, role, gender);
    }

    /// Where the role words before a name begin ("Kremlin spokesman", "ice rink manager").
    fn role_start(&self, first: usize) -> usize {
        let mut s = first;
        while s > 0 {
            let p = &self.toks[s - 1];
            if !p.is_word()
                || p.sentence != self.toks[first].sentence
                || p.quote() != self.toks[first].quote()
            {
                break;
            }

            if (p.has(flag::TITLE)
                || (p.has(flag::CAP) && !p.has(flag::FUNCTION))
                || p.has_gaz()
                || p.gaz_inner())
                && !p.possessive()
            {
                s -= 1;
            } else {
                break;
            }
        }
        s
    }

    fn gender_of_role(&self, start: usize, end: usize) -> Option<Gender> {
        (start..end).find_map(|k| {
            // Titles are short ASCII words: fold them on the stack.
            let w = self.word(k).trim_end_matches('.');
            let mut buf = [0u8; 16];
            let n = w.len();
            if n > buf.len() {
                return None;
            }
            for (d, s) in buf.iter_mut().zip(w.bytes()) {
                *d = s.to_ascii_lowercase();
            }
            // Bytes, not a `str`: no UTF-8 check for words that only ASCII can match.
            match &buf[..n] {
                b"mr" | b"sir" | b"lord" | b"king" | b"prince" | b"spokesman" | b"chairman"
                | b"father" | b"congressman" => Some(Gender::Masculine),
                b"ms" | b"mrs" | b"miss" | b"dame" | b"lady" | b"queen" | b"princess"
                | b"spokeswoman" | b"chairwoman" | b"sister" | b"congresswoman" => {
                    Some(Gender::Feminine)
                }
                _ => None,
            }
        })
    }

    /// The text from token `first` to the base of token `last` (empty if they cross).
    fn span_text(&self, first: usize, last: usize) -> &'a str {
        let start = self.toks[first].span().start;
        let end = self.toks[last].base().end.max(start);
        Span::new(start, end).of(self.text)
    }

    /// A lone capitalised word, decided once all full names are known.
    fn single(&mut self, i: usize) {
        if self.claimed[i] {
            return;
        }
        let w = self.base_word(i);
        if let Some(&k) = self.names.get(&self.word_key(self.toks[i].base())) {
            if let Some(p) = k.surname.or(k.given) {
                self.mention(p, i, i, false);
                return;
            }
            if let Some(o) = k.org_prefix.or(k.org_initials) {
                self.mention(o, i, i, false);
                return;
            }
        }
        if acronym(w) {
            self.add_actor(ActorKind::Organization, i, i, None, false);
            return;
        }
        let prev_title = i > 0 && self.toks[i - 1].is_word() && self.toks[i - 1].has(flag::TITLE);
        if prev_title {
            let rs = self.role_start(i);
            let role = (rs < i).then(|| self.span_text(rs, i - 1));
            let gender = self.gender_of_role(rs, i);
            self.add_person(i, i, role, gender);
            return;
        }
        // "Ansett administrators", "Pentagon officials": a name before a source noun is the
        // organisation they speak for, wherever it stands.
        let before_source = self
            .toks
            .get(i + 1)
            .is_some_and(|t| t.is_word() && t.has(flag::ANON) && !self.cap(i + 1));
        if self.sentence_initial(i) && !self.seen(i) && !before_source {
            return;
        }
        if i > 0 && self.listed(i - 1, flag::PLACE_CONTEXT, &P_PLACE_PREPOSITIONS) {
            return;
        }
        // "Article 5", "Flight 370": a thing with a number; "the Kursk region": a place.
        let next_is_number = self
            .toks
            .get(i + 1)
            .is_some_and(|t| t.is_word() && self.text.as_bytes()[t.span().start].is_ascii_digit());
        // The next word packed once for its three tests.
        let next = self.packed(i + 1);
        if next_is_number || self.listed_as(i + 1, next, flag::PLACE_CONTEXT, &P_PLACE_NOUNS) {
            return;
        }
        if self.listed_as(i + 1, next, flag::ORG_NOUN, &P_ORG_HEADS) {
            self.add_actor(ActorKind::Organization, i, i + 1, None, false);
            return;
        }
        if words!("group").contains(&next.0)
            && !self
                .toks
                .get(i + 2)
                .is_some_and(|t| t.is_word() && self.cap(i + 2))
        {
            self.add_actor(ActorKind::Group, i, i + 1, None, false);
            return;
        }
        self.add_actor(ActorKind::Organization, i, i, None, false);
    }

    /// A mention of a lexicon entry (country, region, organisation) starting at token `i`.
    fn add_gaz(&mut self, i: usize, modifier: bool) {
        let Some((entry, n)) = self.toks[i].gaz() else {
            return;
        };
        let last = i + n as usize - 1;
        // "a meeting in Brussels": a capital after a place preposition is a place, not a
        // government.
        if entry.class == Class::Capital
            && i > 0
            && self.lower_is(
                i - 1,
                words!("in", "at", "near", "from", "outside", "across"),
            )
        {
            return;
        }
        let kind = match entry.class {
            Class::Country | Class::Demonym | Class::Capital => ActorKind::Country,
            Class::Region | Class::RegionDemonym => ActorKind::Group,
            _ => ActorKind::Organization,
        };
        let modifier = modifier
            || matches!(entry.class, Class::Demonym | Class::RegionDemonym)
                && !self.word(last).ends_with('s');
        // The entry's actor, remembered by lexicon index: no hashing of its name again.
        let g = self.toks[i].gaz_index();
        let a = match self.gaz_actor.get(g) {
            Some(&a) if a != u32::MAX => a as usize,
            _ => {
                let a = self.actor(kind, entry.canonical, None);
                if g >= self.gaz_actor.len() {
                    self.gaz_actor.resize(g + 1, u32::MAX);
                }
                self.gaz_actor[g] = a as u32;
                a
            }
        };
        self.mention(a, i, last, modifier);
    }

    fn add_person(
        &mut self,
        first: usize,
        last: usize,
        role: Option<&str>,
        gender: Option<Gender>,
    ) -> usize {
        let name = self.span_text(first, last);
        // A name already known in full, or its surname alone.
        let key = (ActorKind::Person, hash_lower(name.as_bytes()));
        let a = if let Some(&a) = self.by_name.get(&key) {
            a
        } else if let Some(a) = (first == last)
            .then(|| {
                let key = self.word_key(self.toks[first].base());
                self.names.get(&key).and_then(|k| k.surname)
            })
            .flatten()
        {
            a
        } else {
            let a = self.actor(ActorKind::Person, name, role);
            if first != last {
                let surname = self.word_key(self.toks[last].base());
                self.known(surname).surname.get_or_insert(a);
                let given = self.word_key(self.toks[first].span());
                self.known(given).given.get_or_insert(a);
            } else {
                let key = self.word_key(self.toks[first].base());
                self.known(key).surname.get_or_insert(a);
            }
            a
        };
        if self.actors[a].gender.is_none() {
            self.actors[a].gender = gender;
        }
        self.mention(a, first, last, false);
        a
    }

    fn add_actor(
        &mut self,
        kind: ActorKind,
        first: usize,
        last: usize,
        role: Option<&str>,
        modifier: bool,
    ) -> usize {
        let mut first = first;
        while first < last && self.lower_is(first, words!("the")) {
            first += 1;
        }
        let name = self.span_text(first, last);
        let known = self.actors.len();
        let a = self.actor(kind, name, role);
        // A new organisation's first word and initials find it again ("Amnesty", "SES").
        if a >= known && kind == ActorKind::Organization && first != last {
            let prefix = self.word_key(self.toks[first].span());
            self.known(prefix).org_prefix.get_or_insert(a);
            let initials: String = (first..=last)
                .filter(|&k| self.cap(k))
                .filter_map(|k| self.word(k).chars().next())
                .collect();
            if initials.chars().count() >= 2 {
                let key = hash_in(initials.as_bytes(), 0, initials.len());
                self.known(key).org_initials.get_or_insert(a);
            }
        }
        self.mention(a, first, last, modifier);
        a
    }

    /// The key of `names` for the word at `s` (the same as `hash_in` of its bytes anywhere).
    fn word_key(&self, s: Span) -> u64 {
        super::tokens::word_hash(self.text, s)
    }

    /// What is known of the lone word with `names` key `key`, made empty if nothing is yet.
    fn known(&mut self, key: u64) -> &mut Known {
        self.names.entry(key).or_default()
    }

    /// The actor of this kind and name, created if new.
    /// (The role is copied only when kept: most mentions are of an actor met before.)
    fn actor(&mut self, kind: ActorKind, name: &str, role: Option<&str>) -> usize {
        let key = (kind, hash_lower(name.as_bytes()));
        if let Some(&a) = self.by_name.get(&key) {
            if self.actors[a].role.is_none() {
                self.actors[a].role = role.map(str::to_string);
            }
            return a;
        }
        self.actors.push(ActorData {
            name: name.to_string(),
            kind,
            role: role.map(str::to_string),
            gender: None,
            plural: false,
        });
        self.by_name.insert(key, self.actors.len() - 1);
        self.actors.len() - 1
    }

    fn mention(&mut self, actor: usize, first: usize, last: usize, modifier: bool) {
        if (first..=last).any(|k| self.claimed[k]) {
            return;
        }
        for k in first..=last {
            self.claimed[k] = true;
        }
        let span = Span::new(self.toks[first].span().start, self.toks[last].base().end);
        self.mentions.push(Mention {
            span,
            actor,
            first_tok: first,
            last_tok: last,
            modifier,
        });
    }

    /// Named groups: a nationality or organisation before a collective noun
    /// ("European leaders", "Seven European nations", "NATO leaders").
    fn group_at(&mut self, i: usize) {
        let toks = self.toks;
        {
            if i == 0 {
                return;
            }
            if !toks[i].has(flag::GROUP_NOUN) || self.cap(i) {
                return;
            }
            // The nationality or organisation unit right before the noun.
            let mut g = i - 1;
            while g > 0 && toks[g].gaz_inner() {
                g -= 1;
            }
            let named = toks[g].gaz().is_some_and(|(e, _)| {
                matches!(e.class, Class::Demonym | Class::RegionDemonym | Class::Org)
            }) || toks[g].is_word() && acronym(self.word(g));
            if !named || toks[g].possessive() || toks[g].sentence != toks[i].sentence {
                return;
            }
            let mut first = g;
            if g > 0 && self.listed(g - 1, flag::DETERMINER, &P_NUMBERS) {
                first = g - 1;
            }
            // The nationality stays a mention of its country; the group spans the phrase.
            let name = self.span_text(first, i);
            let a = self.actor(ActorKind::Group, name, None);
            self.actors[a].plural = true;
            let span = Span::new(toks[first].span().start, toks[i].base().end);
            self.mentions.push(Mention {
                span,
                actor: a,
                first_tok: first,
                last_tok: i,
                modifier: false,
            });
            self.claimed[i] = true;
        }
    }

    /// Unnamed sources: a determiner, modifiers and a source noun ("One senior European
    /// diplomat", "a staff member", "a militant from the group"), not followed by a name.
    fn anonymous_at(&mut self, h: usize) {
        let toks = self.toks;
        {
            let t = &toks[h];
            // A capitalised source noun only at a sentence's start ("Analysts at … said").
            if !t.has(flag::ANON)
                || t.quote().is_some()
                || self.claimed[h]
                || self.cap(h) && !self.sentence_initial(h)
            {
                return;
            }
            // "staff member": the last noun is the head; "spokesman John Winter" is a role.
            // Only a noun that heads its phrase: followed by punctuation, a verb of saying, an
            // auxiliary or a function word, not by another noun ("militant group").
            let next = toks.get(h + 1);
            if next.is_some_and(|n| {
                n.is_word()
                    && !n.has(flag::CUE)
                    && (!n.has(flag::FUNCTION) || self.cap(h + 1))
                    && !self.lower_is(h + 1, &P_AUXILIARIES)
                    && !self.word(h + 1).ends_with("ed")
            }) {
                return;
            }
            // "the ex-partner" is the partner met before.
            // (`strip_prefix` in a loop: `trim_start_matches` with a `&str` builds a searcher.)
            let mut head = self.word(h);
            while let Some(rest) = head.strip_prefix("ex-") {
                head = rest;
            }
            let plural = head.ends_with('s') && !head.ends_with("ss");
            // Walk back over modifiers to a determiner.
            let mut s = h;
            let mut det = None;
            while s > 0 && h - s < 5 {
                let p = &toks[s - 1];
                if !p.is_word()
                    || p.sentence != t.sentence
                    || p.quote().is_some()
                    || p.has(flag::CUE)
                {
                    break;
                }
                let w = self.word(s - 1);
                if self.listed(s - 1, flag::DETERMINER, &P_DETERMINERS) {
                    det = Some(w);
                    s -= 1;
                    break;
                }
                if p.possessive() {
                    det = Some(w);
                    s -= 1;
                    break;
                }
                // "former" is a function word at a sentence's start but a modifier here.
                if p.has(flag::FUNCTION) && !p.has(flag::TITLE) {
                    break;
                }
                s -= 1;
            }
            // Without a determiner, the phrase starts at its first nationality, title or name
            // ("to host American officials" → "American officials").
            if det.is_none() {
                while s < h && !(toks[s].has_gaz() || toks[s].has(flag::TITLE) || self.cap(s)) {
                    s += 1;
                }
            }
            let modifiers = h - s - usize::from(det.is_some());
            let cue_next = next.is_some_and(|n| {
                n.has(flag::CUE) || self.lower_is(h + 1, words!("have", "had", "were", "are"))
            });
            let indefinite = det.is_some_and(|d| {
                ["a", "an", "one", "another"]
                    .iter()
                    .any(|x| d.eq_ignore_ascii_case(x))
            });
            // A short phrase after the noun belongs to the description when it is indefinite
            // ("a militant from the group", "One source close to the investigation").
            let mut end = h;
            if indefinite || det.is_none() {
                let mut k = h + 1;
                if self.lower_is(k, words!("close")) && self.lower_is(k + 1, words!("to")) {
                    k += 1;
                }
                if self.lower_is(k, words!("from", "at", "for", "with", "of", "to"))
                    && (k > h + 1 || !self.lower_is(k, words!("to")))
                {
                    let mut e = k + 1;
                    let mut det = false;
                    if self.lower_is(e, words!("the", "a", "an"))
                        || toks.get(e).is_some_and(|x| x.is_word() && x.possessive())
                    {
                        e += 1;
                        det = true;
                    }
                    // A name ("at UC Global", "of Morales") or, after a determiner, one noun
                    // ("from the group", "close to the investigation").
                    let word_ok =
                        |x: &Token| x.is_word() && x.sentence == t.sentence && !x.has(flag::CUE);
                    let mut took = 0;
                    while took < 3 && toks.get(e).is_some_and(|x| word_ok(x) && self.cap(e)) {
                        e += 1;
                        took += 1;
                    }
                    if took == 0
                        && det
                        && toks
                            .get(e)
                            .is_some_and(|x| word_ok(x) && !x.has(flag::FUNCTION))
                    {
                        e += 1;
                        took = 1;
                    }
                    if took > 0 {
                        end = e - 1;
                    }
                }
            }
            // A bare plural needs a modifier, a following verb of saying or a phrase after it
            // ("European officials", "witnesses said", "Analysts at Goldman Sachs").
            if det.is_none() && !(plural && (modifiers > 0 || cue_next || end > h)) {
                return;
            }
            // A document ("a confidential report") is a source only as a subject:
            // followed by a verb of saying, a past tense or its author ("by …").
            if head.starts_with("report") {
                let n = toks.get(end + 1);
                let subject_like = n.is_some_and(|n| {
                    n.is_word()
                        && (n.has(flag::CUE)
                            || self.word(end + 1).ends_with("ed")
                            || self.lower_is(end + 1, words!("by")))
                });
                if !subject_like {
                    return;
                }
            }
            let name = self.span_text(s, end);
            // "the staff member" is the "a staff member" met before.
            let definite = det.is_some_and(|d| d.eq_ignore_ascii_case("the"));
            let existing = self
                .by_name
                .get(&(ActorKind::Anonymous, hash_lower(name.as_bytes())))
                .copied()
                .or_else(|| {
                    definite
                        .then(|| self.anon_heads.get(head).copied())
                        .flatten()
                });
            let a = existing.unwrap_or_else(|| {
                let a = self.actor(ActorKind::Anonymous, name, None);
                self.actors[a].plural = plural;
                self.anon_heads.insert(head, a);
                a
            });
            let span = Span::new(toks[s].span().start, toks[end].base().end);
            for k in s..=end {
                self.claimed[k] = true;
            }
            self.mentions.push(Mention {
                span,
                actor: a,
                first_tok: s,
                last_tok: end,
                modifier: false,
            });
        }
    }

    /// "police": the one organisation news names in lower case, as a source of its own.
    fn police_at(&mut self, i: usize) {
        if !self.claimed[i]
            && self.toks[i].quote().is_none()
            && self.toks[i].is_word()
            && self.word(i) == "police"
        {
            let a = self.actor(ActorKind::Organization, "police", None);
            self.mention(a, i, i, false);
        }
    }

    /// Groups, unnamed sources and the police, in one pass over the words that may be their
    /// head nouns (`heads`, from the tokenizer).
    fn common_nouns(&mut self, heads: &[u32]) {
        for (k, &i) in heads.iter().enumerate() {
            prefetch_tok(self.toks, heads, k + AHEAD);
            let i = i as usize;
            let t = &self.toks[i];
            if !t.is_word() {
                continue;
            }
            if t.has(flag::CAP) {
                if t.has(flag::ANON) {
                    self.anonymous_at(i);
                }
                continue;
            }
            if t.has(flag::GROUP_NOUN) {
                self.group_at(i);
            }
            if self.toks[i].has(flag::ANON) {
                self.anonymous_at(i);
            }
            if self.toks[i].span().len() == 6
                && self.text.as_bytes()[self.toks[i].span().start] == b'p'
            {
                self.police_at(i);
            }
        }
    }

    /// Sorts the mentions and indexes them by token. `passes` are where the lone words' and
    /// the common nouns' mentions begin: each pass pushes its own nearly in order, so they
    /// are sorted apart and merged, the order a stable sort of all would give.
    fn finish(mut self, passes: [usize; 2]) -> Actors {
        let [singles, nouns] = passes;
        let m = &mut self.mentions;
        insertion_sort(&mut m[..singles]);
        insertion_sort(&mut m[singles..nouns]);
        insertion_sort(&mut m[nouns..]);
        // The two short passes first, so the long one's mentions are copied once.
        let mentions = merge(&m[..singles], &merge(&m[singles..nouns], &m[nouns..]));
        let mut by_token = vec![u32::MAX; self.toks.len()];
        for (mi, m) in mentions.iter().enumerate() {
            for slot in &mut by_token[m.first_tok..=m.last_tok] {
                // Inner mentions (a nationality inside a group's name) give way to the outer.
                if *slot == u32::MAX {
                    *slot = mi as u32;
                }
            }
        }
        Actors {
            actors: self.actors,
            mentions,
            by_token,
        }
    }
}

#[cfg(test)]
mod flag_tests {
    use super::*;
    use crate::article::Article;
    use crate::detect::{lexicon::Lexicon, marks};

    /// The lexicon's flags for the lists `actors` tests by spelling miss no word the lists
    /// hold: in lower case, capitalised, in capitals, possessive or inside a proper name.
    #[test]
    fn list_flags_cover_their_lists() {
        let lists: [(&[&str], u16, bool); 8] = [
            (DETERMINERS, flag::DETERMINER, false),
            (NUMBERS, flag::DETERMINER, false),
            (PLACE_PREPOSITIONS, flag::PLACE_CONTEXT, false),
            (PLACE_NOUNS, flag::PLACE_CONTEXT, false),
            (ORG_DESCRIPTORS, flag::ORG_NOUN, false),
            (ORG_HEADS, flag::ORG_NOUN, false),
            (PLACE_FIRST, flag::PLACE_PART, true),
            (PLACE_LAST, flag::PLACE_PART, true),
        ];
        for (list, f, exact) in lists {
            let mut text = String::new();
            for w in list {
                let mut cap = w.to_string();
                cap[..1].make_ascii_uppercase();
                let upper = w.to_ascii_uppercase();
                text.push_str(&format!(
                    "x {w} y {cap} z {upper} v {w}’s, Saudi {w} Arabia.\n\n"
                ));
            }
            let article = Article::parse(&text).expect("text");
            let raw = marks::find_quotes(&article);
            let toks = Tokens::new(&article, &raw, Lexicon::get());
            let b = Builder::new(article.text(), &toks);
            let packed: Vec<u128> = list.iter().map(|w| pack(w)).collect();
            let mut hits = 0;
            for i in 0..toks.toks.len() {
                if exact {
                    let w = b.base_word(i);
                    if list.contains(&w) {
                        hits += 1;
                        assert!(b.place_part(i, w, list), "{w}");
                    }
                } else if toks.toks[i].is_word()
                    && crate::detect::spelled_as(b.text, toks.toks[i].base(), list)
                {
                    hits += 1;
                    assert!(b.lower_is(i, &packed), "{}", b.word(i));
                    assert!(b.listed(i, f, &packed), "{}", b.word(i));
                }
            }
            // Each word at least lower case, possessive and in the name (and the other cases
            // for lists in any case).
            assert!(hits >= list.len() * 3, "{hits}");
        }
    }

    /// A `pack`ed comparison says what `spelled_as` says, for any word: capitals inside or
    /// first, letters beyond ASCII, sixteen and seventeen bytes, a possessive, the text's end.
    #[test]
    fn packed_words_compare_as_spelled() {
        let text = "Über ÉCOLE the THE tHe tHE's abcdefghijklmnop ABCDEFGHIJKLMNOPq \
                    Ärger in IN äRGER the";
        let article = Article::parse(text).expect("text");
        let raw = marks::find_quotes(&article);
        let toks = Tokens::new(&article, &raw, Lexicon::get());
        let b = Builder::new(article.text(), &toks);
        let words = [
            "über",
            "Über",
            "école",
            "ÉCOLE",
            "the",
            "th",
            "thes",
            "abcdefghijklmnop",
            "abcdefghijklmno",
            "ärger",
            "Ärger",
            "in",
            "i",
        ];
        let mut hits = 0;
        for i in 0..toks.toks.len() {
            for w in words {
                let want = toks.toks[i].is_word()
                    && crate::detect::spelled_as(b.text, toks.toks[i].base(), &[w]);
                assert_eq!(b.lower_is(i, &[pack(w)]), want, "{} {w}", b.word(i));
                hits += usize::from(want);
            }
            let inner_capital = toks.toks[i].is_word()
                && b.base_word(i).len() <= 16
                && b.base_word(i)
                    .bytes()
                    .skip(1)
                    .any(|c| c.is_ascii_uppercase());
            assert_eq!(b.packed(i).1, inner_capital, "{}", b.word(i));
        }
        assert!(hits >= 9, "{hits}");
    }
}
