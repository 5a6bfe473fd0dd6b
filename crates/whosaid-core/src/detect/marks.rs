//! Quotation marks: which characters open and close a quotation, and which are apostrophes.
//!
//! Each block is scanned once, left to right, with a small stack of open quotations, so the
//! work is linear in the text. Only top-level quotations are reported; quotes inside quotes
//! are skipped over as part of their outer quote. A mark that never closes ends its quote at
//! the end of the block, and a new opening mark of the same family while a quote is open ends
//! the open one just before it (the shape of a quote whose paragraph break was lost).

use crate::article::Article;
use crate::span::Span;

/// How deep quotes may nest before further marks are ignored. Real text nests two deep.
const MAX_DEPTH: usize = 8;

/// Families of quotation marks: a quote closes with a mark of its own family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// “…” (and „…“ / „…”).
    Curly,
    /// "…".
    Straight,
    /// ‘…’ (and ‚…‘).
    CurlySingle,
    /// '…'.
    StraightSingle,
    /// «…» or »…«.
    Guillemet { reversed: bool },
    /// ‹…›.
    SingleGuillemet,
    /// ``…''.
    Backtick,
}

impl Family {
    fn is_single(self) -> bool {
        matches!(
            self,
            Family::CurlySingle | Family::StraightSingle | Family::SingleGuillemet
        )
    }
}

/// A top-level quotation found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawQuote {
    /// The opening mark.
    pub open: Span,
    /// The text between the marks (trimmed of white space at an implicit end).
    pub content: Span,
    /// The closing mark, if the quote closed.
    pub close: Option<Span>,
    /// Index of the block the quote is in.
    pub block: usize,
    /// The quote carries on the one before it (a new paragraph or a lost break opens it again).
    pub continues: bool,
}

/// One character of interest, with its neighbours.
struct MarkChar {
    at: usize,
    len: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
}

impl MarkChar {
    /// Shaped like an opening mark: nothing word-like before it, something after it.
    fn opening_shaped(&self) -> bool {
        let before_free = self
            .prev
            .is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p) || is_mark(p));
        let after_text = self.next.is_some_and(|n| !n.is_whitespace());
        before_free && after_text
    }

    /// Shaped like a closing mark: text before it, nothing word-like after it.
    fn closing_shaped(&self) -> bool {
        let before_text = self.prev.is_some_and(|p| !p.is_whitespace());
        let after_free = self.next.is_none_or(|n| !n.is_alphanumeric());
        before_text && after_free
    }

    /// Between two letters or digits: an apostrophe (don’t, Russia’s, rock 'n' roll aside).
    fn inside_word(&self) -> bool {
        self.prev.is_some_and(char::is_alphanumeric) && self.next.is_some_and(char::is_alphanumeric)
    }
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '‘' | '’' | '‚' | '\'' | '«' | '»' | '‹' | '›' | '`'
    )
}

/// An entry of the open-quote stack.
#[derive(Clone, Copy)]
struct Open {
    family: Family,
    mark: Span,
}

/// Finds the top-level quotations of every block of `article`, in text order.
pub(crate) fn find_quotes(article: &Article) -> Vec<RawQuote> {
    let text = article.text();
    let mut out: Vec<RawQuote> = Vec::new();
    // The marks of one block, reused from block to block.
    let mut marks: Vec<MarkChar> = Vec::new();
    for (bi, block) in article.blocks().iter().enumerate() {
        let first_in_block = out.len();
        scan_block(text, block.span, bi, &mut marks, &mut out);
        // A quote left open at the end of the previous block goes on when this block opens
        // with a quotation mark: the convention for quotes over several paragraphs.
        if let (Some(prev), Some(first)) = (first_in_block.checked_sub(1), out.get(first_in_block))
        {
            let prev = out[prev];
            if prev.close.is_none() && prev.block + 1 == bi && first.open.start == block.span.start
            {
                out[first_in_block].continues = true;
            }
        }
    }
    out
}

fn scan_block(
    text: &str,
    block: Span,
    bi: usize,
    marks: &mut Vec<MarkChar>,
    out: &mut Vec<RawQuote>,
) {
    let s = &text[block.start..block.end];
    // The block's marks, found once and read twice.
    marks.clear();
    for_each_mark(s, |m| marks.push(m));
    // The last closing-shaped single mark of each family: a single opening mark only opens a
    // quote when a closer follows, since a lone ‘ or ' is far more often an elision.
    let (mut last_curly_single, mut last_straight_single) = (None, None);
    for m in marks.iter() {
        if m.closing_shaped() && !m.inside_word() {
            match m.c {
                '’' | '‘' => last_curly_single = Some(m.at),
                '\'' => last_straight_single = Some(m.at),
                _ => {}
            }
        }
    }

    let mut stack: Vec<Open> = Vec::new();
    let base = block.start;
    let emit =
        |out: &mut Vec<RawQuote>, open: Open, end: usize, close: Option<Span>, continues: bool| {
            let content = Span::new(open.mark.end, end.max(open.mark.end));
            if !content.is_empty() {
                out.push(RawQuote {
                    open: open.mark,
                    content,
                    close,
                    block: bi,
                    continues,
                });
            }
        };
    let mut continues_next = false;
    for m in marks.iter() {
        let mark = Span::new(base + m.at, base + m.at + m.len);
        // Does this mark close an open quote? Usually the innermost; when an inner quote never
        // closed, the outer closing mark closes it too.
        let closes_at = stack.iter().rposition(|o| match (o.family, m.c) {
            (Family::Curly, '”' | '“') => m.c == '”' || !m.opening_shaped(),
            (Family::Straight, '"') => !m.opening_shaped() || m.closing_shaped(),
            (Family::CurlySingle, '’' | '‘') => {
                !m.inside_word() && (m.closing_shaped() || m.c == '‘')
            }
            (Family::StraightSingle, '\'') => m.len == 1 && !m.inside_word() && m.closing_shaped(),
            (Family::Guillemet { reversed: false }, '»')
            | (Family::Guillemet { reversed: true }, '«') => true,
            (Family::SingleGuillemet, '›') => true,
            (Family::Backtick, '\'') => m.len == 2,
            _ => false,
        });
        if let Some(at) = closes_at {
            let outer = stack[0];
            stack.truncate(at);
            if stack.is_empty() {
                emit(out, outer, mark.start, Some(mark), continues_next);
                continues_next = false;
            }
            continue;
        }
        // Does it open a quote, and of which family?
        let opens = match m.c {
            '“' | '„' => Some(Family::Curly),
            '”' if m.opening_shaped() && stack.is_empty() => Some(Family::Curly),
            '"' if m.opening_shaped() || stack.is_empty() && !m.closing_shaped() => {
                Some(Family::Straight)
            }
            '‘' | '‚' if !m.inside_word() && m.opening_shaped() && !elision(s, m.at + m.len) => {
                last_curly_single
                    .filter(|&c| c > m.at)
                    .map(|_| Family::CurlySingle)
            }
            '\'' if m.len == 1
                && !m.inside_word()
                && m.opening_shaped()
                && !elision(s, m.at + 1) =>
            {
                last_straight_single
                    .filter(|&c| c > m.at)
                    .map(|_| Family::StraightSingle)
            }
            '«' => Some(Family::Guillemet { reversed: false }),
            '»' if m.opening_shaped() && stack.is_empty() => {
                Some(Family::Guillemet { reversed: true })
            }
            '‹' => Some(Family::SingleGuillemet),
            '`' if m.len == 2 => Some(Family::Backtick),
            _ => None,
        };
        let Some(family) = opens else { continue };
        // The same double family opening again at the top level: the open quote lost its
        // closing mark (typically a lost paragraph break). End it before this mark.
        if stack.len() == 1 && !family.is_single() && stack[0].family == family {
            let o = stack[0];
            stack.clear();
            let end = base + s[..m.at].trim_end().len();
            emit(out, o, end, None, continues_next);
            continues_next = true;
        }
        if stack.len() < MAX_DEPTH {
            stack.push(Open { family, mark });
        }
    }
    if let Some(&o) = stack.first() {
        emit(out, o, block.end, None, continues_next);
    }
}

/// ‘90s, 'em, 'tis: an apostrophe standing for left-out letters, not an opening mark.
fn elision(s: &str, after: usize) -> bool {
    let rest = &s[after..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 2 {
        return rest[2..].starts_with('s') || !rest[2..].starts_with(|c: char| c.is_alphanumeric());
    }
    ["em ", "tis ", "twas ", "til ", "n "]
        .iter()
        .any(|p| rest.starts_with(p))
}

/// Calls `f` for every quotation-mark character of `s`, in order, with its neighbours.
/// Two backticks or two straight apostrophes in a row are one mark (`` and '').
fn for_each_mark(s: &str, mut f: impl FnMut(MarkChar)) {
    let bytes = s.as_bytes();
    // Every mark starts with one of five bytes; memchr finds the three common ones and the
    // two rare ones (` and the lead byte of « ») separately, and the two streams are merged.
    let mut common = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).peekable();
    let mut rare = memchr::memchr2_iter(b'`', 0xC2, bytes).peekable();
    let mut i = 0;
    loop {
        let next = match (common.peek().copied(), rare.peek().copied()) {
            (Some(a), Some(b)) if b < a => rare.next(),
            (Some(_), _) => common.next(),
            (None, Some(_)) => rare.next(),
            (None, None) => None,
        };
        let Some(at) = next else { break };
        if at < i {
            continue;
        }
        let c = s[at..].chars().next().unwrap_or(' ');
        let mut len = c.len_utf8();
        i = at + len;
        if !is_mark(c) {
            continue;
        }
        if (c == '`' || c == '\'') && bytes.get(at + 1) == Some(&(c as u8)) {
            len = 2;
            i = at + 2;
        } else if c == '`' {
            continue;
        }
        let prev = s[..at].chars().next_back();
        let next = s[at + len..].chars().next();
        f(MarkChar {
            at,
            len,
            c,
            prev,
            next,
        });
    }
}
