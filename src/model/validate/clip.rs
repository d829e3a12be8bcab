//! Texts a message repeats, cut short: a problem keeps an id or a quote whole, but its message
//! must point at the mistake, and an id or quote of a megabyte would bury it.

use std::fmt;

/// A text a message repeats, cut to its first [`Clip::MAX_CHARS`] characters. The problem
/// itself keeps the whole text.
pub(super) struct Clip<'a> {
    text: &'a str,
    /// The marks around the text: `` ` `` for an id, `"` for a quote, none for a record's name.
    mark: &'static str,
}

impl<'a> Clip<'a> {
    /// Longer than any id or quote a person writes, short enough to read in a terminal.
    pub(super) const MAX_CHARS: usize = 200;

    /// An id, in backticks.
    pub(super) fn code(text: &'a str) -> Self {
        Clip { text, mark: "`" }
    }

    /// A quote, in double quotes.
    pub(super) fn quoted(text: &'a str) -> Self {
        Clip { text, mark: "\"" }
    }

    /// A record's id in its name, unmarked.
    #[cfg(any(test, feature = "load"))]
    pub(super) fn plain(text: &'a str) -> Self {
        Clip { text, mark: "" }
    }
}

impl fmt::Display for Clip<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = self.mark;
        match self.text.char_indices().nth(Clip::MAX_CHARS) {
            None => write!(f, "{mark}{}{mark}", self.text),
            Some((end, _)) => write!(
                f,
                "{mark}{}…{mark} ({} bytes)",
                &self.text[..end],
                self.text.len()
            ),
        }
    }
}

/// `message` with every stretch between two backticks, or two double quotes, cut as [`Clip`]
/// cuts it: a parser's message quotes the value it refused, which may be a megabyte long.
pub fn clip_quoted(message: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(message.len().min(1 << 10));
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let mark = if rest.as_bytes()[open] == b'`' {
            "`"
        } else {
            "\""
        };
        let inside = &rest[open + 1..];
        let Some(close) = inside.find(mark) else {
            break;
        };
        out.push_str(&rest[..open]);
        let clip = Clip {
            text: &inside[..close],
            mark,
        };
        write!(out, "{clip}").expect("writing to a String cannot fail");
        rest = &inside[close + 1..];
    }
    out.push_str(rest);
    out
}
