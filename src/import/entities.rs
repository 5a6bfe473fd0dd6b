//! Character references (`&amp;`, `&#8220;`, `&#x201C;`) as HTML and Markdown write them.

/// Named references whole-article readers meet in news pages: the markup characters, the
/// typographic quotes and dashes a quote detector depends on, common symbols, and the
/// Latin-1 letters of names ("Zelenskyy", "Müller", "Sánchez"). Anything else is left as
/// written, which keeps the text readable and shows that it was not understood.
#[rustfmt::skip]
const NAMED: &[(&str, char)] = &[
    ("amp", '&'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''),
    ("nbsp", '\u{a0}'), ("ensp", '\u{2002}'), ("emsp", '\u{2003}'), ("thinsp", '\u{2009}'),
    ("shy", '\u{ad}'), ("zwnj", '\u{200c}'), ("zwj", '\u{200d}'),
    ("ldquo", '“'), ("rdquo", '”'), ("lsquo", '‘'), ("rsquo", '’'), ("sbquo", '‚'),
    ("bdquo", '„'), ("laquo", '«'), ("raquo", '»'), ("lsaquo", '‹'), ("rsaquo", '›'),
    ("ndash", '–'), ("mdash", '—'), ("hellip", '…'), ("prime", '′'), ("Prime", '″'),
    ("bull", '•'), ("middot", '·'), ("copy", '©'), ("reg", '®'), ("trade", '™'),
    ("deg", '°'), ("euro", '€'), ("pound", '£'), ("cent", '¢'), ("yen", '¥'), ("sect", '§'),
    ("para", '¶'), ("times", '×'), ("divide", '÷'), ("plusmn", '±'), ("frac12", '½'),
    ("frac14", '¼'), ("frac34", '¾'), ("iexcl", '¡'), ("iquest", '¿'), ("ordf", 'ª'),
    ("ordm", 'º'), ("sup1", '¹'), ("sup2", '²'), ("sup3", '³'), ("micro", 'µ'),
    ("Agrave", 'À'), ("Aacute", 'Á'), ("Acirc", 'Â'), ("Atilde", 'Ã'), ("Auml", 'Ä'),
    ("Aring", 'Å'), ("AElig", 'Æ'), ("Ccedil", 'Ç'), ("Egrave", 'È'), ("Eacute", 'É'),
    ("Ecirc", 'Ê'), ("Euml", 'Ë'), ("Igrave", 'Ì'), ("Iacute", 'Í'), ("Icirc", 'Î'),
    ("Iuml", 'Ï'), ("ETH", 'Ð'), ("Ntilde", 'Ñ'), ("Ograve", 'Ò'), ("Oacute", 'Ó'),
    ("Ocirc", 'Ô'), ("Otilde", 'Õ'), ("Ouml", 'Ö'), ("Oslash", 'Ø'), ("Ugrave", 'Ù'),
    ("Uacute", 'Ú'), ("Ucirc", 'Û'), ("Uuml", 'Ü'), ("Yacute", 'Ý'), ("THORN", 'Þ'),
    ("szlig", 'ß'), ("agrave", 'à'), ("aacute", 'á'), ("acirc", 'â'), ("atilde", 'ã'),
    ("auml", 'ä'), ("aring", 'å'), ("aelig", 'æ'), ("ccedil", 'ç'), ("egrave", 'è'),
    ("eacute", 'é'), ("ecirc", 'ê'), ("euml", 'ë'), ("igrave", 'ì'), ("iacute", 'í'),
    ("icirc", 'î'), ("iuml", 'ï'), ("eth", 'ð'), ("ntilde", 'ñ'), ("ograve", 'ò'),
    ("oacute", 'ó'), ("ocirc", 'ô'), ("otilde", 'õ'), ("ouml", 'ö'), ("oslash", 'ø'),
    ("ugrave", 'ù'), ("uacute", 'ú'), ("ucirc", 'û'), ("uuml", 'ü'), ("yacute", 'ý'),
    ("thorn", 'þ'), ("yuml", 'ÿ'), ("Yuml", 'Ÿ'), ("OElig", 'Œ'), ("oelig", 'œ'),
    ("Scaron", 'Š'), ("scaron", 'š'),
];

/// The longest name in [`NAMED`]; a longer run of letters cannot be a known reference.
const LONGEST_NAME: usize = 6;

/// Windows-1252's characters for the C1 range: old pages write `&#147;` for “, and browsers
/// follow the HTML standard in reading it as the quotation mark, not a control character.
#[rustfmt::skip]
const WINDOWS_1252: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
    '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
    'ž', 'Ÿ',
];

/// Appends `text` to `out` with its character references decoded.
///
/// Named references need their `;` (so "AT&T;" and "?a=1&copy=2" in running text stay as
/// written); numeric ones may omit it, as browsers allow. Code points that cannot be
/// characters become U+FFFD.
pub(crate) fn decode_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match reference(after) {
            Some((c, used)) => {
                // A soft hyphen only marks where a word may break; kept, it would split the
                // word for every search ("Zelen&shy;skyy").
                if c != '\u{ad}' {
                    out.push(c);
                }
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The character a reference stands for and how many bytes after the `&` it spans.
fn reference(after: &str) -> Option<(char, usize)> {
    let bytes = after.as_bytes();
    if bytes.first() == Some(&b'#') {
        let (hex, start) = match bytes.get(1) {
            Some(b'x' | b'X') => (true, 2),
            _ => (false, 1),
        };
        let digits = bytes[start..]
            .iter()
            .take_while(|b| {
                if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count();
        if digits == 0 {
            return None;
        }
        let radix = if hex { 16 } else { 10 };
        // Saturate instead of overflowing: any number past U+10FFFF is equally invalid.
        let value = bytes[start..start + digits].iter().fold(0u32, |n, &b| {
            let d = char::from(b).to_digit(radix).unwrap_or(0);
            n.saturating_mul(radix).saturating_add(d)
        });
        let mut used = start + digits;
        if bytes.get(used) == Some(&b';') {
            used += 1;
        }
        let c = match value {
            0x80..=0x9f => WINDOWS_1252[(value - 0x80) as usize],
            0 => '\u{fffd}',
            v => char::from_u32(v).unwrap_or('\u{fffd}'),
        };
        return Some((c, used));
    }
    let name_len = bytes
        .iter()
        .take(LONGEST_NAME + 1)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || name_len > LONGEST_NAME || bytes.get(name_len) != Some(&b';') {
        return None;
    }
    let name = &after[..name_len];
    NAMED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| (c, name_len + 1))
}
