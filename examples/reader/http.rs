//! Just enough HTTP for one page and its JSON: GET only, a request head of at most
//! `MAX_HEAD` bytes that must arrive within `READ_TIMEOUT`, one response a connection, a
//! bounded number of connections at once, and a handler that panics answering 500 while the
//! server goes on. The standard library's `TcpListener` is all it needs.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The largest request head read: a query is short, and the page sends nothing else.
pub const MAX_HEAD: usize = 16 * 1024;

/// How long a client has to send its request head, in all.
pub const READ_TIMEOUT: Duration = Duration::from_secs(3);

/// How many connections are served at once; more wait for the listener's backlog.
const MAX_CONNECTIONS: usize = 32;

/// A request the server accepted: its path and its query string, undecoded.
pub struct Request {
    pub path: String,
    pub query: String,
}

impl Request {
    /// The value of a query-string parameter, percent-decoded (`+` is a blank).
    pub fn param(&self, name: &str) -> Option<String> {
        self.query.split('&').find_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key)? == name).then(|| decode(value)).flatten()
        })
    }
}

/// What a handler answers.
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            content_type,
            body: body.into(),
        }
    }

    pub fn json(status: u16, value: &serde_json::Value) -> Response {
        Response::new(status, "application/json; charset=utf-8", value.to_string())
    }

    fn error(status: u16, why: &str) -> Response {
        Response::json(status, &serde_json::json!({ "error": { "message": why } }))
    }
}

/// Serves `handle` on `listener` until the process ends.
pub fn serve(listener: TcpListener, handle: impl Fn(&Request) -> Response + Send + Sync + 'static) {
    let handle = Arc::new(handle);
    let busy = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        if busy.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
            let _ = write(&mut stream, &Response::error(503, "busy; try again"));
            continue;
        }
        busy.fetch_add(1, Ordering::SeqCst);
        let (handle, busy) = (handle.clone(), busy.clone());
        std::thread::spawn(move || {
            let response = match read_request(&mut stream) {
                Ok(request) => catch_unwind(AssertUnwindSafe(|| handle(&request)))
                    .unwrap_or_else(|_| Response::error(500, "the server failed on this request")),
                Err(refused) => refused,
            };
            let _ = write(&mut stream, &response);
            linger(&mut stream);
            busy.fetch_sub(1, Ordering::SeqCst);
        });
    }
}

/// Reads a request head, within the bounds; a refusal is the response to send.
fn read_request(stream: &mut TcpStream) -> Result<Request, Response> {
    let started = Instant::now();
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let left = READ_TIMEOUT.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Err(Response::error(408, "the request took too long to arrive"));
        }
        let _ = stream.set_read_timeout(Some(left));
        match stream.read(&mut chunk) {
            Ok(0) => return Err(Response::error(400, "the request ended early")),
            Ok(n) => head.extend_from_slice(&chunk[..n]),
            Err(_) => return Err(Response::error(408, "the request took too long to arrive")),
        }
        if head.len() > MAX_HEAD {
            return Err(Response::error(431, "the request is too large"));
        }
    }
    let head = String::from_utf8_lossy(&head);
    let line = head.lines().next().unwrap_or_default();
    let mut parts = line.split(' ');
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" {
        return Err(Response::error(405, "only GET is answered"));
    }
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    Ok(Request {
        path: path.to_owned(),
        query: query.to_owned(),
    })
}

/// Closes after reading what the client still sends, for a moment and up to a bound: a
/// connection closed with unread input is reset, and the client may lose the response.
fn linger(stream: &mut TcpStream) {
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
    let mut sink = [0u8; 4096];
    let mut left = 4 * MAX_HEAD;
    while left > 0 {
        match stream.read(&mut sink) {
            Ok(0) | Err(_) => break,
            Ok(n) => left = left.saturating_sub(n),
        }
    }
}

fn write(stream: &mut TcpStream, response: &Response) -> std::io::Result<()> {
    let reason = match response.status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Internal Server Error",
    };
    let allow = if response.status == 405 {
        "Allow: GET\r\n"
    } else {
        ""
    };
    // The page's script and style are inline and it fetches only from its own origin.
    let head = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\n{allow}\
         Connection: close\r\nX-Content-Type-Options: nosniff\r\n\
         Content-Security-Policy: default-src 'none'; script-src 'unsafe-inline'; \
         style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:\r\n\r\n",
        response.status,
        response.content_type,
        response.body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(&response.body)?;
    stream.flush()
}

/// Percent-decoding, `+` as a blank; `None` for an escape that is not one, or for bytes that
/// are not UTF-8.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod test {
    use super::*;

    #[test]
    fn parameters_are_decoded() {
        let request = Request {
            path: "/api/query".into(),
            query: "x=1&q=count+claims%20where%20text%20contains%20%22%C3%A9%22".into(),
        };
        assert_eq!(
            request.param("q").as_deref(),
            Some("count claims where text contains \"é\"")
        );
        assert_eq!(request.param("missing"), None);
        assert_eq!(decode("%zz"), None);
        assert_eq!(decode("%ff"), None, "not UTF-8");
    }
}
