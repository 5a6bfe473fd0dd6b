//! Why an annotation file could not be read, in words that say what and where.

use std::fmt;

/// What kind of problem a file has, for callers that react differently to each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Larger than [`super::MAX_ANNOTATION_FILE_BYTES`]; refused before parsing.
    TooLarge,
    /// Not UTF-8 text.
    NotUtf8,
    /// Not JSON; the message gives the line and column.
    NotJson,
    /// JSON, but not an annotation file whosaid knows.
    WrongFormat,
    /// Written by a newer whosaid, in a format version this one does not know.
    NewerVersion,
    /// A field that must be there is not.
    Missing,
    /// A field holds the wrong type of value (text for a number, …).
    WrongType,
    /// A field holds a value that is not allowed (an unknown kind, a bad time stamp, …).
    BadValue,
    /// Offsets outside the article's text, or ending before they start.
    OutOfText,
    /// Offsets whose text is not the quoted text, which could not be found elsewhere either.
    TextMismatch,
    /// Two items with the same id.
    DuplicateId,
    /// A reference to an id that no item has.
    Dangling,
    /// The file does not carry its article and none was given.
    NoArticle,
}

/// A file that could not be read: which file, where in it, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// The file's name as the user gave it.
    pub file: String,
    pub kind: ErrorKind,
    /// The item and field (`quotes[3] (id "quote-4"), field "speaker"`), when the problem is
    /// in one.
    pub at: Option<String>,
    /// What is wrong, as a sentence fragment that follows the place.
    pub message: String,
}

impl FileError {
    pub(crate) fn new(kind: ErrorKind, at: Option<String>, message: impl Into<String>) -> Self {
        FileError {
            file: String::new(),
            kind,
            at,
            message: message.into(),
        }
    }

    /// An error at a place in the file.
    pub(crate) fn at(kind: ErrorKind, at: impl Into<String>, message: impl Into<String>) -> Self {
        FileError::new(kind, Some(at.into()), message)
    }

    /// An error about the file as a whole.
    pub(crate) fn whole(kind: ErrorKind, message: impl Into<String>) -> Self {
        FileError::new(kind, None, message)
    }

    /// The same error, naming `file`.
    #[must_use]
    pub fn in_file(mut self, file: &str) -> Self {
        self.file = file.to_string();
        self
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            Some(at) => write!(f, "{}: {at}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for FileError {}
