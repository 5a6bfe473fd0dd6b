//! The file formats: the only module that knows JSON field names.
//!
//! Domain types ([`crate::detect::Detection`], [`crate::eval::Gold`]) never derive serde; the
//! types here mirror the files and convert explicitly. Files count offsets in Unicode code
//! points of the article text (the W3C annotation model's unit); the core counts UTF-8 bytes,
//! and [`CodePoints`] converts.

pub mod detection;
pub mod gold;
pub mod saved;
pub mod single_file;

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
}
