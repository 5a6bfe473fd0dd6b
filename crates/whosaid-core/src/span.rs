//! Byte ranges into an article's text.
//!
//! Inside the core every offset is a UTF-8 byte offset into `Article::text`: `start` is
//! inclusive, `end` exclusive, and both lie on `char` boundaries. Files count Unicode code
//! points instead (see `docs/FORMAT.md` once the file formats exist) and the DOM counts UTF-16
//! units; those conversions happen at the edges, never here.

/// A half-open byte range `[start, end)` into a text, on `char` boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range (inclusive).
    pub start: usize,
    /// One past the last byte of the range (exclusive).
    pub end: usize,
}

impl Span {
    /// A span from `start` (inclusive) to `end` (exclusive).
    ///
    /// # Panics
    /// When `end < start`: such a span is a bug in the caller, never a property of the input.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span ends before it starts");
        Span { start, end }
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `text`.
    ///
    /// # Panics
    /// When the span does not lie on `char` boundaries of `text`, which would mean the span
    /// was made for another text.
    #[must_use]
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// Whether `other` lies wholly inside this span.
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn slices_and_measures() {
        let text = "Putin’s call";
        let s = Span::new(0, "Putin’s".len());
        assert_eq!(s.of(text), "Putin’s");
        assert_eq!(s.len(), 9);
        assert!(!s.is_empty());
        assert!(s.contains(Span::new(0, 5)));
        assert!(!Span::new(0, 5).contains(s));
        assert!(Span::new(3, 3).is_empty());
    }
}
