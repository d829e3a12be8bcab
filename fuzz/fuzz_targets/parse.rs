//! Any text through `facts::Query::parse`; what parses prints back to text that parses to an
//! equal query, and runs.
#![no_main]

use facts::{Dataset, Query};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let query = match Query::parse(text) {
        Ok(query) => query,
        Err(err) => {
            let span = err.span();
            assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            assert!(
                !span.is_empty() || span.start == text.len(),
                "{span:?}: {err}"
            );
            let _ = err.to_string();
            return;
        }
    };
    let printed = query.to_string();
    let reparsed = match Query::parse(&printed) {
        Ok(q) => q,
        Err(err) => panic!("{text:?} printed as {printed:?}, which does not parse:\n{err}"),
    };
    assert_eq!(reparsed, query, "{text:?} printed as {printed:?}");
    // Printing is a fixed point: the printed form prints as itself.
    assert_eq!(reparsed.to_string(), printed);
    let answer = query.run(Dataset::builtin());
    let _ = answer.to_string();
    serde_json::to_string(&answer).expect("answers serialize");
});
