//! The browser edge for opening articles: reading a picked or dropped `File`.

use wasm_bindgen_futures::JsFuture;
use web_sys::File;
use yew::prelude::*;

use super::state::{Action, AppState};
use crate::import;

/// Reads `file` and opens it as the article, or shows why it cannot be opened. The size is
/// checked before any byte is read, so a 200 MB file is refused at once instead of freezing
/// the tab. The current article stays on screen whatever happens.
pub fn open_file(file: File, dispatch: UseReducerDispatcher<AppState>) {
    let name = file.name();
    // A file's size is an exact integer in a JS number; saturate rather than wrap in wasm32.
    let size = usize::try_from(file.size() as u64).unwrap_or(usize::MAX);
    if let Err(error) = import::check_size(Some(&name), size) {
        dispatch.dispatch(Action::ShowError {
            message: error.to_string().into(),
        });
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let action = match read_bytes(&file).await {
            Ok(bytes) => opened(Some(&name), &bytes),
            Err(message) => Action::ShowError {
                message: message.into(),
            },
        };
        dispatch.dispatch(action);
    });
}

/// A picked or dropped file's bytes, or a message naming it. Check its size first.
pub async fn read_bytes(file: &File) -> Result<Vec<u8>, String> {
    match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
        Err(_) => Err(format!(
            "{} could not be read: the browser refused to open it",
            file.name()
        )),
    }
}

/// The action for text the user pasted or a file's bytes: open it, or say what is wrong.
pub fn opened(file_name: Option<&str>, bytes: &[u8]) -> Action {
    match import::read_article(file_name, bytes) {
        Ok(article) => Action::OpenArticle {
            article: article.into(),
            source: file_name
                .map_or_else(|| "pasted text".into(), |n| AttrValue::from(n.to_string())),
        },
        Err(error) => Action::ShowError {
            message: error.to_string().into(),
        },
    }
}
