//! The browser edge for saved work: localStorage, where every change is kept, keyed by the
//! article's fingerprint, so a reload (or a closed laptop lid) loses nothing.
//!
//! Keys: `whosaid:v1:index` lists what is saved ([`crate::format::saved`]);
//! `whosaid:v1:work:<fingerprint>` holds one article's work as a whosaid JSON file. Writes can
//! fail (storage full, storage switched off): the caller gets a [`SaveError`] and keeps what
//! is in memory.

use crate::format::saved::{read_index, write_index, SavedWork};

const INDEX_KEY: &str = "whosaid:v1:index";
const WORK_PREFIX: &str = "whosaid:v1:work:";

/// Why work could not be saved in the browser.
// Natively nothing is ever saved, so only `Unavailable` is made there.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage for this site is full (about 5 MB).
    Full,
    /// The browser allows no storage here (private mode, settings, a `file://` page in some
    /// browsers).
    Unavailable,
}

impl SaveError {
    /// What the user reads: what happened, that nothing is lost yet, and what to do.
    #[must_use]
    pub fn message(&self) -> &'static str {
        match self {
            SaveError::Full => {
                "The browser's storage is full, so your latest changes are not saved in it. \
                 They are still here: export your work to a file now, or delete saved \
                 articles you no longer need."
            }
            SaveError::Unavailable => {
                "This browser does not let whosaid save work, so changes last only until the \
                 page closes. Export your work to a file to keep it."
            }
        }
    }
}

/// The key an article's work is saved under.
#[must_use]
pub fn work_key(fingerprint: &str) -> String {
    format!("{WORK_PREFIX}{fingerprint}")
}

/// The fingerprint a storage key belongs to, if it is one of ours.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[must_use]
pub fn fingerprint_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(WORK_PREFIX)
}

#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[cfg(target_arch = "wasm32")]
fn set(key: &str, value: &str) -> Result<(), SaveError> {
    use wasm_bindgen::JsCast;
    let storage = storage().ok_or(SaveError::Unavailable)?;
    storage.set_item(key, value).map_err(|e| {
        let name = e
            .dyn_ref::<web_sys::DomException>()
            .map(web_sys::DomException::name)
            .unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            SaveError::Full
        } else {
            SaveError::Unavailable
        }
    })
}

#[cfg(target_arch = "wasm32")]
fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

#[cfg(target_arch = "wasm32")]
fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

// Natively (render tests) there is no storage: nothing is saved and nothing loads.
#[cfg(not(target_arch = "wasm32"))]
fn set(_key: &str, _value: &str) -> Result<(), SaveError> {
    Err(SaveError::Unavailable)
}

#[cfg(not(target_arch = "wasm32"))]
fn get(_key: &str) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn remove(_key: &str) {}

/// Everything saved, most recent first.
#[must_use]
pub fn list() -> Vec<SavedWork> {
    get(INDEX_KEY)
        .map(|json| read_index(&json))
        .unwrap_or_default()
}

/// The saved work of one article, as the file text it was saved as.
#[must_use]
pub fn load(fingerprint: &str) -> Option<String> {
    get(&work_key(fingerprint))
}

/// Saves one article's work and lists it. On error nothing is half-written: the work key is
/// written first, and the index only after it succeeded.
pub fn save(entry: &SavedWork, file: &str) -> Result<(), SaveError> {
    set(&work_key(&entry.fingerprint), file)?;
    let mut index = list();
    index.retain(|e| e.fingerprint != entry.fingerprint);
    index.push(entry.clone());
    set(INDEX_KEY, &write_index(&index))
}

/// Deletes one article's saved work.
pub fn delete(fingerprint: &str) {
    remove(&work_key(fingerprint));
    let mut index = list();
    index.retain(|e| e.fingerprint != fingerprint);
    // Shrinking the index cannot run out of space.
    let _ = set(INDEX_KEY, &write_index(&index));
}

/// Calls `on_change(fingerprint)` whenever another tab saves or deletes an article's work.
/// Listening stops when the returned guard is dropped.
#[must_use]
pub fn listen(on_change: impl Fn(String) + 'static) -> Listener {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let closure =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
                if let Some(fp) = e.key().as_deref().and_then(fingerprint_of_key) {
                    on_change(fp.to_string());
                }
            });
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
        }
        Listener {
            closure: Some(closure),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = on_change;
        Listener {}
    }
}

/// Keeps a `storage` event listener alive; dropping it removes the listener.
pub struct Listener {
    #[cfg(target_arch = "wasm32")]
    closure: Option<wasm_bindgen::closure::Closure<dyn Fn(web_sys::StorageEvent)>>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        if let (Some(closure), Some(w)) = (self.closure.take(), web_sys::window()) {
            use wasm_bindgen::JsCast;
            let _ =
                w.remove_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
        }
    }
}
