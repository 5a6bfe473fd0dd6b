//! Reduces a Markdown file to its blocks: headline, headings and paragraphs as text.
//!
//! This follows CommonMark where a news article needs it (headings, paragraphs, lists, block
//! quotes, emphasis, links, code) and flattens everything to text; it is not a renderer.
//! Closing brackets and backtick runs are found in one pass per block and an inline tag's
//! `>` is looked for at most [`LOOKAHEAD`] bytes ahead, so hostile input stays linear.

use std::collections::HashMap;
use std::ops::Range;

use super::entities::decode_into;
use crate::article::BlockKind;

/// How far ahead an inline HTML tag's `>` may be.
const LOOKAHEAD: usize = 2048;

/// Reads Markdown into blocks in file order.
pub(crate) fn blocks(source: &str) -> Vec<(BlockKind, String)> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut lines = source.lines().peekable();
    skip_front_matter(source, &mut lines);
    let mut reader = Reader::default();
    for line in lines {
        reader.line(line);
    }
    reader.flush();
    reader.out
}

/// Skips a YAML (`---`) or TOML (`+++`) block at the very top, when it is closed; an
/// unclosed `---` is an ordinary line.
fn skip_front_matter<'a>(source: &'a str, lines: &mut std::iter::Peekable<std::str::Lines<'a>>) {
    let fence = match lines.peek().map(|l| l.trim_end()) {
        Some(f @ ("---" | "+++")) => f,
        _ => return,
    };
    let closed = source
        .lines()
        .skip(1)
        .any(|l| l.trim_end() == fence || (fence == "---" && l.trim_end() == "..."));
    if !closed {
        return;
    }
    lines.next();
    for line in lines.by_ref() {
        let line = line.trim_end();
        if line == fence || (fence == "---" && line == "...") {
            break;
        }
    }
}

/// What ends the block of raw HTML being skipped.
enum HtmlEnd {
    BlankLine,
    Contains(&'static str),
}

#[derive(Default)]
struct Reader {
    out: Vec<(BlockKind, String)>,
    /// The paragraph being read, its lines joined by spaces.
    para: String,
    /// Whether `para` is a list item, which a setext underline cannot turn into a heading.
    para_is_item: bool,
    /// Whether `para` is the content of a fenced code block, kept as written.
    para_is_code: bool,
    /// Whether the current lines are inside a block quote.
    quoted: bool,
    /// Inside a fenced code block: its fence character and length.
    fence: Option<(u8, usize)>,
    html: Option<HtmlEnd>,
}

impl Reader {
    fn line(&mut self, line: &str) {
        if let Some((ch, len)) = self.fence {
            if fence_of(line.trim())
                .is_some_and(|(c, l)| c == ch && l >= len && line.trim().bytes().all(|b| b == ch))
            {
                self.fence = None;
                self.flush();
            } else {
                // Code is kept as text: in an article it is usually something quoted.
                self.append(line.trim());
            }
            return;
        }
        if let Some(end) = &self.html {
            let done = match end {
                HtmlEnd::BlankLine => line.trim().is_empty(),
                HtmlEnd::Contains(s) => line.to_ascii_lowercase().contains(s),
            };
            if done {
                self.html = None;
            }
            return;
        }
        let (quoted, content) = strip_quote_markers(line);
        if quoted != self.quoted {
            self.flush();
            self.quoted = quoted;
        }
        let text = content.trim();
        if text.is_empty() {
            self.flush();
            return;
        }
        if let Some((ch, len)) = fence_of(text) {
            self.flush();
            self.fence = Some((ch, len));
            self.para_is_code = true;
            return;
        }
        if self.para.is_empty() {
            if let Some(end) = html_block_start(text) {
                let lower = text.to_ascii_lowercase();
                let ends_here = match end {
                    HtmlEnd::BlankLine => false,
                    HtmlEnd::Contains(s) => lower[1..].contains(s),
                };
                if !ends_here {
                    self.html = Some(end);
                }
                return;
            }
            if is_link_definition(text) {
                return;
            }
        }
        if let Some((level, heading)) = atx_heading(text) {
            self.flush();
            let kind = if level == 1 {
                BlockKind::Title
            } else {
                BlockKind::Heading
            };
            self.out.push((kind, inline(heading)));
            return;
        }
        if !self.para.is_empty() && !self.para_is_item {
            let kind = if text.bytes().all(|b| b == b'=') {
                Some(BlockKind::Title)
            } else if text.bytes().all(|b| b == b'-') {
                Some(BlockKind::Heading)
            } else {
                None
            };
            if let Some(kind) = kind {
                let para = std::mem::take(&mut self.para);
                self.out.push((kind, inline(&para)));
                return;
            }
        }
        if is_thematic_break(text) {
            self.flush();
            return;
        }
        if let Some(item) = list_item(text) {
            self.flush();
            self.para_is_item = true;
            self.append(item);
            return;
        }
        self.append(text);
    }

    fn append(&mut self, text: &str) {
        if !self.para.is_empty() {
            self.para.push(' ');
        }
        self.para.push_str(text);
    }

    fn flush(&mut self) {
        if !self.para.trim().is_empty() {
            let text = if self.para_is_code {
                std::mem::take(&mut self.para)
            } else {
                inline(&self.para)
            };
            self.out.push((BlockKind::Paragraph, text));
        }
        self.para.clear();
        self.para_is_item = false;
        self.para_is_code = false;
    }
}

/// Removes block-quote markers (`>`, `> >`) and says whether there were any.
fn strip_quote_markers(line: &str) -> (bool, &str) {
    let mut rest = line;
    let mut quoted = false;
    while let Some(after) = rest.trim_start().strip_prefix('>') {
        quoted = true;
        rest = after.strip_prefix(' ').unwrap_or(after);
    }
    (quoted, rest)
}

/// A code fence (three or more backticks or tildes): its character and length.
fn fence_of(text: &str) -> Option<(u8, usize)> {
    let ch = *text.as_bytes().first()?;
    if ch != b'`' && ch != b'~' {
        return None;
    }
    let len = text.bytes().take_while(|&b| b == ch).count();
    // A backtick fence's info string may not hold a backtick (that would be inline code).
    let info_ok = ch == b'~' || !text[len..].contains('`');
    (len >= 3 && info_ok).then_some((ch, len))
}

/// Where a line opening an HTML block ends that block, when it opens one.
fn html_block_start(text: &str) -> Option<HtmlEnd> {
    let rest = text.strip_prefix('<')?;
    if rest.starts_with("!--") {
        return Some(HtmlEnd::Contains("-->"));
    }
    let lower = rest.to_ascii_lowercase();
    for (tag, end) in [
        ("script", "</script>"),
        ("style", "</style>"),
        ("pre", "</pre>"),
        ("textarea", "</textarea>"),
    ] {
        if lower.starts_with(tag)
            && lower[tag.len()..]
                .bytes()
                .next()
                .is_none_or(|b| b == b'>' || b.is_ascii_whitespace())
        {
            return Some(HtmlEnd::Contains(end));
        }
    }
    let name = rest.strip_prefix('/').unwrap_or(rest);
    let starts_tag = name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && !name.contains(':')
        && !name.contains('@');
    (starts_tag || rest.starts_with('!') || rest.starts_with('?')).then_some(HtmlEnd::BlankLine)
}

/// `[label]: address`, which defines a link and shows nothing.
fn is_link_definition(text: &str) -> bool {
    text.starts_with('[')
        && text
            .find("]:")
            .is_some_and(|i| i > 1 && !text[1..i].contains(']'))
}

/// `## Heading ##`: its level and its text without the markers.
fn atx_heading(text: &str) -> Option<(usize, &str)> {
    let level = text.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &text[level..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim();
    let without_closing = rest.trim_end_matches('#');
    let heading = if without_closing.is_empty() || without_closing.ends_with([' ', '\t']) {
        without_closing.trim_end()
    } else {
        rest
    };
    Some((level, heading))
}

/// `---`, `***`, `___` (spaces allowed between): a line across the page.
fn is_thematic_break(text: &str) -> bool {
    let Some(ch) = text.bytes().next().filter(|b| b"-*_".contains(b)) else {
        return false;
    };
    text.bytes().all(|b| b == ch || b == b' ' || b == b'\t')
        && text.bytes().filter(|&b| b == ch).count() >= 3
}

/// The text of a list item (`- `, `* `, `+ `, `1. `, `1) `), without a task box.
fn list_item(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let marker = match bytes.first()? {
        b'-' | b'*' | b'+' => 1,
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits > 9 || !matches!(bytes.get(digits), Some(b'.' | b')')) {
                return None;
            }
            digits + 1
        }
        _ => return None,
    };
    let rest = &text[marker..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim_start();
    for task in ["[ ] ", "[x] ", "[X] "] {
        if let Some(r) = rest.strip_prefix(task) {
            return Some(r);
        }
    }
    Some(rest)
}

/// A piece of a block's text before emphasis markers are paired.
enum Piece {
    Text(String),
    Delim {
        ch: char,
        count: usize,
        can_open: bool,
        can_close: bool,
        removed: bool,
    },
}

/// Flattens inline Markdown to text: emphasis, strong, strike-through and code markers go,
/// links keep their text, images and inline HTML tags vanish, backslash escapes and
/// character references are resolved. Unpaired markers stay as written ("5 * 3").
fn inline(text: &str) -> String {
    let bytes = text.as_bytes();
    let closers = Closers::new(bytes);
    let mut pieces: Vec<Piece> = Vec::new();
    let mut plain = String::new();
    // Positions where a link's `]` is, and where its address ends: skip from one to the other.
    let mut link_tails: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    let mut copied = 0;
    macro_rules! take_plain {
        ($upto:expr) => {
            plain.push_str(&text[copied..$upto]);
        };
    }
    let flush_plain = |plain: &mut String, pieces: &mut Vec<Piece>| {
        if !plain.is_empty() {
            let mut decoded = String::with_capacity(plain.len());
            decode_into(&mut decoded, plain);
            pieces.push(Piece::Text(decoded));
            plain.clear();
        }
    };
    'scan: while i < bytes.len() {
        while let Some(&(at, to)) = link_tails.last() {
            if i < at {
                break;
            }
            link_tails.pop();
            // Past the `]` without meeting it (a code span held it): not a link after all.
            if i == at {
                take_plain!(i);
                i = to;
                copied = to;
                continue 'scan;
            }
        }
        match bytes[i] {
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                take_plain!(i);
                plain.push(char::from(bytes[i + 1]));
                i += 2;
                copied = i;
            }
            b'`' => {
                let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                match closers.backticks.get(&i).copied() {
                    Some(close) => {
                        take_plain!(i);
                        flush_plain(&mut plain, &mut pieces);
                        pieces.push(Piece::Text(text[i + run..close].trim().to_string()));
                        i = close + run;
                        copied = i;
                    }
                    None => i += run,
                }
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => match closers.link_end(bytes, i + 1) {
                Some((_, end)) => {
                    take_plain!(i);
                    i = end;
                    copied = i;
                }
                None => i += 1,
            },
            b'[' => match closers.link_end(bytes, i) {
                Some((close, end)) if link_tails.last().is_none_or(|&(at, _)| close < at) => {
                    take_plain!(i);
                    link_tails.push((close, end));
                    i += 1;
                    copied = i;
                }
                _ => i += 1,
            },
            b'<' => match inline_tag_end(bytes, i) {
                Some((end, keep)) => {
                    take_plain!(i);
                    match keep {
                        Some(address) => plain.push_str(&text[address]),
                        None if text[i..end].starts_with("<br") => plain.push(' '),
                        None => {}
                    }
                    i = end;
                    copied = i;
                }
                None => i += 1,
            },
            ch @ (b'*' | b'_' | b'~') => {
                let count = bytes[i..].iter().take_while(|&&b| b == ch).count();
                if ch == b'~' && count != 2 {
                    i += count;
                    continue;
                }
                take_plain!(i);
                flush_plain(&mut plain, &mut pieces);
                let before = text[..i].chars().next_back();
                let after = text[i + count..].chars().next();
                let (left, right) = flanking(before, after);
                let punct = |c: Option<char>| c.is_some_and(|c| c.is_ascii_punctuation());
                let (can_open, can_close) = if ch == b'_' {
                    (
                        left && (!right || punct(before)),
                        right && (!left || punct(after)),
                    )
                } else {
                    (left, right)
                };
                pieces.push(Piece::Delim {
                    ch: char::from(ch),
                    count,
                    can_open,
                    can_close,
                    removed: false,
                });
                i += count;
                copied = i;
            }
            _ => i += 1,
        }
    }
    take_plain!(bytes.len());
    flush_plain(&mut plain, &mut pieces);
    pair_delimiters(&mut pieces);
    let mut out = String::with_capacity(text.len());
    for piece in &pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Delim { removed: true, .. } => {}
            Piece::Delim { ch, count, .. } => out.extend(std::iter::repeat_n(*ch, *count)),
        }
    }
    out
}

/// CommonMark's flanking rules: whether a run of markers can open (left) or close (right).
fn flanking(before: Option<char>, after: Option<char>) -> (bool, bool) {
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let punct = |c: Option<char>| {
        c.is_some_and(|c| {
            c.is_ascii_punctuation() || matches!(c, '“' | '”' | '‘' | '’' | '«' | '»' | '—' | '–')
        })
    };
    let left = !space(after) && (!punct(after) || space(before) || punct(before));
    let right = !space(before) && (!punct(before) || space(after) || punct(after));
    (left, right)
}

/// Pairs each closing marker run with the nearest opener of the same character and marks
/// both removed; openers passed over stay as written.
fn pair_delimiters(pieces: &mut [Piece]) {
    let mut openers: Vec<usize> = Vec::new();
    for i in 0..pieces.len() {
        let Piece::Delim {
            ch,
            can_open,
            can_close,
            ..
        } = pieces[i]
        else {
            continue;
        };
        let mut matched = false;
        if can_close {
            let lowest = openers.len().saturating_sub(16);
            let found = (lowest..openers.len())
                .rev()
                .find(|&k| matches!(pieces[openers[k]], Piece::Delim { ch: c, .. } if c == ch));
            if let Some(k) = found {
                for index in [openers[k], i] {
                    if let Piece::Delim { removed, .. } = &mut pieces[index] {
                        *removed = true;
                    }
                }
                openers.truncate(k);
                matched = true;
            }
        }
        if !matched && can_open {
            openers.push(i);
        }
    }
}

/// Where each opening bracket, parenthesis and backtick run is closed, found in one pass so
/// that reading links and code spans never searches ahead.
struct Closers {
    /// `[` → its `]`, and `(` → its `)`, skipping backslash-escaped ones.
    brackets: HashMap<usize, usize>,
    /// A backtick run → the next run of the same length.
    backticks: HashMap<usize, usize>,
}

impl Closers {
    fn new(bytes: &[u8]) -> Closers {
        let mut brackets = HashMap::new();
        let mut open_square = Vec::new();
        let mut open_round = Vec::new();
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' => i += 1,
                b'[' => open_square.push(i),
                b'(' => open_round.push(i),
                b']' => {
                    if let Some(open) = open_square.pop() {
                        brackets.insert(open, i);
                    }
                }
                b')' => {
                    if let Some(open) = open_round.pop() {
                        brackets.insert(open, i);
                    }
                }
                b'`' => {
                    let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                    runs.push((i, run));
                    i += run;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        let mut backticks = HashMap::new();
        let mut next_of_len: HashMap<usize, usize> = HashMap::new();
        for &(at, len) in runs.iter().rev() {
            if let Some(&next) = next_of_len.get(&len) {
                backticks.insert(at, next);
            }
            next_of_len.insert(len, at);
        }
        Closers {
            brackets,
            backticks,
        }
    }

    /// For `[text](address)` or `[text][label]` opening at `open`: where the `]` is and
    /// where the whole link ends. Plain `[text]` is not a link.
    fn link_end(&self, bytes: &[u8], open: usize) -> Option<(usize, usize)> {
        let close = *self.brackets.get(&open)?;
        match bytes.get(close + 1) {
            Some(b'(' | b'[') => self.brackets.get(&(close + 1)).map(|&end| (close, end + 1)),
            _ => None,
        }
    }
}

/// An inline HTML tag or autolink at `at`: where it ends, and for an autolink the range of
/// the address to keep. A `<` that opens neither is text.
fn inline_tag_end(bytes: &[u8], at: usize) -> Option<(usize, Option<Range<usize>>)> {
    let limit = bytes.len().min(at + LOOKAHEAD);
    let close = (at + 1..limit).find(|&j| matches!(bytes[j], b'>' | b'<'))?;
    if bytes[close] != b'>' {
        return None;
    }
    let inner = &bytes[at + 1..close];
    let is_autolink = !inner.is_empty()
        && !inner.iter().any(u8::is_ascii_whitespace)
        && (inner.contains(&b':') || inner.contains(&b'@'));
    if is_autolink {
        return Some((close + 1, Some(at + 1..close)));
    }
    let name = inner.strip_prefix(b"/").unwrap_or(inner);
    let is_tag = name.first().is_some_and(u8::is_ascii_alphabetic)
        && name
            .iter()
            .take_while(|b| !b.is_ascii_whitespace() && **b != b'/')
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-');
    (is_tag || inner.starts_with(b"!--")).then_some((close + 1, None))
}

#[cfg(test)]
mod tests;
