//! Opening the user's own article: pasted text or a `.txt`, `.md` or `.html` file.
//!
//! [`read_article`] decides the format (from the file name, or by looking at pasted text),
//! checks size and encoding, and reduces the file to an [`Article`]. HTML and Markdown are
//! read by small hand-written readers that keep only text: nothing of a file's markup ever
//! reaches the page as markup.
//!
//! ```
//! use whosaid::import::read_article;
//!
//! let page = b"<h1>Talks begin</h1><script>track()</script><p>Envoys met &ldquo;today&rdquo;.</p>";
//! let article = read_article(Some("talks.html"), page)?;
//! assert_eq!(article.title(), Some("Talks begin"));
//! assert_eq!(article.text(), "Talks begin\nEnvoys met “today”.");
//! # Ok::<(), whosaid::import::ImportError>(())
//! ```

mod entities;
mod html;
mod markdown;

use std::fmt;

use crate::article::{Article, ArticleError};

/// The largest file whosaid opens: 5 MiB. A long news article is under 100 KB of text and a
/// saved news page a few MB; anything larger is almost surely not an article, and reading it
/// would stall the page.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// How a file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text, read by [`Article::parse`].
    Text,
    /// Markdown: headings, paragraphs, lists and quotes, markup removed.
    Markdown,
    /// An HTML page reduced to its article's text.
    Html,
}

impl Format {
    /// The format a file extension (without the dot, any case) names, if whosaid reads it.
    #[must_use]
    pub fn from_extension(extension: &str) -> Option<Format> {
        match extension.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }

    /// The format of pasted text: HTML when it opens with a doctype or `<html>`, or holds a
    /// tag that only pages have (`<p>`, `<body>`, `<div>`, …); otherwise plain text. Pasted
    /// Markdown reads as plain text, because `#` and `*` also occur in ordinary writing.
    #[must_use]
    pub fn sniff(text: &str) -> Format {
        let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        let opens_page = ["<!doctype html", "<html"].iter().any(|p| {
            start
                .get(..p.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(p))
        });
        if opens_page
            || text
                .match_indices('<')
                .any(|(i, _)| is_page_tag(&text[i + 1..]))
        {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// Whether `after` (the text after a `<`) opens a tag that plain writing does not contain.
fn is_page_tag(after: &str) -> bool {
    const TAGS: &[&str] = &[
        "p",
        "br",
        "div",
        "body",
        "head",
        "html",
        "article",
        "main",
        "section",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "blockquote",
        "table",
        "span",
        "a",
    ];
    let name_len = after.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let name = &after[..name_len];
    let ends_name = after[name_len..]
        .bytes()
        .next()
        .is_some_and(|b| b == b'>' || b == b'/' || b.is_ascii_whitespace());
    ends_name && TAGS.iter().any(|t| name.eq_ignore_ascii_case(t))
}

/// Why a file or pasted text could not be opened. The messages name the file and say what
/// to do, in words a teacher can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file's extension names a format whosaid does not read.
    UnsupportedFormat {
        /// The file's name as given.
        file_name: String,
        /// The extension, without the dot, as written.
        extension: String,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's name, when there is one.
        file_name: Option<String>,
        /// Its size in bytes.
        bytes: usize,
    },
    /// The bytes are not UTF-8 text.
    NotUtf8 {
        /// The file's name, when there is one.
        file_name: Option<String>,
        /// Offset of the first invalid byte, counted from 0.
        byte_offset: usize,
        /// Line of the first invalid byte, counted from 1.
        line: usize,
        /// Whether the file starts with a UTF-16 byte-order mark (Notepad's "Unicode").
        utf16: bool,
    },
    /// The file holds no article text.
    Empty {
        /// The file's name, when there is one.
        file_name: Option<String>,
        /// How it was read.
        format: Format,
    },
}

impl ImportError {
    fn subject(file_name: Option<&String>) -> String {
        file_name.map_or_else(|| "the pasted text".to_string(), Clone::clone)
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::UnsupportedFormat {
                file_name,
                extension,
            } => write!(
                f,
                "{file_name}: whosaid opens .txt, .md and .html files, not .{extension}. \
                 Copy the article's text and paste it instead."
            ),
            ImportError::TooLarge { file_name, bytes } => {
                // One decimal place, so a file just over the limit does not read "5.0 MB".
                // Counted in u64: `usize` is 32 bits in wasm, and ten times a large file overflows it.
                let tenths = (*bytes as u64 * 10).div_ceil(1024 * 1024);
                write!(
                    f,
                    "{} is too large to open ({}.{} MB); whosaid opens files up to {} MB",
                    ImportError::subject(file_name.as_ref()),
                    tenths / 10,
                    tenths % 10,
                    MAX_FILE_BYTES / (1024 * 1024)
                )
            }
            ImportError::NotUtf8 {
                file_name,
                utf16: true,
                ..
            } => write!(
                f,
                "{} is saved as UTF-16; save it as UTF-8 text and open it again",
                ImportError::subject(file_name.as_ref())
            ),
            ImportError::NotUtf8 {
                file_name,
                byte_offset,
                line,
                utf16: false,
            } => write!(
                f,
                "{} is not UTF-8 text: byte {byte_offset} (line {line}) cannot be read; \
                 save it as UTF-8 and open it again",
                ImportError::subject(file_name.as_ref())
            ),
            ImportError::Empty { file_name, format } => {
                let subject = ImportError::subject(file_name.as_ref());
                match format {
                    Format::Html => write!(
                        f,
                        "{subject} has no article text: no headline, heading or paragraph \
                         outside scripts, menus and ads"
                    ),
                    Format::Markdown => write!(
                        f,
                        "{subject} has no article text: only blank lines, markup or front matter"
                    ),
                    Format::Text => {
                        write!(
                            f,
                            "{subject} is empty: it has no text, only blank lines or spaces"
                        )
                    }
                }
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads a file, or pasted text when `file_name` is `None`, into an article.
///
/// The format comes from the name's extension (`.txt`/`.text`, `.md`/`.markdown`,
/// `.html`/`.htm`/`.xhtml`, any case); a name without one, and pasted text, are sniffed
/// ([`Format::sniff`]). A UTF-8 byte-order mark is ignored.
///
/// # Errors
/// In this order: [`ImportError::UnsupportedFormat`] for another extension (`.pdf`,
/// `.docx`), [`ImportError::TooLarge`] above [`MAX_FILE_BYTES`], [`ImportError::NotUtf8`]
/// with the first bad byte's place, [`ImportError::Empty`] when no text is left.
pub fn read_article(file_name: Option<&str>, bytes: &[u8]) -> Result<Article, ImportError> {
    let owned_name = || file_name.map(str::to_string);
    let declared = match file_name.and_then(extension) {
        Some(ext) => {
            Some(
                Format::from_extension(ext).ok_or_else(|| ImportError::UnsupportedFormat {
                    file_name: file_name.unwrap_or_default().to_string(),
                    extension: ext.to_string(),
                })?,
            )
        }
        None => None,
    };
    check_size(file_name, bytes.len())?;
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let byte_offset = e.valid_up_to();
        ImportError::NotUtf8 {
            file_name: owned_name(),
            byte_offset,
            line: 1 + bytes[..byte_offset].iter().filter(|&&b| b == b'\n').count(),
            utf16: bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]),
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let format = declared.unwrap_or_else(|| Format::sniff(text));
    let article = match format {
        Format::Text => Article::parse(text),
        Format::Markdown => from_blocks(&markdown::blocks(text)),
        Format::Html => from_blocks(&html::blocks(text)),
    };
    article.map_err(|ArticleError::Empty| ImportError::Empty {
        file_name: owned_name(),
        format,
    })
}

fn from_blocks(blocks: &[(crate::article::BlockKind, String)]) -> Result<Article, ArticleError> {
    Article::from_blocks(blocks.iter().map(|(kind, text)| (*kind, text.as_str())))
}

/// The extension of a file name (a browser gives names, but paths are accepted): the part
/// after the last dot of the last path component, if that dot is not the first character.
/// Refuses a file larger than [`MAX_FILE_BYTES`] before it is read, so a huge file gets a
/// message instead of a frozen tab.
///
/// # Errors
/// [`ImportError::TooLarge`] when `bytes` is over the limit.
pub fn check_size(file_name: Option<&str>, bytes: usize) -> Result<(), ImportError> {
    if bytes > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            file_name: file_name.map(str::to_string),
            bytes,
        });
    }
    Ok(())
}

fn extension(file_name: &str) -> Option<&str> {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    match base.rfind('.') {
        Some(0) | None => None,
        Some(dot) => Some(&base[dot + 1..]).filter(|e| !e.is_empty()),
    }
}

#[cfg(test)]
mod tests;
