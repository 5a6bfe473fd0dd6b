//! Myers' bit-parallel edit distance (J. ACM 46(3), 1999), in the block form of its section
//! 4 so patterns may be longer than one 64-bit word: the dynamic-programming column of a
//! pattern of `m` symbols is kept as vertical deltas in `⌈m/64⌉` words, and each text symbol
//! advances all of them, `O(⌈m/64⌉)` word operations per symbol.
//!
//! Two ways to read the bottom row: [`Pattern::best_ends`] lets a match start anywhere in the
//! text (row 0 is all zeros) and reports where the best matches end; [`Pattern::anchored`]
//! pins the start to the text's first symbol (row 0 counts up) and reports the best prefix of
//! the text, which finds a match's start by scanning backwards from its end and measures how
//! well a context string fits right next to a match.

/// A pattern compiled to its per-symbol match masks.
pub(super) struct Pattern {
    len: usize,
    blocks: usize,
    /// Symbol index of each ASCII character (0: not in the pattern).
    ascii: [u16; 128],
    /// Symbol index of other characters, sorted by character.
    other: Vec<(char, u16)>,
    /// `peq[symbol * blocks + b]`: bit `i` is set where row `64 * b + i` of the pattern is
    /// that symbol. Symbol 0 (any character not in the pattern) has no bits.
    peq: Vec<u64>,
}

/// The longest pattern [`Pattern::new`] accepts, in symbols; callers split longer ones.
pub(super) const MAX_LEN: usize = 2048;

impl Pattern {
    /// Compiles `symbols` (at most [`MAX_LEN`] of them; more are cut off).
    pub(super) fn new(symbols: &[char]) -> Pattern {
        let symbols = &symbols[..symbols.len().min(MAX_LEN)];
        let len = symbols.len();
        let blocks = len.div_ceil(64).max(1);
        let mut ascii = [0u16; 128];
        let mut next: u16 = 1;
        for &c in symbols {
            if c.is_ascii() && ascii[c as usize] == 0 {
                ascii[c as usize] = next;
                next += 1;
            }
        }
        let mut wide: Vec<char> = symbols.iter().copied().filter(|c| !c.is_ascii()).collect();
        wide.sort_unstable();
        wide.dedup();
        let other: Vec<(char, u16)> = wide
            .into_iter()
            .map(|c| {
                next += 1;
                (c, next - 1)
            })
            .collect();
        let mut pattern = Pattern {
            len,
            blocks,
            ascii,
            other,
            peq: vec![0; usize::from(next) * blocks],
        };
        for (row, &c) in symbols.iter().enumerate() {
            let s = pattern.symbol(c);
            pattern.peq[s * blocks + row / 64] |= 1 << (row % 64);
        }
        pattern
    }

    /// How many symbols the pattern has.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// Words per column: the cost of one text symbol.
    pub(super) fn blocks(&self) -> usize {
        self.blocks
    }

    fn symbol(&self, c: char) -> usize {
        if c.is_ascii() {
            usize::from(self.ascii[c as usize])
        } else {
            self.other
                .binary_search_by_key(&c, |e| e.0)
                .map_or(0, |i| usize::from(self.other[i].1))
        }
    }

    /// Runs the columns over `text`, calling `each(j, d)` with the distance `d` of the bottom
    /// row after `j + 1` symbols. With `anchored`, matches must start at `text[0]`.
    fn scan(
        &self,
        text: impl Iterator<Item = char>,
        anchored: bool,
        mut each: impl FnMut(usize, usize),
    ) {
        if self.len == 0 {
            return;
        }
        let mut pv = vec![!0u64; self.blocks];
        let mut mv = vec![0u64; self.blocks];
        let last = self.blocks - 1;
        let top = 1u64 << 63;
        let bottom = 1u64 << ((self.len - 1) % 64);
        let mut score = self.len;
        for (j, c) in text.enumerate() {
            let eqs = &self.peq[self.symbol(c) * self.blocks..][..self.blocks];
            let mut h: i32 = i32::from(anchored);
            for b in 0..self.blocks {
                let last_bit = if b == last { bottom } else { top };
                h = advance(&mut pv[b], &mut mv[b], eqs[b], h, last_bit);
            }
            // `score` stays at least 0: the bottom row is a distance.
            score = score.wrapping_add_signed(h as isize);
            each(j, score);
        }
    }

    /// The ends (exclusive symbol offsets in `text`) of the best matches with at most
    /// `max_errors` errors, and their error count; at most `cap` ends (the first ones found).
    /// Like `approx-string-match`, only the lowest error count is kept.
    pub(super) fn best_ends(
        &self,
        text: &[char],
        max_errors: usize,
        cap: usize,
    ) -> Option<(usize, Vec<usize>)> {
        let mut best = max_errors;
        let mut ends = Vec::new();
        self.scan(text.iter().copied(), false, |j, d| {
            if d < best {
                best = d;
                ends.clear();
            }
            if d == best && ends.len() < cap {
                ends.push(j + 1);
            }
        });
        (!ends.is_empty()).then_some((best, ends))
    }

    /// The lowest distance between the pattern and a prefix of `text` (the empty prefix
    /// included) and the longest such prefix, in symbols.
    pub(super) fn anchored(&self, text: impl Iterator<Item = char>) -> (usize, usize) {
        let mut best = (self.len, 0);
        self.scan(text, true, |j, d| {
            if d <= best.0 {
                best = (d, j + 1);
            }
        });
        best
    }
}

/// One block of one column (Myers 1999, figure 8, with Hyyrö's handling of the carry):
/// `hin` is the horizontal delta entering the block's top row, the result the one leaving its
/// bottom row (`last_bit`).
#[inline]
fn advance(pv: &mut u64, mv: &mut u64, eq: u64, hin: i32, last_bit: u64) -> i32 {
    let eq = eq | u64::from(hin < 0);
    let xv = eq | *mv;
    let xh = ((eq & *pv).wrapping_add(*pv) ^ *pv) | eq;
    let mut ph = *mv | !(xh | *pv);
    let mut mh = *pv & xh;
    let hout = i32::from(ph & last_bit != 0) - i32::from(mh & last_bit != 0);
    ph <<= 1;
    mh <<= 1;
    if hin < 0 {
        mh |= 1;
    } else if hin > 0 {
        ph |= 1;
    }
    *pv = mh | !(xv | ph);
    *mv = ph & xv;
    hout
}

#[cfg(test)]
mod tests {
    use super::Pattern;
    use proptest::prelude::*;

    /// The textbook dynamic programme: the bottom row after each text symbol.
    fn bottom_row(pattern: &[char], text: &[char], anchored: bool) -> Vec<usize> {
        let m = pattern.len();
        let mut col: Vec<usize> = (0..=m).collect();
        let mut out = Vec::new();
        for (j, &c) in text.iter().enumerate() {
            let mut next = vec![if anchored { j + 1 } else { 0 }; m + 1];
            for i in 1..=m {
                let sub = col[i - 1] + usize::from(pattern[i - 1] != c);
                next[i] = sub.min(col[i] + 1).min(next[i - 1] + 1);
            }
            out.push(next[m]);
            col = next;
        }
        out
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn finds_best_ends() {
        /// Pattern, text, most errors, and the best error count with the ends found.
        type Case = (
            &'static str,
            &'static str,
            usize,
            Option<(usize, &'static [usize])>,
        );
        let cases: &[Case] = &[
            ("said", "he said that", 2, Some((0, &[7]))),
            ("sayd", "he said that", 2, Some((1, &[7]))),
            ("xyz", "he said that", 1, None),
            ("Trump’s", "Trump's plan", 1, Some((1, &[7]))),
            ("", "anything", 3, None),
        ];
        for &(pattern, text, k, want) in cases {
            let got = Pattern::new(&chars(pattern)).best_ends(&chars(text), k, 10);
            assert_eq!(
                got,
                want.map(|(e, ends)| (e, ends.to_vec())),
                "{pattern} in {text}"
            );
        }
    }

    proptest! {
        #[test]
        fn matches_the_dynamic_programme(
            pattern in proptest::collection::vec(prop::sample::select(vec!['a', 'b', 'c', 'é']), 1..150),
            text in proptest::collection::vec(prop::sample::select(vec!['a', 'b', 'c', 'é', 'z']), 0..200),
            anchored in any::<bool>(),
        ) {
            let p = Pattern::new(&pattern);
            let mut got = Vec::new();
            p.scan(text.iter().copied(), anchored, |_, d| got.push(d));
            prop_assert_eq!(got, bottom_row(&pattern, &text, anchored));
        }
    }
}
