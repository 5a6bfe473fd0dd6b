//! The browser edge for time and randomness, which the core never touches: the time stamped
//! on edits, the random tag in the ids this browser makes, and timers (including "after the
//! next paint", which lets the article draw before the side panel).

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

/// Calls `f` once, after the browser has painted its next frame: in a task queued from that
/// frame's animation callback. A page in a background tab paints no frames, so `f` also runs
/// after `fallback_ms` if no frame came first. Natively (render tests) `f` runs at once.
///
/// It cannot be cancelled; it is meant for one-off work at start-up.
pub fn after_next_paint(fallback_ms: i32, f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use std::cell::RefCell;
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let Some(window) = web_sys::window() else {
            f();
            return;
        };
        // Whichever comes first, the frame's task or the fallback timer, takes `f`.
        fn taker<F: FnOnce()>(slot: &Rc<RefCell<Option<F>>>) -> impl FnOnce() {
            let slot = slot.clone();
            move || {
                let f = slot.borrow_mut().take();
                if let Some(f) = f {
                    f();
                }
            }
        }
        let slot = Rc::new(RefCell::new(Some(f)));
        let (in_task, in_fallback) = (taker(&slot), taker(&slot));
        let task_window = window.clone();
        // `once_into_js` frees each closure when it runs; the one that never runs stays
        // allocated, a few bytes once per page.
        let frame = Closure::once_into_js(move || {
            let task = Closure::once_into_js(in_task);
            let _ = task_window
                .set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
        });
        let _ = window.request_animation_frame(frame.unchecked_ref());
        let fallback = Closure::once_into_js(in_fallback);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            fallback.unchecked_ref(),
            fallback_ms,
        );
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = fallback_ms;
        f();
    }
}
