//! whosaid's article model and detector: the part of the core that reads an article and
//! finds who is in it and who said what.
//!
//! It is a crate of its own only so that the release wasm can compile the detector for
//! speed and the rest of the app for size (see `[profile.release.package.whosaid-core]` in
//! the workspace's `Cargo.toml`). The `whosaid` crate re-exports every module here, and
//! everything else should reach them through it (`whosaid::article`, `whosaid::detect`,
//! `whosaid::span`).
//!
//! ```
//! use whosaid_core::article::Article;
//!
//! let article = Article::parse(whosaid_core::DEFAULT_ARTICLE)?;
//! assert_eq!(
//!     article.title(),
//!     Some("Trump and Putin agree to begin Ukraine peace talks as Europe demands a role"),
//! );
//! # Ok::<(), whosaid_core::article::ArticleError>(())
//! ```

pub mod article;
pub mod detect;
pub mod span;

/// Helpers shared by the table-driven tests of this crate and of `whosaid`'s readers. Not
/// part of the API.
#[doc(hidden)]
pub mod test_support;

/// The article the app opens with: a 2025 news report on the Trump–Putin peace-talk
/// announcement, embedded so the app needs nothing from the network.
pub const DEFAULT_ARTICLE: &str = include_str!("../../../static/seed/trump-putin-peace-talks.txt");
