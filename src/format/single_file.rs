//! The one-file annotator with work inside: `whosaid.html` (see `tools/offline.mjs`) with the
//! article, topics and annotations embedded as a whosaid JSON file in a data block, so the
//! receiver double-clicks it and continues where the sender left off.

/// The id of the data block that carries the work.
pub const DATA_ID: &str = "whosaid-data";

/// `template` (the one-file annotator, with or without work in it) carrying `file_json`
/// instead of whatever it carried.
///
/// # Errors
/// When `template` is not the one-file annotator (it has no `</head>`).
pub fn embed(template: &str, file_json: &str) -> Result<String, String> {
    let without = strip(template);
    let head_end = without
        .find("</head>")
        .ok_or_else(|| "the app's one-file copy has no </head>; rebuild it".to_string())?;
    // `</` cannot end a data block early once written `<\/`, which JSON reads as `</`.
    let data = file_json.replace("</", "<\\/");
    let mut out = String::with_capacity(without.len() + data.len() + 64);
    out.push_str(&without[..head_end]);
    out.push_str(&format!(
        "<script type=\"application/json\" id=\"{DATA_ID}\">{data}</script>\n  "
    ));
    out.push_str(&without[head_end..]);
    Ok(out)
}

/// `html` without an embedded data block.
fn strip(html: &str) -> String {
    let open = format!("<script type=\"application/json\" id=\"{DATA_ID}\">");
    let Some(start) = html.find(&open) else {
        return html.to_string();
    };
    let Some(len) = html[start..].find("</script>") else {
        return html.to_string();
    };
    let mut end = start + len + "</script>".len();
    // The white space `embed` put after the block goes with it.
    end += html[end..].len() - html[end..].trim_start_matches([' ', '\n']).len();
    format!("{}{}", &html[..start], &html[end..])
}

#[cfg(test)]
mod tests {
    use super::embed;

    const PAGE: &str = "<!doctype html><html><head><title>t</title>\n  </head><body></body></html>";

    #[test]
    fn embeds_once_and_replaces_on_resave() {
        let once = embed(PAGE, r#"{"a":"</script>"}"#).unwrap();
        assert!(once.contains(r#"id="whosaid-data">{"a":"<\/script>"}</script>"#));
        let twice = embed(&once, "{}").unwrap();
        assert_eq!(twice.matches("whosaid-data").count(), 1);
        assert!(twice.contains(r#"id="whosaid-data">{}</script>"#));
        assert_eq!(embed(&twice, "{}").unwrap(), twice);
    }

    #[test]
    fn refuses_a_page_without_head() {
        assert!(embed("<html>", "{}").is_err());
    }
}
