//! Tests of the parts of reading and checking that the fact files under `tests/fixtures/`
//! cannot reach one at a time: line counting, and cutting long texts in messages.

use super::clip::{Clip, clip_quoted};
// Reading and checking are compiled with `load`.
#[cfg(feature = "load")]
use super::references::is_kebab;
#[cfg(feature = "load")]
use super::toml_file::{TomlFile, line_breaks, line_of};

#[cfg(feature = "load")]
#[test]
fn a_record_s_line_is_found_from_the_breaks_as_counting_finds_it() {
    let text = "a\nbc\n\n[[actor]]\nid = 1\n".to_owned();
    let file = TomlFile {
        name: "x.toml".into(),
        breaks: line_breaks(&text),
        text: text.clone(),
        value: (),
    };
    for offset in 0..text.len() + 3 {
        assert_eq!(file.line(offset), line_of(&text, offset), "at {offset}");
    }
}

#[test]
fn a_clip_cuts_at_a_character_and_says_how_long_the_whole_was() {
    let short = "ä".repeat(Clip::MAX_CHARS);
    assert_eq!(Clip::code(&short).to_string(), format!("`{short}`"));
    let long = "ä".repeat(Clip::MAX_CHARS + 1);
    let bytes = long.len();
    assert_eq!(
        Clip::quoted(&long).to_string(),
        format!("\"{short}…\" ({bytes} bytes)")
    );
    assert_eq!(Clip::plain("").to_string(), "");
}

#[test]
fn a_message_keeps_short_quotes_and_cuts_long_ones() {
    let long = "é".repeat(Clip::MAX_CHARS + 5);
    let cut = "é".repeat(Clip::MAX_CHARS);
    let bytes = long.len();
    assert_eq!(
        clip_quoted(&format!("unknown variant `{long}`, expected `a` or \"b\"")),
        format!("unknown variant `{cut}…` ({bytes} bytes), expected `a` or \"b\"")
    );
    assert_eq!(
        clip_quoted(&format!("a string \"{long}\"")),
        format!("a string \"{cut}…\" ({bytes} bytes)")
    );
    // A mark left open is not a quote: the text stays as it is.
    for text in ["", "no marks", "`open", "`a` and \"open", "``", "\"`\"`"] {
        assert_eq!(clip_quoted(text), text);
    }
}

#[cfg(feature = "load")]
#[test]
fn an_id_is_kebab_case_as_splitting_at_its_dashes_reads_it() {
    let split = |id: &str| {
        !id.is_empty()
            && id.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
    };
    let ids = [
        "",
        "-",
        "--",
        "a",
        "a-",
        "-a",
        "a--b",
        "a-b",
        "capture",
        "killed-about-600",
        "Capture",
        "a_b",
        "a b",
        "ä",
        "a-ä",
        "9",
        "9-x-0",
        "x-",
    ];
    for id in ids {
        assert_eq!(is_kebab(id), split(id), "{id:?}");
    }
}
