//! The article model: a plain-text news article turned into a title, headings and paragraphs.
//!
//! The text is normalised once (line endings to `\n`, trailing white space and blank lines
//! removed, lines kept in the file's order) and every block is a [`Span`] into that one
//! string, so detections and annotations can point into the article with plain offsets.

use std::fmt;

use crate::span::Span;

/// The longest line, in characters, that can still be read as a headline or section heading.
const MAX_HEADING_CHARS: usize = 120;
/// The most words a headline or section heading may have.
const MAX_HEADING_WORDS: usize = 20;

/// What a block of the article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// The article's headline.
    Title,
    /// A section heading inside the article.
    Heading,
    /// A paragraph of running text.
    Paragraph,
}

/// One line of the article: its kind and where it is in [`Article::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// Whether this is the title, a heading or a paragraph.
    pub kind: BlockKind,
    /// The block's text in [`Article::text`], without the line break.
    pub span: Span,
}

/// Why a text could not be read as an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArticleError {
    /// The text holds nothing but white space.
    Empty,
}

impl fmt::Display for ArticleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArticleError::Empty => {
                f.write_str("the article is empty: it has no text, only blank lines or spaces")
            }
        }
    }
}

impl std::error::Error for ArticleError {}

/// Counts that describe an article at a glance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArticleStats {
    /// Sections: one per heading, plus the opening stretch when text comes before the first
    /// heading.
    pub sections: usize,
    /// Section headings, the headline not included.
    pub headings: usize,
    /// Paragraphs.
    pub paragraphs: usize,
    /// Words (runs of non-space characters), the headline included.
    pub words: usize,
}

impl ArticleStats {
    /// Minutes a reader needs at about 230 words a minute, at least one.
    #[must_use]
    pub fn reading_minutes(self) -> usize {
        self.words.div_ceil(230).max(1)
    }
}

/// A news article: its normalised text and the blocks it is made of, in the file's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    text: String,
    blocks: Vec<Block>,
}

impl Article {
    /// Reads a plain-text article.
    ///
    /// Each non-blank line is a block. The headline is the last line when that line is short
    /// and has no closing punctuation (the layout of the default article), else the first line
    /// when *it* looks like a headline, else there is none. Other short lines without closing
    /// punctuation are section headings; everything else is a paragraph. A text with a single
    /// line has no headline unless the line looks like one.
    ///
    /// # Errors
    /// [`ArticleError::Empty`] when the text has no visible characters.
    ///
    /// # Examples
    /// ```
    /// use whosaid_core::article::{Article, BlockKind};
    ///
    /// let article = Article::parse("Talks begin.\r\nEurope waits\nNo deal yet.\nA headline\n")?;
    /// assert_eq!(article.title(), Some("A headline"));
    /// let kinds: Vec<_> = article.blocks().iter().map(|b| b.kind).collect();
    /// assert_eq!(kinds, [BlockKind::Paragraph, BlockKind::Heading, BlockKind::Paragraph, BlockKind::Title]);
    /// # Ok::<(), whosaid_core::article::ArticleError>(())
    /// ```
    pub fn parse(source: &str) -> Result<Article, ArticleError> {
        let source = source.strip_prefix('\u{feff}').unwrap_or(source);
        let mut text = String::with_capacity(source.len());
        let mut spans = Vec::new();
        for line in source.lines() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push('\n');
            }
            let start = text.len();
            text.push_str(line);
            spans.push(Span::new(start, text.len()));
        }
        if spans.is_empty() {
            return Err(ArticleError::Empty);
        }

        let looks_like_heading: Vec<bool> = spans
            .iter()
            .map(|s| looks_like_heading(s.of(&text)))
            .collect();
        let last = spans.len() - 1;
        let title = if spans.len() == 1 {
            looks_like_heading[0].then_some(0)
        } else if looks_like_heading[last] {
            Some(last)
        } else if looks_like_heading[0] {
            Some(0)
        } else {
            None
        };
        let blocks = spans
            .iter()
            .enumerate()
            .map(|(i, &span)| {
                let kind = if Some(i) == title {
                    BlockKind::Title
                } else if looks_like_heading[i] {
                    BlockKind::Heading
                } else {
                    BlockKind::Paragraph
                };
                Block { kind, span }
            })
            .collect();
        Ok(Article { text, blocks })
    }

    /// The normalised text: the article's lines in file order, joined by `\n`.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The article's fingerprint: the SHA-256 of [`Article::text`] in lower-case hex. Saved
    /// work and annotation files are keyed by it, so two copies of an article that normalise
    /// to the same text share their annotations.
    #[must_use]
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        Sha256::digest(self.text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// All blocks in the order of [`Article::text`], the title included.
    #[must_use]
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The headline, if the article has one.
    #[must_use]
    pub fn title(&self) -> Option<&str> {
        self.blocks
            .iter()
            .find(|b| b.kind == BlockKind::Title)
            .map(|b| b.span.of(&self.text))
    }

    /// The blocks below the headline (headings and paragraphs), in reading order.
    pub fn body(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.kind != BlockKind::Title)
    }

    /// Builds an article from blocks whose kinds are already known, as an HTML or Markdown
    /// reader finds them. Each block's text is trimmed and its inner line breaks and runs of
    /// white space become single spaces, so every block is one line of [`Article::text`];
    /// blocks left empty are dropped. Only the first [`BlockKind::Title`] stays a title; later
    /// ones become headings.
    ///
    /// # Errors
    /// [`ArticleError::Empty`] when no block has visible characters.
    pub fn from_blocks<'a>(
        blocks: impl IntoIterator<Item = (BlockKind, &'a str)>,
    ) -> Result<Article, ArticleError> {
        let mut text = String::new();
        let mut out = Vec::new();
        let mut has_title = false;
        for (kind, raw) in blocks {
            if raw.trim().is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push('\n');
            }
            let start = text.len();
            for (i, word) in raw.split_whitespace().enumerate() {
                if i > 0 {
                    text.push(' ');
                }
                text.push_str(word);
            }
            let kind = match kind {
                BlockKind::Title if has_title => BlockKind::Heading,
                BlockKind::Title => {
                    has_title = true;
                    BlockKind::Title
                }
                other => other,
            };
            out.push(Block {
                kind,
                span: Span::new(start, text.len()),
            });
        }
        if out.is_empty() {
            return Err(ArticleError::Empty);
        }
        Ok(Article { text, blocks: out })
    }

    /// Rebuilds an article from its normalised text and the kind of each line, as an
    /// annotation file stores them: `Article::from_lines(a.text(), &kinds_of(a)) == Some(a)`.
    /// `None` when the text is not normalised (a line that is empty or has white space at an
    /// end), when there is not exactly one kind per line, or when more than one line is a
    /// title: such a text was not written by whosaid.
    #[must_use]
    pub fn from_lines(text: &str, kinds: &[BlockKind]) -> Option<Article> {
        let mut blocks = Vec::with_capacity(kinds.len());
        let mut start = 0;
        let mut kinds_left = kinds.iter();
        for line in text.split('\n') {
            let kind = *kinds_left.next()?;
            if line.is_empty() || line.trim() != line {
                return None;
            }
            blocks.push(Block {
                kind,
                span: Span::new(start, start + line.len()),
            });
            start += line.len() + 1;
        }
        let titles = blocks.iter().filter(|b| b.kind == BlockKind::Title).count();
        if kinds_left.next().is_some() || titles > 1 {
            return None;
        }
        Some(Article {
            text: text.to_string(),
            blocks,
        })
    }

    /// The article the app opens with, [`crate::DEFAULT_ARTICLE`], read.
    #[must_use]
    pub fn default_article() -> Article {
        // The embedded text is a real article (a test reads it), so this never fails.
        Article::parse(crate::DEFAULT_ARTICLE)
            .unwrap_or_else(|e| unreachable!("default article: {e}"))
    }

    /// Counts that describe the article at a glance.
    #[must_use]
    pub fn stats(&self) -> ArticleStats {
        let mut stats = ArticleStats::default();
        for block in &self.blocks {
            match block.kind {
                BlockKind::Heading => stats.headings += 1,
                BlockKind::Paragraph => stats.paragraphs += 1,
                BlockKind::Title => {}
            }
            stats.words += self.block_text(block).split_whitespace().count();
        }
        let opens_with_text = self
            .body()
            .next()
            .is_some_and(|b| b.kind == BlockKind::Paragraph);
        stats.sections = stats.headings + usize::from(opens_with_text);
        stats
    }

    /// The text a block covers.
    #[must_use]
    pub fn block_text(&self, block: &Block) -> &str {
        block.span.of(&self.text)
    }
}

/// A short line that does not end like a sentence, and does not open like a quotation or an
/// attribution line ("— Mike Pompeo, …"), reads as a headline or heading.
fn looks_like_heading(line: &str) -> bool {
    let Some(last) = line.chars().next_back() else {
        return false;
    };
    let first = line.chars().next().unwrap_or(' ');
    let opens_like_text = matches!(
        first,
        '"' | '\'' | '“' | '‘' | '«' | '„' | '—' | '–' | '-' | '(' | '[' | '•' | '*'
    );
    line.chars().count() <= MAX_HEADING_CHARS
        && line.split_whitespace().count() <= MAX_HEADING_WORDS
        && last.is_alphanumeric()
        && !opens_like_text
}

#[cfg(test)]
mod tests;
