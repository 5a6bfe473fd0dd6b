//! The browser edge for time and randomness, which the core never touches: the time stamped
//! on edits and the random tag in the ids this browser makes.

use std::rc::Rc;

/// The current time, RFC 3339 in UTC (`2026-11-29T10:00:00.000Z`).
#[must_use]
pub fn now() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::Date::new_0().to_iso_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        // Native builds only render in tests; a fixed time keeps their output stable.
        "2026-01-01T00:00:00.000Z".to_string()
    }
}

/// Six random base-36 characters.
#[must_use]
pub fn random_tag() -> Rc<str> {
    #[cfg(target_arch = "wasm32")]
    let mut n = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    #[cfg(not(target_arch = "wasm32"))]
    let mut n = 0x1234_5678_u64;
    let mut tag = String::with_capacity(6);
    for _ in 0..6 {
        let d = (n % 36) as u32;
        tag.push(char::from_digit(d, 36).unwrap_or('0'));
        n /= 36;
    }
    Rc::from(tag)
}

/// A pending call, cancelled when dropped.
pub struct Timer {
    #[cfg(target_arch = "wasm32")]
    id: i32,
    #[cfg(target_arch = "wasm32")]
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for Timer {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}

/// Calls `f` after `ms` milliseconds, unless the returned timer is dropped first. Natively
/// (render tests) `f` runs at once.
#[must_use]
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<Timer> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let mut f = Some(f);
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            if let Some(f) = f.take() {
                f();
            }
        });
        let id = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                ms,
            )
            .ok()?;
        Some(Timer {
            id,
            _callback: callback,
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ms;
        f();
        None
    }
}
