//! Any text through `facts::query`: never a panic, a hang or a stack overflow, and an error
//! always points inside the query, at something.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Queries are text; bytes that are not UTF-8 cannot reach the API.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match facts::query(text) {
        Ok(answer) => {
            // Drawing and serializing the answer follow references too.
            let _ = answer.to_string();
            serde_json::to_string(&answer).expect("answers serialize");
        }
        Err(err) => check_error(&err, text),
    }
});

/// The span lies within the query, on character boundaries, and is empty only at the end of
/// the query (where a token was missing); drawing the caret does not panic.
fn check_error(err: &facts::QueryError, text: &str) {
    let span = err.span();
    assert!(span.start <= span.end, "{span:?} is backwards");
    assert!(
        span.end <= text.len(),
        "{span:?} is past the end of {text:?}"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{span:?} cuts a character of {text:?}"
    );
    assert!(
        !span.is_empty() || span.start == text.len(),
        "{span:?} points at nothing in {text:?}: {err}"
    );
    assert!(!err.to_string().is_empty());
}
