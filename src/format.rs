//! The file formats: the only module that knows JSON field names.
//!
//! Domain types ([`crate::detect::Detection`], [`crate::eval::Gold`],
//! [`crate::annotations::Annotations`]) never derive serde; the types here mirror the files
//! and convert explicitly. Files count offsets in Unicode code points of the article text
//! (the W3C annotation model's unit); the core counts UTF-8 bytes, and [`CodePoints`]
//! converts both ways.
//!
//! Annotation files come in three formats, described in `docs/FORMAT.md`: whosaid's own
//! lossless JSON ([`whosaid`]), W3C Web Annotation JSON-LD ([`w3c`], which also reads
//! Hypothesis and Recogito annotations) and CSV tables for spreadsheets ([`csv`], written
//! only). [`read_annotations`] tells the formats apart and returns an [`AnnotationFile`] or a
//! [`FileError`] that names the file, the item and the field.
//!
//! ```
//! use whosaid::annotations::Annotations;
//! use whosaid::article::Article;
//! use whosaid::format::{read_annotations, whosaid::{write, Meta}};
//!
//! let article = Article::parse("“We will meet,” Donald Trump said.")?;
//! let found = whosaid::detect::detect(&article);
//! let notes = Annotations::from_detection(&article, &found, &["Peace talks"]);
//! let json = write(&article, &notes, &Meta::default());
//! let file = read_annotations("lesson.whosaid.json", json.as_bytes(), None).unwrap();
//! assert_eq!((file.article, file.annotations), (article, notes));
//!
//! let err = read_annotations("lesson.whosaid.json", b"{\"format\": \"whosaid\",", None).unwrap_err();
//! assert_eq!(err.to_string(), "lesson.whosaid.json: not valid JSON at line 1, column 21: EOF while parsing a value");
//! # Ok::<(), whosaid::article::ArticleError>(())
//! ```

pub mod csv;
pub mod detection;
mod error;
pub mod gold;
mod json;
pub mod saved;
mod selector;
pub mod single_file;
pub mod w3c;
pub mod whosaid;

pub use error::{ErrorKind, FileError};
pub use json::check_size;
pub use selector::{ExactQuote, Reanchor, TextQuote};

use crate::annotations::Annotations;
use crate::article::Article;

/// The largest annotation file whosaid reads: 32 MiB. A file holds the article (at most
/// [`crate::import::MAX_FILE_BYTES`] of text) and its annotations with their quoted context;
/// a larger file is not one of ours, and parsing it would stall the page. The size is
/// checked before anything is parsed.
pub const MAX_ANNOTATION_FILE_BYTES: usize = 32 * 1024 * 1024;

/// The formats an annotation file can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileFormat {
    /// whosaid's own JSON (`*.whosaid.json`), lossless.
    Whosaid,
    /// W3C Web Annotation JSON-LD as whosaid exports it.
    W3c,
    /// Other tools' annotations: W3C Web Annotations (Recogito, …) or Hypothesis's JSON. They
    /// become notes.
    Foreign,
}

/// An annotation that a file holds but whose text could not be found in the article. It
/// is reported, never silently dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Orphan {
    /// Where it is in the file (`items[3]`) and its id.
    pub at: String,
    /// The text it was made on.
    pub exact: String,
    /// What it says (a note's text), for the user to place by hand.
    pub text: String,
}

/// An annotation file, read and checked: the article it belongs to and the annotations.
#[derive(Clone, Debug, PartialEq)]
pub struct AnnotationFile {
    pub format: FileFormat,
    /// The article: the file's own for whosaid JSON, the one given to the reader otherwise.
    pub article: Article,
    pub annotations: Annotations,
    /// The annotator's name, when the file gives one.
    pub annotator: Option<String>,
    /// When the file was written (RFC 3339), when it says.
    pub exported: Option<String>,
    /// The version of whosaid that wrote it, when it says.
    pub app_version: Option<String>,
    /// Annotations whose text is not in the article (only from other tools' files).
    pub orphans: Vec<Orphan>,
}

/// Reads an annotation file in any format whosaid knows, after checking its size.
///
/// whosaid JSON carries its article; W3C and Hypothesis files do not, so they are placed in
/// `article` (by text quote, with the position as a hint). A W3C file exported by whosaid
/// from the default article finds that article on its own.
///
/// # Errors
/// A [`FileError`] naming the file and saying what is wrong and where.
pub fn read_annotations(
    file: &str,
    bytes: &[u8],
    article: Option<&Article>,
) -> Result<AnnotationFile, FileError> {
    read_annotations_with(file, bytes, article, &ExactQuote)
}

/// [`read_annotations`] with another way of placing annotations whose offsets do not match
/// their text (the re-anchoring engine plugs in here).
///
/// # Errors
/// As [`read_annotations`].
pub fn read_annotations_with(
    file: &str,
    bytes: &[u8],
    article: Option<&Article>,
    anchor: &dyn Reanchor,
) -> Result<AnnotationFile, FileError> {
    let value = json::parse(file, bytes)?;
    if value.get("format").is_some() {
        whosaid::from_value(&value, anchor).map_err(|f| f.in_file(file))
    } else {
        w3c::from_value(&value, article, anchor).map_err(|f| f.in_file(file))
    }
}

/// Whether `id` is the id a stance of `target` on `topic` must have: its own, or that of a
/// merge conflict stored beside it (the same id plus a conflict mark).
fn stance_id_fits(
    id: &crate::annotations::Id,
    target: &crate::annotations::Target,
    topic: &crate::annotations::Id,
) -> bool {
    let want = Annotations::stance_id(target, topic);
    *id == want || crate::merge::conflict_base(id).is_some_and(|base| base == want)
}

/// Converts UTF-8 byte offsets of one text into code-point offsets, in constant memory per
/// [`CodePoints::STRIDE`] bytes and at most `STRIDE` steps per lookup.
pub struct CodePoints<'a> {
    text: &'a str,
    /// Code points before each multiple of `STRIDE` bytes (rounded down to a char boundary).
    marks: Vec<(usize, usize)>,
}

impl<'a> CodePoints<'a> {
    const STRIDE: usize = 256;

    /// Indexes `text`.
    #[must_use]
    pub fn new(text: &'a str) -> CodePoints<'a> {
        let mut marks = Vec::with_capacity(text.len() / Self::STRIDE + 1);
        let (mut byte, mut cp) = (0, 0);
        marks.push((0, 0));
        for (i, _) in text.char_indices() {
            if i >= byte + Self::STRIDE {
                marks.push((i, cp));
                byte = i;
            }
            cp += 1;
        }
        CodePoints { text, marks }
    }

    /// The code-point offset of byte offset `byte` (a char boundary of the text).
    #[must_use]
    pub fn of(&self, byte: usize) -> usize {
        let at = self.marks.partition_point(|&(b, _)| b <= byte) - 1;
        let (b, cp) = self.marks[at];
        cp + self.text[b..byte].chars().count()
    }

    /// The byte offset of code-point offset `cp`, or `None` when the text is shorter.
    #[must_use]
    pub fn byte_of(&self, cp: usize) -> Option<usize> {
        let at = self.marks.partition_point(|&(_, c)| c <= cp) - 1;
        let (b, c) = self.marks[at];
        let rest = &self.text[b..];
        if cp - c == 0 {
            return Some(b);
        }
        match rest.char_indices().nth(cp - c) {
            Some((i, _)) => Some(b + i),
            None if rest.chars().count() == cp - c => Some(self.text.len()),
            None => None,
        }
    }

    /// How many code points the text has.
    #[must_use]
    pub fn len(&self) -> usize {
        self.of(self.text.len())
    }

    /// Whether the text is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::CodePoints;

    #[test]
    fn counts_code_points() {
        let text = "é“a”".repeat(200);
        let cps = CodePoints::new(&text);
        for (cp, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(cps.of(byte), cp);
        }
        assert_eq!(cps.of(text.len()), text.chars().count());
    }

    #[test]
    fn converts_code_points_back_to_bytes() {
        let text = "é“a”😀".repeat(150);
        let cps = CodePoints::new(&text);
        for (cp, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(cps.byte_of(cp), Some(byte));
        }
        let n = text.chars().count();
        assert_eq!(cps.byte_of(n), Some(text.len()));
        assert_eq!(cps.byte_of(n + 1), None);
        assert_eq!(cps.len(), n);
        assert_eq!(CodePoints::new("").byte_of(0), Some(0));
        assert_eq!(CodePoints::new("").byte_of(1), None);
    }
}
