//! The reader example over real HTTP: the page, the API's rows, counts, groups and errors,
//! escaping of hostile text, and the limits that keep one bad client from stopping it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

mod common;
use common::example::example;

/// A running reader, stopped when dropped.
struct Reader {
    child: Child,
    address: String,
}

impl Reader {
    fn start(args: &[&str], fault: bool) -> Reader {
        let mut command = Command::new(example("reader"));
        command
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        if fault {
            command.env("FACTS_READER_FAULT", "1");
        }
        let mut child = command.spawn().expect("the reader starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout is piped"))
            .read_line(&mut line)
            .expect("the reader prints its address");
        let address = line
            .trim()
            .strip_prefix("reader: http://")
            .and_then(|a| a.strip_suffix('/'))
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_owned();
        Reader { child, address }
    }

    /// Sends `request` as it stands and reads the whole response: status, head, body.
    fn raw(&self, request: &[u8]) -> (u16, String, String) {
        let mut stream = TcpStream::connect(&self.address).expect("the reader listens");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream.write_all(request).expect("the request is sent");
        let mut response = Vec::new();
        stream.read_to_end(&mut response).expect("a response");
        let response = String::from_utf8(response).expect("UTF-8");
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        (status, head.to_owned(), body.to_owned())
    }

    fn get(&self, target: &str) -> (u16, String, String) {
        self.raw(format!("GET {target} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes())
    }

    fn query(&self, query: &str) -> (u16, serde_json::Value) {
        let (status, _, body) = self.get(&format!("/api/query?q={}", encode(query)));
        (status, serde_json::from_str(&body).expect("JSON"))
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn the_page_and_its_answers() {
    let reader = Reader::start(&[], false);
    let (status, head, page) = reader.get("/");
    assert_eq!(status, 200);
    assert!(head.contains("Content-Type: text/html"), "{head}");
    assert!(
        head.contains("Content-Security-Policy: default-src 'none'"),
        "{head}"
    );
    assert!(page.contains("id=\"facts-data\""));
    assert!(page.contains("<svg"), "the chart is on the page");
    assert!(!page.contains("/*DATA*/") && !page.contains("<!--CHART-->"));

    let (status, rows) = reader.query("estimates where topic = casualties select id, value");
    assert_eq!(status, 200);
    assert_eq!(
        rows["answer"],
        serde_json::json!([
            {"id": "killed-about-2000", "value": 2000},
            {"id": "killed-about-600", "value": 600},
            {"id": "wounded-more-than-4000", "value": 4000},
        ])
    );
    assert_eq!(
        rows["records"][1],
        serde_json::json!({"collection": "estimates", "id": "killed-about-600"})
    );

    let (_, count) = reader.query("count claims where status = unconfirmed");
    assert_eq!(count["answer"], serde_json::json!({"count": 1}));
    let (_, groups) = reader.query("estimates group by measure");
    assert_eq!(groups["answer"].as_array().map(Vec::len), Some(3));
    assert_eq!(groups["answer"][2]["key"], "wounded");
    let (_, found) = reader.query("find Kyiv");
    assert_eq!(found["answer"]["find"], "Kyiv");
    assert_eq!(
        found["records"].as_array().map(Vec::len),
        found["answer"]["records"].as_array().map(Vec::len)
    );

    let (status, error) = reader.query("estimates where topc = casualties");
    assert_eq!(status, 400);
    assert_eq!(error["error"]["kind"], "UnknownField");
    assert_eq!(
        error["error"]["span"],
        serde_json::json!({"start": 16, "end": 20})
    );
    assert!(error["error"]["text"].as_str().unwrap().contains("^^^^"));

    let (status, _, body) = reader.get("/api/records/yu-yong-weon");
    assert_eq!(status, 200);
    let records: serde_json::Value = serde_json::from_str(&body).unwrap();
    let collections: Vec<&str> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["collection"].as_str().unwrap())
        .collect();
    assert_eq!(
        collections,
        ["actors", "sources"],
        "an actor and a source share the id"
    );
    assert!(records[0]["quote"]["utf16_start"].is_number());
    assert_eq!(reader.get("/api/records/no-such-record").0, 404);
    // An id arrives percent-encoded, and quotes in it stay in it.
    assert_eq!(reader.get("/api/records/yu%2Dyong%2Dweon").0, 200);
    assert_eq!(
        reader
            .get("/api/records/a%22%20or%20id%20%3D%20%22capture")
            .0,
        404
    );
    assert_eq!(reader.get("/elsewhere").0, 404);
    assert_eq!(reader.get("/api/query").0, 400);
}

#[test]
fn hostile_text_stays_text() {
    // A dataset whose claim says what a page must never run.
    let hostile = r#"<script>alert("x")</script> & 'quoted' </script><!--"#;
    let mut jsonl = Vec::new();
    facts::Dataset::builtin().write_jsonl(&mut jsonl).unwrap();
    let lines: Vec<String> = String::from_utf8(jsonl)
        .unwrap()
        .lines()
        .map(|line| {
            let mut value: serde_json::Value = serde_json::from_str(line).unwrap();
            if value["record"]["id"] == "death-sentence" {
                value["record"]["text"] = serde_json::Value::from(hostile);
            }
            value.to_string()
        })
        .collect();
    let path =
        std::env::temp_dir().join(format!("facts-reader-hostile-{}.jsonl", std::process::id()));
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let reader = Reader::start(&["--jsonl", path.to_str().unwrap()], false);
    let (status, _, page) = reader.get("/");
    assert_eq!(status, 200);
    let data = page.split("id=\"facts-data\"").nth(1).unwrap();
    let data = &data[..data.find("</script>").unwrap()];
    assert!(!data.contains('<'), "the page's data holds no markup");
    let start = data.find('{').unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&data[start..]).unwrap();
    let lines: Vec<&str> = parsed["marks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["line"].as_str())
        .collect();
    assert!(
        lines.iter().any(|l| l.contains(hostile)),
        "the text survives, as text"
    );

    let (status, answer) = reader.query(&format!(
        "claims where text contains {}",
        serde_json::Value::from(hostile)
    ));
    assert_eq!(status, 200);
    assert_eq!(answer["records"][0]["id"], "death-sentence");
    let (status, error) = reader.query(hostile);
    assert_eq!(status, 400);
    assert_eq!(error["query"], hostile);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn limits_refuse_a_bad_request_and_the_server_goes_on() {
    let reader = Reader::start(&[], true);
    // Only GET.
    let (status, head, _) = reader.raw(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    assert_eq!(status, 405);
    assert!(head.contains("Allow: GET"));
    // A request head larger than the bound.
    let big = format!("GET /?{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(40_000));
    assert_eq!(reader.raw(big.as_bytes()).0, 431);
    // A slow client is cut off, while others are answered meanwhile.
    let slow = {
        let address = reader.address.clone();
        std::thread::spawn(move || {
            let mut stream = TcpStream::connect(address).unwrap();
            stream.write_all(b"GET / HTTP/1.1\r\n").unwrap();
            let mut response = String::new();
            stream.read_to_string(&mut response).unwrap();
            response
        })
    };
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(reader.get("/api/query?q=count+actors").0, 200);
    let response = slow.join().unwrap();
    assert!(response.starts_with("HTTP/1.1 408"), "{response}");
    // A handler that panics answers 500, and the server answers the next request.
    assert_eq!(reader.get("/api/fault").0, 500);
    assert_eq!(reader.get("/api/query?q=count+actors").0, 200);
}

#[test]
fn the_fault_is_there_only_when_asked_for() {
    let reader = Reader::start(&[], false);
    assert_eq!(reader.get("/api/fault").0, 404);
}

#[test]
fn flags_are_checked() {
    let out = Command::new(example("reader"))
        .args(["--port", "many"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(example("reader"))
        .arg("--help")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("--bind ADDR"));
}

#[test]
fn a_large_dataset_gives_a_page_a_browser_holds() {
    // The embedded facts, and thousands more figures like one of them.
    let mut jsonl = Vec::new();
    facts::Dataset::builtin().write_jsonl(&mut jsonl).unwrap();
    let mut lines: Vec<String> = String::from_utf8(jsonl)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let estimate = lines
        .iter()
        .find(|l| l.contains("\"id\":\"wounded-more-than-4000\""))
        .cloned()
        .unwrap();
    for i in 0..6_000 {
        let mut value: serde_json::Value = serde_json::from_str(&estimate).unwrap();
        value["record"]["id"] = serde_json::Value::from(format!("copy-{i}"));
        value["record"]["reported_with"] = serde_json::json!([]);
        lines.push(value.to_string());
    }
    let path =
        std::env::temp_dir().join(format!("facts-reader-large-{}.jsonl", std::process::id()));
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let reader = Reader::start(&["--jsonl", path.to_str().unwrap()], false);
    let (status, _, page) = reader.get("/");
    assert_eq!(status, 200);
    assert!(page.len() < 4_000_000, "a page of {} bytes", page.len());
    assert!(
        page.contains("\"unmarked\":"),
        "the page says what it leaves out"
    );
    assert!(!page.contains("\"unmarked\":0,"));
    let (_, count) = reader.query("count estimates");
    assert_eq!(
        count["answer"]["count"], 6_005,
        "the API answers over everything"
    );
    let _ = std::fs::remove_file(&path);
}
