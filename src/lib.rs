//! whosaid's core: everything that understands news articles, independent of any user
//! interface.
//!
//! The core reads an article into an [`article::Article`] (from pasted text or a `.txt`,
//! `.md` or `.html` file through [`import::read_article`]); later layers detect actors and
//! quotes in it, hold the user's annotations, and read and write annotation files. It never
//! depends on a browser: the Yew front end lives in [`ui`] (behind the `ui` feature) and
//! only calls into the modules here.
//!
//! ```
//! use whosaid::article::Article;
//!
//! let article = Article::parse(whosaid::DEFAULT_ARTICLE)?;
//! assert_eq!(
//!     article.title(),
//!     Some("Trump and Putin agree to begin Ukraine peace talks as Europe demands a role"),
//! );
//! # Ok::<(), whosaid::article::ArticleError>(())
//! ```

pub mod anchor;
pub mod annotations;
pub mod eval;
pub mod format;
pub mod import;
pub mod merge;

// The article model and the detector live in `whosaid-core`, a crate of their own so the
// release wasm can build the detector for speed and the rest for size; they are re-exported
// here so that everything reaches them as `whosaid::article`, `whosaid::detect` and
// `whosaid::span`.
pub use whosaid_core::{article, detect, span, DEFAULT_ARTICLE};

#[cfg(test)]
use whosaid_core::test_support;

#[cfg(feature = "ui")]
pub mod ui;

/// This build's version, as the command line and exported files report it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
