//! Reading JSON annotation files: the size, encoding and syntax checks every format shares,
//! and [`Obj`], which reads fields and names the item and field in every error.

use serde_json::{Map, Value};

use super::{ErrorKind, FileError, MAX_ANNOTATION_FILE_BYTES};

/// Refuses a file larger than [`MAX_ANNOTATION_FILE_BYTES`], before it is read, so a huge
/// file gets a message instead of a frozen page.
///
/// # Errors
/// [`ErrorKind::TooLarge`] naming the size and the limit.
pub fn check_size(file: &str, bytes: usize) -> Result<(), FileError> {
    if bytes <= MAX_ANNOTATION_FILE_BYTES {
        return Ok(());
    }
    // One decimal place, so a file just over the limit does not read "32.0 MB".
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    Err(FileError::whole(
        ErrorKind::TooLarge,
        format!(
            "the file is too large to read ({}.{} MB); annotation files can be up to {} MB",
            tenths / 10,
            tenths % 10,
            MAX_ANNOTATION_FILE_BYTES / (1024 * 1024)
        ),
    )
    .in_file(file))
}

/// Checks the size and encoding of `bytes` and parses them as JSON.
pub(super) fn parse(file: &str, bytes: &[u8]) -> Result<Value, FileError> {
    check_size(file, bytes.len())?;
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        FileError::whole(
            ErrorKind::NotUtf8,
            format!(
                "not UTF-8 text: byte {at} (line {line}) is not valid UTF-8; save the file as UTF-8"
            ),
        )
        .in_file(file)
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileError::whole(ErrorKind::NotJson, "the file is empty").in_file(file));
    }
    serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        let what = full
            .rfind(" at line ")
            .map_or(full.as_str(), |i| &full[..i]);
        FileError::whole(
            ErrorKind::NotJson,
            format!(
                "not valid JSON at line {}, column {}: {what}",
                e.line(),
                e.column()
            ),
        )
        .in_file(file)
    })
}

/// What a JSON value is, in words for messages.
pub(super) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A JSON object and where it is in the file (`quotes[3] (id "quote-4")`), so that every
/// error names the item and the field.
pub(super) struct Obj<'a> {
    pub map: &'a Map<String, Value>,
    pub at: String,
    /// The fields this object is inside of (`"article."`), for nested objects.
    pub path: String,
}

impl<'a> Obj<'a> {
    /// `v` as an object at `at`.
    pub fn of(v: &'a Value, at: impl Into<String>) -> Result<Obj<'a>, FileError> {
        let at = at.into();
        match v {
            Value::Object(map) => Ok(Obj {
                map,
                at,
                path: String::new(),
            }),
            other => Err(FileError::at(
                ErrorKind::WrongType,
                at,
                format!("must be an object, not {}", type_name(other)),
            )),
        }
    }

    /// Where field `key` is.
    pub fn field(&self, key: &str) -> String {
        if self.at.is_empty() {
            format!("field \"{}{key}\"", self.path)
        } else {
            format!("{}, field \"{}{key}\"", self.at, self.path)
        }
    }

    /// Where this object is: its item, and its field when it is nested.
    pub fn place(&self) -> String {
        match (self.at.is_empty(), self.path.strip_suffix('.')) {
            (_, Some(path)) if self.at.is_empty() => format!("field \"{path}\""),
            (_, Some(path)) => format!("{}, field \"{path}\"", self.at),
            _ => self.at.clone(),
        }
    }

    /// An error about field `key`.
    pub fn err(&self, kind: ErrorKind, key: &str, message: impl Into<String>) -> FileError {
        FileError::at(kind, self.field(key), message)
    }

    fn wrong(&self, key: &str, want: &str, v: &Value) -> FileError {
        let found = match v {
            Value::Number(n) => n.to_string(),
            other => type_name(other).to_string(),
        };
        self.err(
            ErrorKind::WrongType,
            key,
            format!("must be {want}, not {found}"),
        )
    }

    /// The field's value; `null` counts as absent.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// The field's value, which must be there.
    pub fn req(&self, key: &str) -> Result<&'a Value, FileError> {
        self.get(key).ok_or_else(|| {
            let message = format!("the field \"{}{key}\" is missing", self.path);
            if self.at.is_empty() {
                FileError::whole(ErrorKind::Missing, message)
            } else {
                FileError::at(ErrorKind::Missing, self.at.clone(), message)
            }
        })
    }

    pub fn str(&self, key: &str) -> Result<&'a str, FileError> {
        let v = self.req(key)?;
        v.as_str().ok_or_else(|| self.wrong(key, "text", v))
    }

    pub fn opt_str(&self, key: &str) -> Result<Option<&'a str>, FileError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v
                .as_str()
                .map(Some)
                .ok_or_else(|| self.wrong(key, "text", v)),
        }
    }

    /// A whole number, 0 or more.
    pub fn uint(&self, key: &str) -> Result<u64, FileError> {
        let v = self.req(key)?;
        v.as_u64()
            .or_else(|| {
                v.as_f64()
                    .filter(|f| *f >= 0.0 && f.fract() == 0.0 && *f < 9.0e15)
                    .map(|f| f as u64)
            })
            .ok_or_else(|| self.wrong(key, "a whole number, 0 or more", v))
    }

    pub fn num(&self, key: &str) -> Result<f64, FileError> {
        let v = self.req(key)?;
        v.as_f64().ok_or_else(|| self.wrong(key, "a number", v))
    }

    /// A flag, `default` when absent.
    pub fn bool_or(&self, key: &str, default: bool) -> Result<bool, FileError> {
        match self.get(key) {
            None => Ok(default),
            Some(v) => v
                .as_bool()
                .ok_or_else(|| self.wrong(key, "true or false", v)),
        }
    }

    /// A list, empty when absent.
    pub fn list_or_empty(&self, key: &str) -> Result<&'a [Value], FileError> {
        match self.get(key) {
            None => Ok(&[]),
            Some(Value::Array(items)) => Ok(items),
            Some(v) => Err(self.wrong(key, "a list", v)),
        }
    }

    /// A nested object, which must be there.
    pub fn obj(&self, key: &str) -> Result<Obj<'a>, FileError> {
        let v = self.req(key)?;
        match v {
            Value::Object(map) => Ok(Obj {
                map,
                at: self.at.clone(),
                path: format!("{}{key}.", self.path),
            }),
            other => Err(self.wrong(key, "an object", other)),
        }
    }
}
