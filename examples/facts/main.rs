//! Ask the report's facts a question from the command line.
//!
//! ```text
//! cargo run --example facts -- "estimates where topic = casualties"
//! cargo run --example facts -- --json "count claims where status = alleged"
//! cargo run --example facts -- "count actors" "count claims"     # two queries, in order
//! cargo run --example facts -- --sql "estimates group by measure"  # the query as SQL
//! cargo run --example facts -- --data my-facts/ "find Kyiv"       # facts of your own
//! cargo run --example facts -- export --format sql|csv|jsonl DIR  # the facts for a database
//! cargo run --example facts            # a prompt on a terminal; piped, one query a line
//! cargo run --example facts -- --help
//! ```
//!
//! One query: its answer goes to stdout, an error to stderr with exit code 1. Several (as
//! arguments, or piped one a line): each answer or error follows its query on stdout, `> `
//! and the query first (with `--json`, one JSON object a line), and the exit code is 1 if any
//! failed. At a terminal, a prompt with line editing, history and tab completion.

mod complete;
#[path = "../support/mod.rs"]
mod support;

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use facts::{Collection, Dataset, Dialect, FieldType, QueryError};
use support::cli::{Cli, DATA_FLAGS, Flag, Matches, Takes};

const CLI: Cli = Cli {
    name: "facts",
    about: "Ask the facts of the report a question.",
    operands: "[QUERY]...",
    flags: &[
        &[
            Flag {
                name: "--json",
                value: Takes::Nothing,
                help: "answers as JSON (one object a line for several queries)",
            },
            Flag {
                name: "--sql",
                value: Takes::Optional("DIALECT"),
                help: "print each query as SQL over the tables `export` writes: sqlite (the \
                       default) or postgres (also for DuckDB)",
            },
        ],
        &DATA_FLAGS,
    ],
    more: "Each QUERY is one argument: quote it. Several are answered in order; without any,\n\
           queries come from stdin, one a line (`# ...` lines are comments; `help`, `exit`\n\
           and `quit` work there), at a terminal with line editing, history (kept in\n\
           $XDG_DATA_HOME/facts/history, or ~/.local/share/facts/history) and Tab to\n\
           complete collections, fields, words and ids.\n\n\
           facts export [--format sql|csv|jsonl] [--data DIR | --jsonl FILE] DIR\n\
           writes the facts for a database.\n",
};

/// What to print for a query.
#[derive(Clone, Copy)]
enum Output {
    Table,
    Json,
    Sql(Dialect),
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("export") {
        args.remove(0);
        return export(args);
    }
    let matches = match CLI.parse(args) {
        Ok(matches) => matches,
        Err(refused) => return refused_with(&CLI, refused),
    };
    let output = match output(&matches) {
        Ok(output) => output,
        Err(why) => return usage_error(&CLI, &why),
    };
    let facts = match support::cli::dataset(&matches) {
        Ok(facts) => facts,
        Err(code) => return code,
    };
    match matches.operands.as_slice() {
        // A prompt where a person types and reads; piped either way, a transcript.
        [] if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() => {
            prompt(facts, output)
        }
        [word] if word == "help" => {
            print!("{}", help(&CLI));
            ExitCode::SUCCESS
        }
        [] => batch(
            facts,
            output,
            std::io::stdin().lock().lines().map_while(Result::ok),
        ),
        [one] => single(facts, output, one),
        several => {
            // `facts count claims`: the words of one query, unquoted, would each be refused.
            let joined = several.join(" ");
            let one_query = facts.prepare(&joined).is_ok();
            if one_query && several.iter().any(|q| facts.prepare(q).is_err()) {
                return usage_error(
                    &CLI,
                    &format!(
                        "each argument is a query; for the one query `{joined}`, quote it: \
                         facts \"{joined}\""
                    ),
                );
            }
            batch(facts, output, several.iter().cloned())
        }
    }
}

fn output(matches: &Matches) -> Result<Output, String> {
    match (matches.has("--sql"), matches.has("--json")) {
        (true, true) => Err("`--sql` and `--json` each choose the output: give one".into()),
        (true, false) => Ok(Output::Sql(
            matches.value("--sql").unwrap_or("sqlite").parse()?,
        )),
        (false, true) => Ok(Output::Json),
        (false, false) => Ok(Output::Table),
    }
}

fn refused_with(cli: &Cli, refused: support::cli::Refused) -> ExitCode {
    match refused {
        support::cli::Refused::Help => {
            print!("{}", help(cli));
            ExitCode::SUCCESS
        }
        support::cli::Refused::Usage(why) => usage_error(cli, &why),
    }
}

fn usage_error(cli: &Cli, why: &str) -> ExitCode {
    eprintln!("{why}\n{}\nsee --help", cli.usage());
    ExitCode::from(2)
}

/// One query: the answer on stdout, or the error on stderr and exit code 1.
fn single(facts: &Dataset, output: Output, text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match answer(facts, text, output) {
        Ok(shown) => {
            // A closed pipe (`| head`) is not worth a panic.
            let _ = writeln!(stdout, "{shown}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

/// Several queries: each answer or error after its query, on stdout, so that a script reads
/// them in order; exit code 1 if any failed.
fn batch(facts: &Dataset, output: Output, lines: impl Iterator<Item = String>) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let mut failed = false;
    let mut first = true;
    for line in lines {
        let text = line.trim();
        // A `#` line is a comment, so a file of queries can explain itself.
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        match text {
            "exit" | "quit" => break,
            // JSON Lines stay JSON: there `help` is a query like any other, and refused.
            "help" if !matches!(output, Output::Json) => {
                let _ = write!(stdout, "{}", help(&CLI));
                continue;
            }
            _ => {}
        }
        let _ = match output {
            Output::Json => {
                let (line, ok) = json_line(facts, text);
                failed |= !ok;
                writeln!(stdout, "{line}")
            }
            // SQL stays a script a database runs: the query and any error as comments.
            Output::Sql(_) => {
                let result = answer(facts, text, output);
                failed |= result.is_err();
                let shown = result.unwrap_or_else(|error| commented(&error.to_string()));
                writeln!(stdout, "{}\n{shown}", commented(&format!("> {text}")))
            }
            Output::Table => {
                let result = answer(facts, text, output);
                failed |= result.is_err();
                let blank = if first { "" } else { "\n" };
                let shown = result.unwrap_or_else(|error| error.to_string());
                writeln!(stdout, "{blank}> {text}\n{shown}")
            }
        };
        first = false;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Text as SQL comments, a line each.
fn commented(text: &str) -> String {
    text.lines()
        .map(|line| format!("-- {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The prompt: line editing, history kept between runs, and Tab completion.
fn prompt(facts: &'static Dataset, output: Output) -> ExitCode {
    use rustyline::error::ReadlineError;
    let mut editor = match complete::editor(facts) {
        Ok(editor) => editor,
        Err(error) => {
            eprintln!("no line editor here ({error}); reading lines as they come");
            return batch(
                facts,
                output,
                std::io::stdin().lock().lines().map_while(Result::ok),
            );
        }
    };
    let history = history_file();
    if let Some(file) = &history {
        // No history yet is the usual first run.
        let _ = editor.load_history(file);
    }
    println!("Ask the report a question; `help` lists what there is, Tab completes. Ctrl-D ends.");
    loop {
        let line = match editor.readline("facts> ") {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => continue,
            Err(_) => break,
        };
        let text = line.trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let _ = editor.add_history_entry(text);
        match text {
            "exit" | "quit" => break,
            "help" => print!("{}", help(&CLI)),
            _ => match answer(facts, text, output) {
                Ok(shown) => println!("{shown}"),
                Err(error) => eprintln!("{error}"),
            },
        }
    }
    if let Some(file) = &history {
        // A history that cannot be kept is no reason to fail the session.
        if let Some(dir) = file.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = editor.save_history(file);
    }
    ExitCode::SUCCESS
}

/// Where the prompt keeps its history: `$XDG_DATA_HOME/facts/history`, or under
/// `~/.local/share` where that is not set.
fn history_file() -> Option<std::path::PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|d| !d.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".local/share"))
        })?;
    Some(data.join("facts").join("history"))
}

/// A query's answer as the output asks, or why there is none.
fn answer(facts: &Dataset, text: &str, output: Output) -> Result<String, QueryError> {
    let query = facts.prepare(text)?;
    Ok(match output {
        Output::Sql(dialect) => format!("{};", query.to_sql(dialect)),
        // Serializing borrowed records to JSON cannot fail.
        Output::Json => serde_json::to_string_pretty(&query.run(facts)).unwrap_or_default(),
        Output::Table => query.run(facts).to_string(),
    })
}

/// One line of JSON for one query of several: the query, then its answer or its error; and
/// whether it was answered.
fn json_line(facts: &Dataset, text: &str) -> (String, bool) {
    // Written by hand so that the query comes first, as a reader scans the lines.
    let query = serde_json::Value::from(text);
    match facts.query(text) {
        Ok(answer) => {
            let answer = serde_json::to_string(&answer).unwrap_or_default();
            (format!("{{\"query\":{query},\"answer\":{answer}}}"), true)
        }
        Err(error) => {
            let error = support::error_json(&error);
            (format!("{{\"query\":{query},\"error\":{error}}}"), false)
        }
    }
}

/// `export [--format sql|csv|jsonl] [--data DIR | --jsonl FILE] DIR`.
fn export(args: Vec<String>) -> ExitCode {
    const EXPORT: Cli = Cli {
        name: "facts export",
        about: "Write the facts for a database: a SQL script, CSV files, or JSON Lines.",
        operands: "DIR",
        flags: &[
            &[Flag {
                name: "--format",
                value: Takes::Value("FORMAT"),
                help: "sql (the default), csv or jsonl",
            }],
            &DATA_FLAGS,
        ],
        more: "",
    };
    let matches = match EXPORT.parse(args) {
        Ok(matches) => matches,
        Err(refused) => return refused_with(&EXPORT, refused),
    };
    let format = match matches
        .value("--format")
        .unwrap_or("sql")
        .parse::<facts::export::Format>()
    {
        Ok(format) => format,
        Err(error) => return usage_error(&EXPORT, &error.to_string()),
    };
    let [dir] = matches.operands.as_slice() else {
        return usage_error(&EXPORT, "export takes one directory");
    };
    let facts = match support::cli::dataset(&matches) {
        Ok(facts) => facts,
        Err(code) => return code,
    };
    match facts::export::to_dir(facts, format, std::path::Path::new(dir)) {
        Ok(files) => {
            for file in files {
                println!("{}", file.display());
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("cannot export to {dir}: {error}");
            ExitCode::FAILURE
        }
    }
}

fn help(cli: &Cli) -> String {
    let mut text = cli.help();
    text.push_str(
        "\nQUERY := COLLECTION [where COND] [group by FIELD] [order by FIELD [asc|desc], ...]\n\
         \x20         [limit N] [select FIELD, ...]\n\
         \x20      | count COLLECTION [where COND]\n\
         \x20      | find \"words\"   (every record, of any collection, and every sentence of\n\
         \x20                       the report, holding the words)\n\
         COND  := COND or COND | COND and COND | not COND | (COND)\n\
         \x20      | FIELD = != < <= > >= VALUE | FIELD in [VALUE, ...] | FIELD contains VALUE\n\
         FIELD := name, or a path through references: source.kind, affiliation.name\n\
         VALUE := 10000 | 10,000 | \"text\" | 'text' | word | 2025 | 2025-10 | 2025-10-28\n\
         \x20      | true | false\n\n\
         Collections and their fields:\n",
    );
    for collection in Collection::ALL {
        text.push_str(&format!("\n  {collection}\n"));
        for field in collection.fields() {
            let ty = match field.ty {
                FieldType::Enum(vocabulary) => format!("one of {}", vocabulary.words().join(", ")),
                FieldType::Ref(target) => format!("id of one of {target}"),
                FieldType::List(target) => format!("ids of {target}"),
                other => other.describe().to_owned(),
            };
            text.push_str(&format!("    {:<14} {} ({ty})\n", field.name, field.doc));
        }
    }
    text.push_str(
        "\nExamples:\n\
         \x20 estimates where topic = casualties\n\
         \x20 estimates group by measure\n\
         \x20 estimates where source.kind = intelligence order by value desc\n\
         \x20 events where date >= 2025 order by date select date, title\n\
         \x20 claims where status in [alleged, unconfirmed]\n\
         \x20 sources where claims.status = unconfirmed select name, claims\n\
         \x20 count actors where named = true\n\
         \x20 find Kyiv\n",
    );
    text
}
