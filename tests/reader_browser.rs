//! The reader in a real browser: Chromium, headless, driven through ChromeDriver's WebDriver
//! protocol (plain HTTP and JSON, spoken here by hand). It types a query, reads the rows from
//! the page, clicks one and checks that its words in the report are lit and in view, loads a
//! bad query from the address and checks the caret, and saves a screenshot under `target/`.
//!
//! It needs `chromedriver` and `chromium` (Debian's `chromium-driver` and `chromium`, which
//! `.ci/run` installs). Without them it says so and passes; under `CI=true` it fails.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

mod common;
use common::example::example;

/// A child process killed when dropped.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| PathBuf::from(dir).join(name))
        .find(|path| path.is_file())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One WebDriver command: a method, a path, a JSON body; the `value` of the answer.
fn webdriver(port: u16, method: &str, path: &str, body: Option<Value>) -> Value {
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("chromedriver listens");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    // ChromeDriver may keep the connection open: read the head, then as many bytes as it says.
    let mut reader = BufReader::new(stream);
    let mut length = 0;
    let mut head = String::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        if line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap();
        }
        head.push_str(&line);
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    let response = format!("{head}\r\n{}", String::from_utf8_lossy(&body));
    let json = String::from_utf8_lossy(&body);
    let json = json.as_ref();
    let value: Value =
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{method} {path}: {e}: {response}"));
    assert!(
        value["value"]["error"].is_null(),
        "{method} {path}: {}",
        value["value"]
    );
    value["value"].clone()
}

/// A browser session on the reader.
struct Browser {
    port: u16,
    session: String,
}

impl Browser {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        webdriver(
            self.port,
            method,
            &format!("/session/{}{path}", self.session),
            body,
        )
    }

    fn script(&self, script: &str) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": []})),
        )
    }

    /// Waits until `script` returns true (up to ten seconds).
    fn until(&self, what: &str, script: &str) {
        let started = Instant::now();
        while self.script(script) != json!(true) {
            if started.elapsed() > Duration::from_secs(10) {
                let state = self.script(
                    "return [document.getElementById('q').value, \
                     document.getElementById('answer').textContent.slice(0, 300), \
                     document.getElementById('error').textContent]",
                );
                panic!("waited for {what}; the box, the answer, the error: {state}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn element(&self, css: &str) -> String {
        let found = self.call(
            "POST",
            "/element",
            Some(json!({"using": "css selector", "value": css})),
        );
        found
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .expect("an element")
            .to_owned()
    }
}

fn decode_base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let clean: Vec<u8> = text.bytes().filter(|c| !b"=\r\n".contains(c)).collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &c)| n | (u32::from(value(c)) << (18 - 6 * i)));
        out.extend_from_slice(&n.to_be_bytes()[1..chunk.len()]);
    }
    out
}

#[test]
fn a_reader_types_a_query_follows_a_row_and_reads_an_error() {
    let (Some(driver), Some(chromium)) = (on_path("chromedriver"), on_path("chromium")) else {
        let why = "chromedriver or chromium is not on PATH: the browser test did not run";
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{why}");
        eprintln!("{why} (install Debian's chromium and chromium-driver, as .ci/run does)");
        return;
    };

    let mut reader = Command::new(example("reader"))
        .stdout(Stdio::piped())
        .spawn()
        .expect("the reader starts");
    let mut line = String::new();
    BufReader::new(reader.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let _reader = Killed(reader);
    let url = line.trim().strip_prefix("reader: ").unwrap().to_owned();

    let port = free_port();
    let _driver = Killed(
        Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts"),
    );
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not listen"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let session = webdriver(
        port,
        "POST",
        "/session",
        Some(
            json!({"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
                "binary": chromium,
                "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"],
            }}}}),
        ),
    );
    let browser = Browser {
        port,
        session: session["sessionId"].as_str().unwrap().to_owned(),
    };

    browser.call("POST", "/url", Some(json!({"url": url})));
    browser.until(
        "the report",
        "return document.querySelectorAll('mark').length > 100",
    );
    let input = browser.element("#q");
    browser.call(
        "POST",
        &format!("/element/{input}/value"),
        Some(json!({"text": "estimates where topic = casualties"})),
    );
    let ask = browser.element("button[type=submit]");
    browser.call("POST", &format!("/element/{ask}/click"), Some(json!({})));
    browser.until(
        "three rows",
        "return document.querySelectorAll('#answer tr.row').length === 3",
    );
    let cells = browser.script(
        "const ths = [...document.querySelectorAll('#answer th')].map(h => h.textContent); \
         const id = ths.indexOf('id'); \
         return [ths[0], [...document.querySelectorAll('#answer tr.row')].map(r => r.cells[id].textContent)]",
    );
    assert_eq!(
        cells,
        json!([
            "id",
            [
                "killed-about-2000",
                "killed-about-600",
                "wounded-more-than-4000"
            ]
        ])
    );
    assert!(
        browser
            .script("return location.search")
            .as_str()
            .unwrap()
            .contains("q=estimates")
    );

    // The second row, about 600 killed: its words lit and in view.
    let row = browser.element("#answer tr.row:nth-child(2)");
    browser.call("POST", &format!("/element/{row}/click"), Some(json!({})));
    browser.until(
        "the words lit",
        "return document.querySelectorAll('mark.lit').length > 0",
    );
    let lit = browser.script(
        "const m = document.querySelector('mark.lit'); const r = m.getBoundingClientRect(); \
         return [m.textContent, r.top >= 0 && r.bottom <= window.innerHeight]",
    );
    assert_eq!(lit, json!(["point to around 600 killed", true]));
    assert!(
        browser
            .script("return document.getElementById('details').textContent")
            .as_str()
            .unwrap()
            .contains("killed-about-600")
    );

    // A bad query from the address: the crate's error, its caret under the word.
    browser.call(
        "POST",
        "/url",
        Some(json!({"url": format!("{url}?q=estimates%20where%20topc%20%3D%20casualties")})),
    );
    browser.until(
        "the error",
        "const e = document.getElementById('error'); return e.style.display === 'block'",
    );
    let error = browser.script("return document.getElementById('error').textContent");
    let error = error.as_str().unwrap();
    assert!(error.contains("did you mean `topic`?"), "{error}");
    assert!(error.contains("                 ^^^^"), "{error}");

    // A picture to look at: an answer with its words lit.
    browser.call(
        "POST",
        "/url",
        Some(json!({"url": format!("{url}?q=claims%20where%20status%20%3D%20unconfirmed")})),
    );
    browser.until(
        "a row",
        "return document.querySelectorAll('#answer tr.row').length === 1",
    );
    let row = browser.element("#answer tr.row");
    browser.call("POST", &format!("/element/{row}/click"), Some(json!({})));
    browser.until(
        "the words lit",
        "return document.querySelectorAll('mark.lit').length > 0",
    );
    let png = browser.call("GET", "/screenshot", None);
    let target = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(
        target.join("reader.png"),
        decode_base64(png.as_str().unwrap()),
    )
    .unwrap();
    browser.call("DELETE", "", None);
}
