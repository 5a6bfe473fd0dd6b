//! The Yew front end: components, the app state reducer, and the browser edges.
//!
//! Compiled only with the `ui` feature (`csr` in the browser, `ssr` for native render
//! tests). Everything here presents or edits core values; none of the understanding of
//! articles lives here.

mod actor_list;
mod app;
mod article_view;
mod clock;
mod files;
mod legend;
mod notice_bar;
mod quote_list;
mod side_panel;
mod spotlight;
mod state;
mod toolbar;

pub use actor_list::{ActorList, ActorListProps};
pub use app::App;
pub use article_view::{ArticleView, ArticleViewProps, Paragraph, ParagraphProps};
pub use legend::{layer_counts, Legend, LegendProps};
pub use notice_bar::{NoticeBar, NoticeBarProps};
pub use quote_list::{QuoteList, QuoteListProps};
pub use side_panel::{SidePanel, SidePanelProps};
pub use state::{use_app_state, use_dispatch, Action, AppState, Notice};
pub use toolbar::{PastePanel, PastePanelProps, Toolbar};
