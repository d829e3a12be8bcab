//! Ask the report's facts a question from the command line.
//!
//! ```text
//! cargo run --example facts -- "estimates where topic = casualties"
//! cargo run --example facts -- --json "count claims where status = alleged"
//! cargo run --example facts -- --sql "estimates group by measure"      # the query as SQL
//! cargo run --example facts -- --sql=postgres "events where date >= 2025"
//! cargo run --example facts -- export --format sql|csv|jsonl DIR      # the facts for a database
//! cargo run --example facts            # one query per line from stdin; a prompt on a terminal
//! cargo run --example facts -- --help
//! ```
//!
//! A query's answer goes to stdout; an error goes to stderr and, for a single query, makes the
//! exit code 1. Reading from stdin, an error does not stop the next query.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use facts::{Collection, Dialect, FieldType};

/// What to print for a query.
#[derive(Clone, Copy)]
enum Output {
    Table,
    Json,
    Sql(Dialect),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("export") {
        return export(&args[1..]);
    }
    let mut output = Output::Table;
    let mut words = Vec::new();
    for arg in args {
        match arg.as_str() {
            "--json" => output = Output::Json,
            "--sql" => output = Output::Sql(Dialect::Sqlite),
            flag if flag.starts_with("--sql=") => match flag["--sql=".len()..].parse() {
                Ok(dialect) => output = Output::Sql(dialect),
                Err(error) => {
                    eprintln!("{error}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                print!("{}", help());
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with("--") => {
                eprintln!("unknown option `{flag}`; see --help");
                return ExitCode::from(2);
            }
            _ => words.push(arg),
        }
    }

    if !words.is_empty() {
        let text = words.join(" ");
        let mut stdout = std::io::stdout().lock();
        return match answer(&text, output, &mut stdout) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("{error}");
                ExitCode::FAILURE
            }
        };
    }

    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal();
    let mut stdout = std::io::stdout().lock();
    let mut failed = false;
    if interactive {
        let _ = writeln!(
            stdout,
            "Ask the report a question; --help lists what there is. Ctrl-D ends."
        );
    }
    let mut lines = stdin.lock().lines();
    loop {
        if interactive {
            let _ = write!(stdout, "facts> ");
            let _ = stdout.flush();
        }
        let Some(Ok(line)) = lines.next() else { break };
        let line = line.trim();
        // A `#` line is a comment, so a file of queries can explain itself.
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // Words a person types at a prompt, never the name of a collection.
        match line {
            "exit" | "quit" => break,
            "help" => {
                let _ = write!(stdout, "{}", help());
                continue;
            }
            _ => {}
        }
        if let Err(error) = answer(line, output, &mut stdout) {
            eprintln!("{error}");
            failed = true;
        }
    }
    if interactive {
        let _ = writeln!(stdout);
    }
    if failed && !interactive {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn answer(text: &str, output: Output, out: &mut impl Write) -> Result<(), facts::QueryError> {
    if let Output::Sql(dialect) = output {
        let sql = facts::Query::parse(text)?.to_sql(dialect);
        // A closed pipe (`| head`) is not worth a panic.
        let _ = writeln!(out, "{sql};");
        return Ok(());
    }
    let answer = facts::query(text)?;
    let printed = if let Output::Json = output {
        // Serializing borrowed records to JSON cannot fail.
        let json = serde_json::to_string_pretty(&answer).unwrap_or_default();
        writeln!(out, "{json}")
    } else {
        writeln!(out, "{answer}")
    };
    // A closed pipe (`| head`) is not worth a panic.
    let _ = printed;
    Ok(())
}

/// `export [--format sql|csv|jsonl] DIR`: writes the facts into DIR for a database.
fn export(args: &[String]) -> ExitCode {
    let mut format = facts::export::Format::Sql;
    let mut dir = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--format" => args.next().map(String::as_str),
            flag if flag.starts_with("--format=") => Some(&flag["--format=".len()..]),
            flag if flag.starts_with("--") => {
                eprintln!(
                    "unknown option `{flag}`; usage: facts export --format sql|csv|jsonl DIR"
                );
                return ExitCode::from(2);
            }
            _ if dir.is_none() => {
                dir = Some(arg.clone());
                continue;
            }
            _ => {
                eprintln!(
                    "export takes one directory; usage: facts export --format sql|csv|jsonl DIR"
                );
                return ExitCode::from(2);
            }
        };
        match value.map(str::parse) {
            Some(Ok(f)) => format = f,
            Some(Err(error)) => {
                eprintln!("{error}");
                return ExitCode::from(2);
            }
            None => {
                eprintln!("--format needs a value: sql, csv or jsonl");
                return ExitCode::from(2);
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: facts export --format sql|csv|jsonl DIR");
        return ExitCode::from(2);
    };
    match facts::export::to_dir(
        facts::Dataset::builtin(),
        format,
        std::path::Path::new(&dir),
    ) {
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

fn help() -> String {
    let mut text = String::from(
        "Ask the facts of the report a question.\n\n\
         usage: facts [--json | --sql[=sqlite|postgres]] QUERY\n       \
         facts [--json | --sql]    (queries from stdin, one per line; `# ...` lines are\n       \
         \x20                         comments; `help`, `exit` and `quit` work there)\n       \
         facts export [--format sql|csv|jsonl] DIR   (the facts for a database)\n\n\
         --sql prints the query as one SQL statement over the tables `export` writes\n\
         (SQLite by default; --sql=postgres for PostgreSQL and DuckDB) instead of answering.\n\n\
         QUERY := COLLECTION [where COND] [group by FIELD] [order by FIELD [asc|desc], ...]\n\
         \x20         [limit N] [select FIELD, ...]\n\
         \x20      | count COLLECTION [where COND]\n\
         COND  := COND or COND | COND and COND | not COND | (COND)\n\
         \x20      | FIELD = != < <= > >= VALUE | FIELD in [VALUE, ...] | FIELD contains VALUE\n\
         FIELD := name, or a path through references: source.kind, affiliation.name\n\
         VALUE := 10000 | 10,000 | \"text\" | word | 2025 | 2025-10 | 2025-10-28 | true | false\n\n\
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
         \x20 count actors where named = true\n",
    );
    text
}
