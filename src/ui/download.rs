//! The browser edge for files that leave the app: downloads (no server involved) and the
//! one-file annotator that "Save as one file" writes.

use crate::format::single_file::DATA_ID;

/// Offers `text` to the user as a download named `file_name`.
///
/// # Errors
/// When the browser refuses to make the file (a message for the user).
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let fail =
            |what: &str| format!("Could not save {file_name}: the browser refused to {what}.");
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
            .map_err(|_| fail("make the file"))?;
        let url =
            web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("make the file"))?;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or_else(|| fail("find the page"))?;
        let link: web_sys::HtmlAnchorElement = document
            .create_element("a")
            .map_err(|_| fail("start the download"))?
            .unchecked_into();
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Ok(())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (mime, text);
        Err(format!(
            "Could not save {file_name}: downloads need a browser."
        ))
    }
}

/// The work embedded in this page, when it is a one-file annotator that carries some.
#[must_use]
pub fn embedded_work() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let document = web_sys::window()?.document()?;
        document
            .get_element_by_id(DATA_ID)?
            .text_content()
            .filter(|t| !t.trim().is_empty())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = DATA_ID;
        None
    }
}

/// The one-file annotator to write work into: this page itself when it is one (opened from
/// disk, no network needed), else `whosaid.html` from the server this page came from.
///
/// # Errors
/// When neither is available (a message for the user).
pub async fn single_file_template() -> Result<String, String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::JsFuture;
        let window = web_sys::window().ok_or("no window")?;
        let document = window.document().ok_or("no document")?;
        if document.get_element_by_id("whosaid-wasm").is_some() {
            let head = document.head().ok_or("no <head>")?.inner_html();
            return Ok(format!(
                "<!doctype html>\n<html lang=\"en\">\n  <head>{head}</head>\n  <body>\n    \
                 <noscript>whosaid needs JavaScript and WebAssembly to run.</noscript>\n  \
                 </body>\n</html>\n"
            ));
        }
        let fail = |_| {
            "Could not load whosaid.html from the server to save a copy; try again online."
                .to_string()
        };
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str("./whosaid.html"))
            .await
            .map_err(fail)?
            .unchecked_into();
        if !response.ok() {
            return Err(format!(
                "The server has no whosaid.html (status {}); rebuild the app.",
                response.status()
            ));
        }
        let text = JsFuture::from(response.text().map_err(fail)?)
            .await
            .map_err(fail)?;
        text.as_string()
            .ok_or_else(|| "whosaid.html is not text".to_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Err("Saving as one file needs a browser.".to_string())
    }
}
