//! The Yew front end: components, the app state reducer, and the browser edges.
//!
//! Compiled only with the `ui` feature (`csr` in the browser, `ssr` for native render
//! tests). Everything here presents or edits core values; none of the understanding of
//! articles lives here.

mod app;
mod article_view;
mod clock;
mod dom;
mod files;
mod inspector;
mod keyboard;
mod matrix;
mod notice_bar;
mod selection;
mod shortcuts;
mod side_panel;
mod stances;
mod state;
mod toolbar;
mod topics;
mod who_said;

pub use app::App;
pub use article_view::{ArticleView, ArticleViewProps};
pub use inspector::{DeletedItems, Inspector};
pub use keyboard::{command, Command, Keyboard, SHORTCUTS};
pub use matrix::StanceMatrix;
pub use notice_bar::{NoticeBar, NoticeBarProps};
pub use selection::{block_offset, utf16_to_byte, SelectionMenu};
pub use shortcuts::{ShortcutsDialog, ShortcutsDialogProps};
pub use side_panel::{SidePanel, SidePanelProps};
pub use stances::{StanceTools, UndoBar};
pub use state::{use_app_state, use_dispatch, Action, AppState, Notice};
pub use toolbar::{PastePanel, PastePanelProps, Toolbar};
pub use topics::Topics;
pub use who_said::{WhoSaid, WhoSaidProps};
