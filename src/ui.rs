//! The Yew front end: components, the app state reducer, and the browser edges.
//!
//! Compiled only with the `ui` feature (`csr` in the browser, `ssr` for native render
//! tests). Everything here presents or edits core values; none of the understanding of
//! articles lives here.

mod actor_list;
mod app;
mod article_view;
mod autosave;
mod clock;
mod dom;
mod download;
mod files;
mod inspector;
mod keyboard;
mod legend;
mod matrix;
mod notice_bar;
mod quote_list;
mod selection;
mod shortcuts;
mod side_panel;
mod spotlight;
mod stances;
mod state;
mod storage;
mod toolbar;
mod topics;
mod transfer;

pub use actor_list::{ActorList, ActorListProps};
pub use app::App;
pub use article_view::{ArticleView, ArticleViewProps, Paragraph, ParagraphProps};
pub use inspector::{DeletedItems, Inspector};
pub use keyboard::{command, Command, Keyboard, SHORTCUTS};
pub use legend::{layer_counts, Legend, LegendProps};
pub use matrix::StanceMatrix;
pub use notice_bar::{NoticeBar, NoticeBarProps};
pub use quote_list::{QuoteList, QuoteListProps};
pub use selection::{block_offset, utf16_to_byte, SelectionMenu};
pub use shortcuts::{ShortcutsDialog, ShortcutsDialogProps};
pub use side_panel::{SidePanel, SidePanelProps};
pub use stances::{StanceTools, UndoBar};
pub use state::{use_app_state, use_dispatch, Action, AppState, Notice, Parts};
pub use toolbar::{PastePanel, PastePanelProps, Toolbar};
pub use topics::Topics;
pub use transfer::{initial_state, Conflicts, FileTools, Orphans};
