//! A quote's place, read by another language than Rust: Python slices the report by the code
//! points the JSON gives (as W3C Web Annotation counts), and by the UTF-16 units (as JavaScript
//! counts), and gets the quoted words.

use std::path::Path;
use std::process::Command;

/// The Python script: for every record of the JSON Lines on stdin, every quote sliced from the
/// report file by code points and by UTF-16 units must be its text; prints how many it checked.
const SCRIPT: &str = r#"
import json, sys
report = open(sys.argv[1], encoding="utf-8", newline="").read()
utf16 = report.encode("utf-16-le")
checked = 0
for line in sys.stdin:
    record = json.loads(line)["record"]
    quotes = [record["quote"]] if "quote" in record else []
    quotes += record.get("restated", [])
    for q in quotes:
        by_chars = report[q["char_start"]:q["char_end"]]
        assert by_chars == q["text"], (q, by_chars)
        by_units = utf16[2 * q["utf16_start"]:2 * q["utf16_end"]].decode("utf-16-le")
        assert by_units == q["text"], (q, by_units)
        # The byte offsets are of UTF-8, not of characters: they slice the encoded text.
        assert report.encode("utf-8")[q["start"]:q["end"]].decode("utf-8") == q["text"]
        checked += 1
print(checked)
"#;

#[test]
fn python_slices_the_report_by_code_points_and_utf16_units() {
    let python = match Command::new("python3").arg("--version").output() {
        Ok(out) if out.status.success() => "python3",
        _ => {
            eprintln!("SKIPPED: python3 is not installed, so the offsets were not read by Python");
            return;
        }
    };
    let mut jsonl = Vec::new();
    facts::Dataset::builtin().write_jsonl(&mut jsonl).unwrap();
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/article.txt");
    // The script reads the report from its file, not from the JSON: the offsets must hold for
    // the file a reader of the report has.
    let report = std::fs::read_to_string(&article).unwrap();
    assert_eq!(facts::reports().first().unwrap().text(), report);
    assert!(
        report.len() > report.chars().count(),
        "the report has characters of more than one byte, so the units differ"
    );

    let mut child = Command::new(python)
        .arg("-c")
        .arg(SCRIPT)
        .arg(&article)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), &jsonl).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let checked: usize = String::from_utf8(out.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let d = facts::Dataset::builtin();
    let expected = d.actors().len()
        + d.events().len()
        + d.sources().len()
        + d.estimates()
            .iter()
            .map(|e| 1 + e.restated().len())
            .sum::<usize>()
        + d.claims()
            .iter()
            .map(|c| 1 + c.restated().len())
            .sum::<usize>();
    assert_eq!(checked, expected, "every quote was checked");
}

#[test]
fn the_units_agree_in_rust_too() {
    let d = facts::Dataset::builtin();
    let report = d.reports().first().unwrap().text();
    let utf16: Vec<u16> = report.encode_utf16().collect();
    let quotes = d
        .claims()
        .iter()
        .flat_map(|c| std::iter::once(c.quote()).chain(c.restated()))
        .chain(d.actors().iter().map(|a| a.quote()));
    for quote in quotes {
        let chars = quote.char_range();
        let by_chars: String = report.chars().skip(chars.start).take(chars.len()).collect();
        assert_eq!(by_chars, quote.text());
        let units = quote.utf16_range();
        assert_eq!(String::from_utf16(&utf16[units]).unwrap(), quote.text());
    }
}
