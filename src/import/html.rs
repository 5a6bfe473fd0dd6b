//! Reduces an HTML page to its article's blocks: headline, headings and paragraphs.
//!
//! A small forgiving tokenizer feeds a stack of open elements, as a browser's parser would,
//! but without building a tree: text is collected into the block being read and everything
//! the reader does not want (scripts, menus, ads, site chrome) is skipped while its element is
//! open. Nothing here ever produces markup; the result is plain text. Every step consumes
//! input or pops an element pushed earlier, and the few searches down the stack are bounded,
//! so the time is linear in the page's size.

use std::collections::HashMap;

use super::entities::decode_into;
use crate::article::BlockKind;

/// How far down the stack the implicit-close rules (`<li>` closing the previous `<li>`) look.
/// Real pages need two or three steps; the bound keeps hostile nesting linear.
const SCOPE_SEARCH_LIMIT: usize = 64;

/// Class and id name parts that mark ads and site chrome rather than the article.
#[rustfmt::skip]
const CHROME_WORDS: &[&str] = &[
    "ad", "ads", "advert", "adverts", "advertisement", "sponsor", "sponsored", "promo",
    "newsletter", "cookie", "cookies", "consent", "share", "sharing", "social", "related",
    "comments", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "subscribe",
    "sidebar", "popup", "outbrain", "taboola",
];

/// `role` values that mark page regions outside the article.
#[rustfmt::skip]
const CHROME_ROLES: &[&str] = &[
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert",
];

/// Reads an HTML page into blocks in reading order; a headline taken from outside the kept
/// part comes first.
///
/// The blocks of the largest `<article>` are kept when the page has one, else those of
/// `<main>`, else all. The headline is the first `<h1>`; without one inside the kept part,
/// the page's first other `<h1>`, else its `<title>` without a trailing site name.
pub(crate) fn blocks(source: &str) -> Vec<(BlockKind, String)> {
    let strict = read(source, true);
    // A class name can mislead ("content--comments-open" on a story's wrapper): when the
    // ad and chrome class rule leaves no paragraph at all, it was wrong for this page.
    if strict.iter().any(|(kind, _)| *kind == BlockKind::Paragraph) {
        strict
    } else {
        read(source, false)
    }
}

/// One reading of the page; `chrome_classes` says whether class and id names drop elements.
fn read(source: &str, chrome_classes: bool) -> Vec<(BlockKind, String)> {
    let mut reader = Reader {
        chrome_classes,
        ..Reader::default()
    };
    let mut tokens = Tokenizer::new(source);
    while let Some(token) = tokens.next_token() {
        match token {
            Token::Text(text) => reader.text(text),
            Token::Start(tag) => reader.start(&tag),
            Token::End(name) => reader.end(&name),
        }
    }
    reader.finish()
}

/// One piece of the page as the tokenizer sees it. Names are lowercase.
enum Token<'a> {
    Text(&'a str),
    Start(Tag<'a>),
    End(String),
}

/// A start tag and the attributes the reader looks at.
#[derive(Default)]
struct Tag<'a> {
    name: String,
    self_closing: bool,
    class: &'a str,
    id: &'a str,
    role: &'a str,
    /// Whether `itemprop` names `articleBody`, schema.org's mark for the article's text.
    article_body: bool,
    hidden: bool,
}

/// Splits a page into text and tags. Comments, doctypes, CDATA sections and processing
/// instructions are skipped; a `<` that starts no tag is text.
struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    /// After `<script>`, `<style>` and the like: their content is text up to this end tag,
    /// so a `</p>` inside a script's string does not end anything.
    raw_until: Option<String>,
}

/// Elements whose content is text up to their own end tag, as browsers read them.
fn is_raw_text(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "textarea"
            | "title"
            | "xmp"
            | "iframe"
            | "noembed"
            | "noframes"
            | "noscript"
    )
}

impl<'a> Tokenizer<'a> {
    fn new(src: &'a str) -> Tokenizer<'a> {
        Tokenizer {
            src,
            pos: 0,
            raw_until: None,
        }
    }

    fn next_token(&mut self) -> Option<Token<'a>> {
        if let Some(name) = self.raw_until.take() {
            let end = find_end_tag(self.src, self.pos, &name);
            let text = &self.src[self.pos..end];
            self.pos = end;
            if !text.is_empty() {
                return Some(Token::Text(text));
            }
        }
        loop {
            let rest = self.src.get(self.pos..)?;
            if rest.is_empty() {
                return None;
            }
            if !rest.starts_with('<') {
                let len = rest.find('<').unwrap_or(rest.len());
                self.pos += len;
                return Some(Token::Text(&rest[..len]));
            }
            let bytes = rest.as_bytes();
            match bytes.get(1) {
                Some(b) if b.is_ascii_alphabetic() => {
                    if let Some(tag) = self.start_tag() {
                        if is_raw_text(&tag.name) && !tag.self_closing {
                            self.raw_until = Some(tag.name.clone());
                        }
                        return Some(Token::Start(tag));
                    }
                }
                Some(b'/') if bytes.get(2).is_some_and(u8::is_ascii_alphabetic) => {
                    let len = name_len(&rest[2..]);
                    let name = rest[2..2 + len].to_ascii_lowercase();
                    self.skip_past(2 + len, ">");
                    return Some(Token::End(name));
                }
                Some(b'!') if rest.starts_with("<!--") => {
                    // `<!-->` and `<!--->` are complete (empty) comments.
                    let body = &rest[4..];
                    if body.starts_with('>') {
                        self.pos += 5;
                    } else if body.starts_with("->") {
                        self.pos += 6;
                    } else {
                        self.skip_past(4, "-->");
                    }
                }
                Some(b'!') if rest.starts_with("<![CDATA[") => self.skip_past(9, "]]>"),
                Some(b'!' | b'?' | b'/') => self.skip_past(1, ">"),
                _ => {
                    self.pos += 1;
                    return Some(Token::Text("<"));
                }
            }
        }
    }

    /// Moves past the first `end` found `from` bytes into the rest, or to the end of input.
    fn skip_past(&mut self, from: usize, end: &str) {
        let rest = &self.src[self.pos..];
        self.pos += rest
            .get(from..)
            .and_then(|r| r.find(end))
            .map_or(rest.len(), |i| from + i + end.len());
    }

    /// Reads a start tag at `self.pos` (which holds `<` and a letter). A tag cut off by the
    /// end of input is dropped, as browsers drop it.
    fn start_tag(&mut self) -> Option<Tag<'a>> {
        let src = self.src;
        let bytes = src.as_bytes();
        let mut i = self.pos + 1;
        let len = name_len(&src[i..]);
        let mut tag = Tag {
            name: src[i..i + len].to_ascii_lowercase(),
            ..Tag::default()
        };
        i += len;
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                tag.self_closing = bytes[i] == b'/';
                i += 1;
            }
            match bytes.get(i) {
                None => {
                    self.pos = bytes.len();
                    return None;
                }
                Some(b'>') => {
                    self.pos = i + 1;
                    return Some(tag);
                }
                Some(_) => {}
            }
            tag.self_closing = false;
            // An attribute name runs to white space, `/`, `>` or `=`; its first character
            // may be anything, so a stray `=` or quote cannot stall the loop.
            let name_start = i;
            i += 1;
            while i < bytes.len()
                && !matches!(bytes[i], b'/' | b'>' | b'=')
                && !bytes[i].is_ascii_whitespace()
            {
                i += 1;
            }
            let name = &src[name_start..i];
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = "";
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                match bytes.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let start = i + 1;
                        let end = src[start..]
                            .find(char::from(q))
                            .map_or(bytes.len(), |e| start + e);
                        value = &src[start..end];
                        i = (end + 1).min(bytes.len());
                    }
                    _ => {
                        let start = i;
                        while i < bytes.len() && bytes[i] != b'>' && !bytes[i].is_ascii_whitespace()
                        {
                            i += 1;
                        }
                        value = &src[start..i];
                    }
                }
            }
            if name.eq_ignore_ascii_case("class") {
                tag.class = value;
            } else if name.eq_ignore_ascii_case("id") {
                tag.id = value;
            } else if name.eq_ignore_ascii_case("role") {
                tag.role = value;
            } else if name.eq_ignore_ascii_case("itemprop") {
                tag.article_body = value.split_ascii_whitespace().any(|v| v == "articleBody");
            } else if name.eq_ignore_ascii_case("hidden")
                || (name.eq_ignore_ascii_case("aria-hidden") && value.eq_ignore_ascii_case("true"))
            {
                tag.hidden = true;
            }
        }
    }
}

/// The length of a tag name at the start of `s`: up to white space, `/` or `>`.
fn name_len(s: &str) -> usize {
    s.bytes()
        .position(|b| b.is_ascii_whitespace() || b == b'/' || b == b'>')
        .unwrap_or(s.len())
}

/// Where `</name` (any case, followed by white space, `/`, `>` or the end) starts at or
/// after `from`, or the end of `src`.
fn find_end_tag(src: &str, from: usize, name: &str) -> usize {
    let bytes = src.as_bytes();
    let mut at = from;
    while let Some(i) = src[at..].find("</") {
        let start = at + i;
        let name_end = start + 2 + name.len();
        let matches_name = bytes
            .get(start + 2..name_end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        let ends = bytes
            .get(name_end)
            .is_none_or(|&b| b.is_ascii_whitespace() || b == b'/' || b == b'>');
        if matches_name && ends {
            return start;
        }
        at = start + 2;
    }
    src.len()
}

/// Elements that start and end blocks of text; all others (`<a>`, `<em>`, `<span>`, unknown
/// names) are inline and their text flows into the surrounding block.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "head"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "title"
            | "tr"
            | "ul"
    )
}

/// Start tags that close an open `<p>`, as in the HTML standard.
fn closes_p(name: &str) -> bool {
    is_block(name)
        && !matches!(
            name,
            "body"
                | "caption"
                | "head"
                | "html"
                | "li"
                | "dd"
                | "dt"
                | "td"
                | "th"
                | "tbody"
                | "tfoot"
                | "thead"
                | "title"
                | "tr"
                | "figcaption"
                | "legend"
        )
        || matches!(name, "li" | "dd" | "dt")
}

/// Elements that never have content, so they are never pushed.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements whose content is never article text. `<figure>` goes whole, caption included:
/// captions and photo credits are not the article's prose and would sit as stray paragraphs
/// between its paragraphs. `<title>` is read separately, as the headline of last resort.
fn is_dropped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "nav"
            | "aside"
            | "form"
            | "button"
            | "iframe"
            | "object"
            | "video"
            | "audio"
            | "canvas"
            | "select"
            | "textarea"
            | "dialog"
            | "figure"
            | "picture"
            | "map"
            | "menu"
            | "footer"
            | "title"
            | "noembed"
            | "noframes"
            | "xmp"
    )
}

/// Whether a class or id value names ads or chrome: one of its white-space separated tokens
/// has a `-` or `_` separated part in [`CHROME_WORDS`] ("ad-slot", "social_share").
fn names_chrome(value: &str) -> bool {
    value.split_ascii_whitespace().any(|token| {
        token.split(['-', '_']).any(|part| {
            CHROME_WORDS
                .iter()
                .any(|word| part.eq_ignore_ascii_case(word))
        })
    })
}

/// What the text inside an open element is: its block kind and which part of the page.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct Context {
    kind: Option<BlockKind>,
    dropped: bool,
    /// The outermost `<article>` this is inside, numbered in page order.
    article: Option<usize>,
    in_main: bool,
}

impl Context {
    fn kind(self) -> BlockKind {
        self.kind.unwrap_or(BlockKind::Paragraph)
    }
}

struct Open {
    name: Box<str>,
    context: Context,
}

/// A block as read, with where on the page it was.
struct Found {
    kind: BlockKind,
    text: String,
    article: Option<usize>,
    in_main: bool,
}

#[derive(Default)]
struct Reader {
    /// Whether class and id names that mark ads and chrome drop their elements.
    chrome_classes: bool,
    stack: Vec<Open>,
    /// How many elements of each name are open, so an end tag with no open element is
    /// ignored without searching the stack.
    open_counts: HashMap<Box<str>, usize>,
    buf: String,
    /// The context of the first visible text in `buf`: the block it becomes.
    buf_context: Option<Context>,
    found: Vec<Found>,
    articles: usize,
    title: Option<String>,
}

impl Reader {
    fn context(&self) -> Context {
        self.stack.last().map(|o| o.context).unwrap_or_default()
    }

    fn is_open(&self, name: &str) -> bool {
        self.open_counts.get(name).is_some_and(|&n| n > 0)
    }

    fn text(&mut self, text: &str) {
        let context = self.context();
        if self.stack.last().is_some_and(|o| &*o.name == "title") {
            let outer = self
                .stack
                .len()
                .checked_sub(2)
                .map(|i| self.stack[i].context);
            if self.title.is_none() && !outer.unwrap_or_default().dropped {
                let mut title = String::new();
                decode_into(&mut title, text);
                self.title = Some(title);
            }
            return;
        }
        if context.dropped {
            return;
        }
        if self.buf_context.is_none() && !text.trim().is_empty() {
            self.buf_context = Some(context);
        }
        decode_into(&mut self.buf, text);
    }

    fn flush(&mut self) {
        if let Some(context) = self.buf_context.take() {
            self.found.push(Found {
                kind: context.kind(),
                text: std::mem::take(&mut self.buf),
                article: context.article,
                in_main: context.in_main,
            });
        }
        self.buf.clear();
    }

    fn start(&mut self, tag: &Tag<'_>) {
        let name = tag.name.as_str();
        if is_void(name) || tag.self_closing {
            match name {
                "br" if !self.context().dropped => self.buf.push(' '),
                "hr" => self.flush(),
                _ => {}
            }
            return;
        }
        if closes_p(name) && self.is_open("p") {
            self.close_in_scope(&["p"], &[]);
        }
        match name {
            "li" => self.close_in_scope(&["li"], &["ul", "ol", "menu", "table"]),
            "dd" | "dt" => self.close_in_scope(&["dd", "dt"], &["dl", "table"]),
            "td" | "th" => self.close_in_scope(&["td", "th"], &["tr", "table"]),
            "tr" => self.close_in_scope(&["tr"], &["table"]),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.close_in_scope(&["h1", "h2", "h3", "h4", "h5", "h6"], &["*"]);
            }
            _ => {}
        }
        if is_block(name) {
            self.flush();
        }
        let parent = self.context();
        // `role` and `itemprop` mark articles and main content where the tags are not used.
        let is_article =
            name == "article" || tag.role.eq_ignore_ascii_case("article") || tag.article_body;
        let is_main = name == "main" || tag.role.eq_ignore_ascii_case("main");
        // The page's outer elements carry site-wide classes ("has-ads" on <body>), so their
        // names say nothing about the content.
        let chrome_exempt = is_article || is_main || matches!(name, "html" | "body");
        let dropped = parent.dropped
            || is_dropped(name)
            || (name == "header" && parent.article.is_none() && !parent.in_main)
            || tag.hidden
            || CHROME_ROLES
                .iter()
                .any(|r| tag.role.eq_ignore_ascii_case(r))
            || (self.chrome_classes
                && !chrome_exempt
                && (names_chrome(tag.class) || names_chrome(tag.id)));
        let kind = match name {
            "h1" => Some(BlockKind::Title),
            "h2" | "h3" | "h4" | "h5" | "h6" => Some(BlockKind::Heading),
            _ => parent.kind,
        };
        let article = match parent.article {
            None if is_article => {
                self.articles += 1;
                Some(self.articles)
            }
            outer => outer,
        };
        let context = Context {
            kind,
            dropped,
            article,
            in_main: parent.in_main || is_main,
        };
        if name == "q" && !dropped {
            self.buf.push('“');
        }
        *self.open_counts.entry(name.into()).or_default() += 1;
        self.stack.push(Open {
            name: name.into(),
            context,
        });
    }

    fn end(&mut self, name: &str) {
        if name == "br" {
            // Browsers read a stray `</br>` as `<br>`.
            if !self.context().dropped {
                self.buf.push(' ');
            }
            return;
        }
        if !self.is_open(name) {
            return;
        }
        while let Some(top) = self.pop() {
            if &*top == name {
                break;
            }
        }
    }

    /// Closes the nearest open element named in `targets`, unless an element named in
    /// `stops` (or anything, for `"*"`) comes first.
    fn close_in_scope(&mut self, targets: &[&str], stops: &[&str]) {
        let lowest = self.stack.len().saturating_sub(SCOPE_SEARCH_LIMIT);
        for i in (lowest..self.stack.len()).rev() {
            let name = &*self.stack[i].name;
            if targets.contains(&name) {
                while self.stack.len() > i {
                    self.pop();
                }
                return;
            }
            if stops.contains(&name) || stops.contains(&"*") {
                return;
            }
        }
    }

    /// Pops the innermost element, ending its block if it is a block element.
    fn pop(&mut self) -> Option<Box<str>> {
        let open = self.stack.pop()?;
        if is_block(&open.name) {
            self.flush();
        }
        if &*open.name == "q" && !open.context.dropped {
            self.buf.push('”');
        }
        if let Some(n) = self.open_counts.get_mut(&open.name) {
            *n -= 1;
        }
        Some(open.name)
    }

    fn finish(mut self) -> Vec<(BlockKind, String)> {
        while self.pop().is_some() {}
        self.flush();
        let found = self.found;

        let mut article_sizes: Vec<usize> = vec![0; self.articles + 1];
        for f in &found {
            if let Some(a) = f.article {
                article_sizes[a] += f.text.len();
            }
        }
        // The largest article, the first of equals; none when no article holds text.
        let best = (1..article_sizes.len())
            .rev()
            .max_by_key(|&a| article_sizes[a])
            .filter(|&a| article_sizes[a] > 0);
        let has_main = found.iter().any(|f| f.in_main);
        let keep = |f: &Found| match best {
            Some(best) => f.article == Some(best),
            None => f.in_main || !has_main,
        };
        let mut out: Vec<(BlockKind, String)> = Vec::new();
        if !found.iter().any(|f| keep(f) && f.kind == BlockKind::Title) {
            let headline = found
                .iter()
                .find(|f| f.kind == BlockKind::Title)
                .map(|f| f.text.clone())
                .or_else(|| self.title.as_deref().map(without_site_name));
            out.extend(headline.map(|h| (BlockKind::Title, h)));
        }
        out.extend(
            found
                .iter()
                .filter(|f| keep(f))
                .map(|f| (f.kind, f.text.clone())),
        );
        out
    }
}

/// A page title without the site name pages append ("Talks begin | The Daily Example"): the
/// part before the last separator, when what follows it is at most four words.
fn without_site_name(title: &str) -> String {
    let title = title.trim();
    let cut = [" | ", " – ", " — ", " - ", " · ", " :: "]
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| (i, i + sep.len())))
        .max_by_key(|&(i, _)| i);
    match cut {
        Some((head_end, tail_start))
            if head_end > 0 && title[tail_start..].split_whitespace().count() <= 4 =>
        {
            title[..head_end].trim().to_string()
        }
        _ => title.to_string(),
    }
}

#[cfg(test)]
mod tests;
