//! The limits a query is held to before the grammar runs: its length, and how deep it nests.
//! Pest recurses on `(`, and so does every walk of the tree, so depth is counted here first,
//! in one pass that does not recurse.

use crate::language::error::{QueryError, Snippet};
use crate::language::syntax::Span;

/// The longest query accepted, in bytes. Longer input is refused before it is parsed.
///
/// ```
/// let long = format!("estimates where id = \"{}\"", "x".repeat(facts::MAX_QUERY_LEN));
/// assert!(matches!(facts::query(&long), Err(facts::QueryError::TooLong { .. })));
/// ```
pub const MAX_QUERY_LEN: usize = 16 * 1024;

/// The deepest nesting accepted: open parentheses plus the `not`s in force, and the steps of
/// a path (`source.actors.name` is three). Checked before the grammar runs, because the
/// grammar recurses on `(` and so does every walk of the tree. At this depth an unoptimised
/// build uses about 350 KiB of stack, well inside a default thread's 2 MiB.
///
/// ```
/// let deep = format!("estimates where {}value > 1", "not ".repeat(facts::MAX_DEPTH + 1));
/// assert!(matches!(facts::query(&deep), Err(facts::QueryError::TooDeep { .. })));
/// ```
pub const MAX_DEPTH: usize = 32;

/// Refuses a query longer than [`MAX_QUERY_LEN`] or nested deeper than [`MAX_DEPTH`].
pub(super) fn within_limits(query: &str) -> Result<(), QueryError> {
    if query.len() > MAX_QUERY_LEN {
        return Err(QueryError::TooLong {
            len: query.len(),
            max: MAX_QUERY_LEN,
        });
    }
    check_depth(query).map_err(|span| QueryError::TooDeep {
        at: Snippet::new(query, span),
        max: MAX_DEPTH,
    })?;
    Ok(())
}

/// Whether `query` is too short to nest deeper than [`MAX_DEPTH`], so that [`check_depth`]
/// need not walk it. A level costs a `(` or a `not` with the byte after it, and a path of more
/// than [`MAX_DEPTH`] steps at least two bytes a step; counting the `(` is one quick pass.
pub(super) fn too_short_to_nest(query: &str) -> bool {
    let parens = query.bytes().filter(|&b| b == b'(').count();
    query.len() <= 2 * MAX_DEPTH && parens + (query.len() + 1) / 4 <= MAX_DEPTH
}

/// Refuses nesting deeper than [`MAX_DEPTH`] without recursing: open parentheses count one
/// level each, and so does each `not` until the test or group it applies to ends. Returns the
/// span of the token that went too deep.
pub(super) fn check_depth(query: &str) -> Result<(), Span> {
    if too_short_to_nest(query) {
        return Ok(());
    }
    let bytes = query.as_bytes();
    // For each open `(`, the number of `not`s pending before it.
    let mut stack: Vec<usize> = Vec::new();
    let mut pending_nots = 0usize;
    let mut level = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        match b {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                level -= pending_nots;
                pending_nots = 0;
                continue;
            }
            b'(' => {
                stack.push(pending_nots);
                pending_nots = 0;
                level += 1;
            }
            b')' => {
                if let Some(nots) = stack.pop() {
                    level -= pending_nots + 1 + nots;
                    pending_nots = 0;
                }
            }
            // After an operator, in a list or at its end, a `not` is a value (`name = not`,
            // `[not, not]`), and applies to nothing.
            b'=' | b'<' | b'>' | b'!' | b'[' | b',' | b']' => {
                level -= pending_nots;
                pending_nots = 0;
            }
            b if b.is_ascii_alphanumeric() || b == b'_' => {
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || b"_-.".contains(&bytes[i]))
                {
                    i += 1;
                }
                let word = &query[start..i];
                if word.eq_ignore_ascii_case("not") {
                    pending_nots += 1;
                    level += 1;
                } else {
                    // Point at the first step past the limit, not the whole path.
                    if let Some((offset, step)) = word
                        .split('.')
                        .scan(0, |offset, step| {
                            let at = *offset;
                            *offset += step.len() + 1;
                            Some((at, step))
                        })
                        .nth(MAX_DEPTH)
                        // `a..b` has an empty step: a slip the grammar points at, not depth.
                        .filter(|_| !word.split('.').any(str::is_empty))
                    {
                        return Err(start + offset..start + offset + step.len());
                    }
                    level -= pending_nots;
                    pending_nots = 0;
                }
                if level > MAX_DEPTH {
                    return Err(start..i);
                }
                continue;
            }
            _ => {}
        }
        i += 1;
        if level > MAX_DEPTH {
            return Err(start..i);
        }
    }
    Ok(())
}
