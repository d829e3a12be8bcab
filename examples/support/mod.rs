//! What the terminal demos share: the page width and word wrapping to it.

/// The widest line a demo prints, so that its output reads in an ordinary terminal.
pub const WIDTH: usize = 100;

/// Words wrapped to `WIDTH` columns, the first line after `first`, the rest after `rest`.
pub fn wrap(text: &str, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = String::from(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        let fits = line.chars().count() + 1 + word.chars().count() <= WIDTH;
        if !empty && !fits {
            out.push_str(&line);
            out.push('\n');
            line = String::from(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(&line);
    out.push('\n');
    out
}
