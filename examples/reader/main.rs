//! The reader: the report in a browser, every span a record quotes marked, a box for the
//! crate's queries, and each answer one click from the words it comes from.
//!
//! ```text
//! cargo run --example reader                    # prints the address to open
//! cargo run --example reader -- --port 8080
//! cargo run --example reader -- --data my-facts/
//! ```
//!
//! One page and its JSON, served from the loopback address unless `--bind` says otherwise:
//! `GET /` the page (its script and style inline: nothing is fetched from elsewhere), `GET
//! /api/query?q=QUERY` an answer (`{"query", "answer", "records", "columns"}`, the answer as
//! `facts --json` prints it) or an error (status 400, `{"query", "error"}` with its span), `GET
//! /api/records/ID` the records with that id with their quotes.

mod http;
#[path = "../support/mod.rs"]
mod support;

use std::net::TcpListener;
use std::process::ExitCode;

use facts::{Answer, Collection, Dataset, Row};
use http::{Request, Response};
use support::cli::{Cli, DATA_FLAGS, Flag, Takes};
use support::figures::Figures;

const CLI: Cli = Cli {
    name: "reader",
    about: "The report in a browser: every fact marked in its words, and a query box.",
    operands: "",
    flags: &[
        &[
            Flag {
                name: "--port",
                value: Takes::Value("N"),
                help: "the port to serve on (default: a free one, printed)",
            },
            Flag {
                name: "--bind",
                value: Takes::Value("ADDR"),
                help: "the address to serve on (default 127.0.0.1, this machine only)",
            },
        ],
        &DATA_FLAGS,
    ],
    more: "",
};

const PAGE: &str = include_str!("page.html");
const SCRIPT: &str = include_str!("page.js");

/// The most records the page marks in the report.
const MOST_MARKS: usize = 5_000;

/// The most events and figures the page lists (and figures it draws).
const MOST_LISTED: usize = 500;

/// The most figures the page draws in its chart.
const MOST_DRAWN: usize = 100;

/// Queries one click away on the page.
const EXAMPLES: [&str; 6] = [
    "estimates where topic = casualties",
    "claims where status = unconfirmed",
    "find Kyiv",
    "sources where claims.about contains captured-soldiers select name, claims",
    "events where date >= 2025 order by date select date, title",
    "estimates group by measure",
];

fn main() -> ExitCode {
    let (matches, facts) = match CLI.args_and_facts() {
        Ok(read) => read,
        Err(code) => return code,
    };
    let port: u16 = match matches.value("--port").map(str::parse).transpose() {
        Ok(port) => port.unwrap_or(0),
        Err(_) => {
            eprintln!("--port takes a number from 0 to 65535\n{}", CLI.usage());
            return ExitCode::from(2);
        }
    };
    let bind = matches.value("--bind").unwrap_or("127.0.0.1");
    let listener = match TcpListener::bind((bind, port)) {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("cannot serve on {bind}:{port}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let address = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    println!("reader: http://{address}/");
    let page = page(facts);
    // A failed request is answered 500 and logged in a line; the server goes on.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("reader: a request failed: {info}")
    }));
    // A fault to prove the server outlives a failing handler, for the tests alone.
    let faulty = std::env::var_os("FACTS_READER_FAULT").is_some();
    http::serve(listener, move |request| {
        route(facts, &page, faulty, request)
    });
    ExitCode::SUCCESS
}

fn route(facts: &Dataset, page: &str, faulty: bool, request: &Request) -> Response {
    match request.path.as_str() {
        "/" => Response::new(200, "text/html; charset=utf-8", page),
        "/api/query" => query(facts, request),
        "/api/fault" if faulty => panic!("a fault asked for"),
        path => match path.strip_prefix("/api/records/") {
            Some(id) => records(facts, &http::decode(id).unwrap_or_default()),
            None => Response::json(
                404,
                &serde_json::json!({"error": {"message": "no such page"}}),
            ),
        },
    }
}

/// `GET /api/query?q=...`.
fn query(facts: &Dataset, request: &Request) -> Response {
    let Some(text) = request.param("q") else {
        let why = "give a query as ?q=, as in ?q=count+claims";
        return Response::json(400, &serde_json::json!({"error": {"message": why}}));
    };
    match facts.query(&text) {
        Ok(answer) => {
            let records: Vec<serde_json::Value> = answered(&answer)
                .into_iter()
                .map(|row| serde_json::json!({"collection": row.collection(), "id": row.id()}))
                .collect();
            // The columns the command line's table shows, for the page's.
            let columns = match &answer {
                Answer::Rows(rows) => serde_json::json!(rows.columns()),
                _ => serde_json::Value::Null,
            };
            // Written out so that each record's fields keep their order, as `--json` prints.
            let body = format!(
                "{{\"query\":{},\"answer\":{},\"records\":{},\"columns\":{columns}}}",
                serde_json::Value::from(text.as_str()),
                serde_json::to_string(&answer).unwrap_or_default(),
                serde_json::Value::Array(records)
            );
            Response::new(200, "application/json; charset=utf-8", body)
        }
        // The query first, as the command line's JSON Lines write it.
        Err(error) => Response::new(
            400,
            "application/json; charset=utf-8",
            format!(
                "{{\"query\":{},\"error\":{}}}",
                serde_json::Value::from(text.as_str()),
                support::error_json(&error)
            ),
        ),
    }
}

/// The records an answer lists, in its order: its rows, or what `find` found.
fn answered<'d>(answer: &Answer<'d>) -> Vec<Row<'d>> {
    match (answer.rows(), answer.found()) {
        (Some(rows), _) => rows.to_vec(),
        (_, Some(found)) => found.records().iter().map(|hit| hit.row()).collect(),
        _ => Vec::new(),
    }
}

/// `GET /api/records/ID`: every record with that id (an actor and a source may share one).
fn records(facts: &Dataset, id: &str) -> Response {
    let found: Vec<serde_json::Value> = Collection::ALL
        .into_iter()
        .filter_map(|collection| {
            // A string of the query language: a quote and a backslash escaped.
            let id = id.replace('\\', "\\\\").replace('"', "\\\"");
            let query = format!("{collection} where id = \"{id}\"");
            let answer = facts.query(&query).ok()?;
            let row = *answer.rows()?.first()?;
            Some(record_json(row))
        })
        .collect();
    if found.is_empty() {
        return Response::json(
            404,
            &serde_json::json!({"error": {"message": "no record has this id"}}),
        );
    }
    Response::json(200, &serde_json::Value::Array(found))
}

fn record_json(row: Row<'_>) -> serde_json::Value {
    serde_json::json!({
        "collection": row.collection(),
        "id": row.id(),
        "line": row.to_string(),
        "record": row,
        "quote": row.quote(),
    })
}

/// The page, with the facts it shows: the reports, every record's line and the places of its
/// quotes (in UTF-16 units, as the page's script counts), the timeline and the chart.
fn page(facts: &Dataset) -> String {
    let reports: Vec<serde_json::Value> = facts
        .reports()
        .iter()
        .map(|r| serde_json::json!({"id": r.id(), "title": r.title(), "text": r.text()}))
        .collect();
    let positions: std::collections::HashMap<&str, usize> = facts
        .reports()
        .iter()
        .enumerate()
        .map(|(at, r)| (r.id().as_str(), at))
        .collect();
    let report_at = |id: &str| positions.get(id).copied();
    // A page a browser can hold: facts of one's own may run to millions of records, and the
    // page says how many it leaves unmarked; the API answers over them all.
    let mut marks = Vec::new();
    let mut records = 0;
    for collection in Collection::ALL {
        if collection == Collection::Reports {
            continue;
        }
        records += facts
            .query(&format!("count {collection}"))
            .ok()
            .and_then(|a| a.count())
            .unwrap_or(0);
        let left = MOST_MARKS.saturating_sub(marks.len());
        let Ok(answer) = facts.query(&format!("{collection} limit {left}")) else {
            continue;
        };
        for &row in answer.rows().unwrap_or_default() {
            let mut quotes = vec![row.quote()];
            match row {
                Row::Estimate(e) => quotes.extend(e.restated().iter()),
                Row::Claim(c) => quotes.extend(c.restated().iter()),
                _ => {}
            }
            let places: Vec<serde_json::Value> = quotes
                .iter()
                .filter_map(|q| {
                    let range = q.utf16_range();
                    Some(serde_json::json!([
                        report_at(q.report().id().as_str())?,
                        range.start,
                        range.end
                    ]))
                })
                .collect();
            marks.push(serde_json::json!({
                "collection": collection,
                "id": row.id(),
                "line": row.to_string(),
                "places": places,
            }));
        }
    }
    let mut dated: Vec<_> = facts
        .events()
        .iter()
        .filter_map(|e| e.date().map(|d| (e, d)))
        .collect();
    dated.sort_by_key(|(_, d)| (d.earliest(), d.latest()));
    let events = dated.len();
    dated.truncate(MOST_LISTED);
    let timeline: Vec<serde_json::Value> = dated
        .iter()
        .map(|(e, d)| serde_json::json!({"id": e.id(), "date": d.to_string(), "title": e.title()}))
        .collect();
    let figures: Vec<serde_json::Value> = facts
        .estimates()
        .iter()
        .take(MOST_LISTED)
        .map(|e| {
            serde_json::json!({
                "id": e.id(),
                "figure": format!("{} {}", support::in_words(e), e.measure()),
                "source": e.source().name(),
            })
        })
        .collect();
    let (marks_shown, timeline_shown) = (marks.len(), timeline.len());
    let chart = if facts.estimates().len() <= MOST_DRAWN {
        Figures::of(facts).svg()
    } else {
        format!(
            "<p>{} figures: too many to draw; ask for them above.</p>",
            facts.estimates().len()
        )
    };
    let data = serde_json::json!({
        "reports": reports,
        "marks": marks,
        "timeline": timeline,
        "figures": figures,
        "examples": EXAMPLES,
        "unmarked": records - marks_shown,
        "unlisted": (events - timeline_shown) + facts.estimates().len().saturating_sub(MOST_LISTED),
    });
    // Inside a script element only `</` could end it early: no `<` is left in the JSON.
    let data = data.to_string().replace('<', "\\u003c");
    fill(
        PAGE,
        &[
            ("<!--CHART-->", &chart),
            ("/*DATA*/", &data),
            ("/*SCRIPT*/", SCRIPT),
        ],
    )
}

/// The template with each placeholder, in the order they stand in it, replaced: searched for
/// in the template alone, never in what was put in before.
fn fill(template: &str, parts: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    for (placeholder, value) in parts {
        let (before, after) = rest
            .split_once(placeholder)
            .expect("the page has the placeholder");
        out.push_str(before);
        out.push_str(value);
        rest = after;
    }
    out.push_str(rest);
    out
}
