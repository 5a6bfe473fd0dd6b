//! The Yew front end: components, the app state reducer, and the browser edges.
//!
//! Compiled only with the `ui` feature (`csr` in the browser, `ssr` for native render
//! tests). Everything here presents or edits core values; none of the understanding of
//! articles lives here.

mod app;
mod autosave;
mod article_view;
mod clock;
mod download;
mod files;
mod notice_bar;
mod side_panel;
mod state;
mod storage;
mod toolbar;
mod who_said;

pub use app::App;
pub use article_view::{ArticleView, ArticleViewProps};
pub use notice_bar::{NoticeBar, NoticeBarProps};
pub use side_panel::{SidePanel, SidePanelProps};
pub use state::{use_app_state, use_dispatch, Action, AppState, Notice};
pub use toolbar::{PastePanel, PastePanelProps, Toolbar};
pub use who_said::{WhoSaid, WhoSaidProps};
