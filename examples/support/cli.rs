//! The command line every demo shares: its flags declared once, `--help` from them, an unknown
//! flag refused the same way everywhere, and `--data DIR` / `--jsonl FILE` for facts of one's
//! own, read with the same checks as the build.

use std::process::ExitCode;

use facts::Dataset;

/// A flag a demo takes.
pub struct Flag {
    /// `--json`.
    pub name: &'static str,
    /// Whether it takes a value, and what the value is called.
    pub value: Takes,
    /// One line for `--help`.
    pub help: &'static str,
}

/// What a flag takes after it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Takes {
    /// Nothing: `--json`.
    Nothing,
    /// A value, after a blank or `=`: `--data DIR`, `--data=DIR`.
    Value(&'static str),
    /// A value after `=`, or none: `--sql`, `--sql=postgres`.
    Optional(&'static str),
}

impl Flag {
    /// The flag as written with its value: `--data DIR`, `--sql[=DIALECT]`.
    fn spelled(&self) -> String {
        match self.value {
            Takes::Nothing => self.name.to_owned(),
            Takes::Value(what) => format!("{} {what}", self.name),
            Takes::Optional(what) => format!("{}[={what}]", self.name),
        }
    }
}

/// The flags that choose the facts, for demos that read them.
pub const DATA_FLAGS: [Flag; 2] = [
    Flag {
        name: "--data",
        value: Takes::Value("DIR"),
        help: "answer from fact files like the crate's data/ (checked as the build checks them)",
    },
    Flag {
        name: "--jsonl",
        value: Takes::Value("FILE"),
        help: "answer from facts in JSON Lines (as `export --format jsonl` writes them)",
    },
];

/// A demo's command line: what it is, how it is called, and its flags.
pub struct Cli {
    /// The demo's name, as `cargo run --example NAME`.
    pub name: &'static str,
    /// What it does, in a sentence.
    pub about: &'static str,
    /// The arguments after the flags, for the usage line (`[QUERY]`).
    pub operands: &'static str,
    /// Its flags, `--help` aside.
    pub flags: &'static [&'static [Flag]],
    /// Lines after the flags in `--help`: examples, notes.
    pub more: &'static str,
}

/// What a command line asked for.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Matches {
    flags: Vec<(&'static str, Option<String>)>,
    /// The arguments that are not flags, in order.
    pub operands: Vec<String>,
}

impl Matches {
    /// Whether the flag was given.
    pub fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|(n, _)| *n == name)
    }

    /// The value of a flag that takes one, the last given.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .and_then(|(_, v)| v.as_deref())
    }
}

/// Why a command line was not run.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// `--help`: print the help, succeed.
    Help,
    /// A mistake, with what to say about it.
    Usage(String),
}

impl Cli {
    /// Reads the arguments after the program's name.
    pub fn parse(&self, args: impl IntoIterator<Item = String>) -> Result<Matches, Refused> {
        let mut matches = Matches::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if arg == "-h" || arg == "--help" {
                return Err(Refused::Help);
            }
            if arg == "--" {
                matches.operands.extend(args.by_ref());
                break;
            }
            if !arg.starts_with("--") {
                matches.operands.push(arg);
                continue;
            }
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name, Some(value.to_owned())),
                None => (arg.as_str(), None),
            };
            let Some(flag) = self.flags().find(|f| f.name == name) else {
                let near = self
                    .flags()
                    .map(|f| f.name)
                    .find(|f| distance(f, name) <= 2);
                let hint = near.map_or(String::new(), |f| format!("; did you mean `{f}`?"));
                return Err(Refused::Usage(format!("unknown flag `{name}`{hint}")));
            };
            let value = match (flag.value, inline) {
                (Takes::Nothing, Some(_)) => {
                    return Err(Refused::Usage(format!("`{name}` takes no value")));
                }
                (Takes::Nothing | Takes::Optional(_), None) => None,
                (Takes::Value(_) | Takes::Optional(_), Some(value)) => Some(value),
                (Takes::Value(what), None) => match args.next() {
                    Some(value) if !value.starts_with("--") => Some(value),
                    _ => return Err(Refused::Usage(format!("`{name}` needs a {what}"))),
                },
            };
            matches.flags.push((flag.name, value));
        }
        if matches.has("--data") && matches.has("--jsonl") {
            return Err(Refused::Usage(
                "`--data` and `--jsonl` each name the facts: give one".into(),
            ));
        }
        Ok(matches)
    }

    /// Reads the program's own arguments; on `--help` or a mistake, says so and gives the
    /// exit code to end with (0 for help, 2 for a mistake).
    pub fn args(&self) -> Result<Matches, ExitCode> {
        self.parse(std::env::args().skip(1))
            .map_err(|refused| match refused {
                Refused::Help => {
                    print!("{}", self.help());
                    ExitCode::SUCCESS
                }
                Refused::Usage(why) => {
                    eprintln!("{why}\n{}\nsee --help", self.usage());
                    ExitCode::from(2)
                }
            })
    }

    /// For a demo that takes no operands: its arguments read, and the facts they choose.
    pub fn args_and_facts(&self) -> Result<(Matches, &'static Dataset), ExitCode> {
        let matches = self.args()?;
        if let Some(operand) = matches.operands.first() {
            eprintln!(
                "unexpected argument `{operand}`\n{}\nsee --help",
                self.usage()
            );
            return Err(ExitCode::from(2));
        }
        let facts = dataset(&matches)?;
        Ok((matches, facts))
    }

    fn flags(&self) -> impl Iterator<Item = &Flag> {
        self.flags.iter().flat_map(|group| group.iter())
    }

    /// The usage line.
    pub fn usage(&self) -> String {
        let mut line = format!("usage: {}", self.name);
        for flag in self.flags() {
            line.push_str(&format!(" [{}]", flag.spelled()));
        }
        if !self.operands.is_empty() {
            line.push(' ');
            line.push_str(self.operands);
        }
        line
    }

    /// `--help`: what the demo does, its usage, its flags, and the rest.
    pub fn help(&self) -> String {
        let mut text = format!("{}\n\n{}\n\n", self.about, self.usage());
        for flag in self.flags() {
            text.push_str(&format!("  {:<16} {}\n", flag.spelled(), flag.help));
        }
        text.push_str(&format!("  {:<16} {}\n", "-h, --help", "this help"));
        if !self.more.is_empty() {
            text.push('\n');
            text.push_str(self.more);
        }
        text
    }
}

/// How many single-character edits turn `a` into `b`.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The facts the flags choose: the report compiled into the crate, or a dataset read from
/// `--data DIR` or `--jsonl FILE`, every problem in it printed with its file and line.
pub fn dataset(matches: &Matches) -> Result<&'static Dataset, ExitCode> {
    let data = matches.value("--data");
    let jsonl = matches.value("--jsonl");
    if let Some(dir) = data.filter(|d| !std::path::Path::new(d).is_dir()) {
        eprintln!("--data takes a directory of fact files, and `{dir}` is none");
        return Err(ExitCode::FAILURE);
    }
    if let Some(file) = jsonl.filter(|f| std::path::Path::new(f).is_dir()) {
        eprintln!("--jsonl takes a file, and `{file}` is a directory (--data takes one)");
        return Err(ExitCode::FAILURE);
    }
    let loaded = match (data, jsonl) {
        (Some(dir), _) => Dataset::from_dir(dir).map_err(|errors| (dir, errors)),
        (None, Some(file)) => Dataset::from_jsonl(file).map_err(|errors| (file, errors)),
        (None, None) => return Ok(Dataset::builtin()),
    };
    match loaded {
        // A demo answers from one dataset for as long as it runs.
        Ok(dataset) => Ok(Box::leak(Box::new(dataset))),
        Err((from, errors)) => {
            eprintln!("cannot read the facts in {from}:\n{errors}");
            Err(ExitCode::FAILURE)
        }
    }
}

#[cfg(test)]
mod test {
    use super::*;

    const CLI: Cli = Cli {
        name: "demo",
        about: "A demo.",
        operands: "[QUERY]",
        flags: &[
            &[
                Flag {
                    name: "--json",
                    value: Takes::Nothing,
                    help: "JSON",
                },
                Flag {
                    name: "--sql",
                    value: Takes::Optional("DIALECT"),
                    help: "SQL",
                },
            ],
            &DATA_FLAGS,
        ],
        more: "",
    };

    fn parse(args: &[&str]) -> Result<Matches, Refused> {
        CLI.parse(args.iter().map(|a| a.to_string()))
    }

    #[test]
    fn flags_values_and_operands() {
        let m = parse(&["--json", "--data", "dir", "count", "actors"]).unwrap();
        assert!(m.has("--json"));
        assert_eq!(m.value("--data"), Some("dir"));
        assert_eq!(m.operands, ["count", "actors"]);
        assert_eq!(
            parse(&["--jsonl=f.jsonl"]).unwrap().value("--jsonl"),
            Some("f.jsonl")
        );
        assert_eq!(parse(&["--sql", "q"]).unwrap().value("--sql"), None);
        assert_eq!(
            parse(&["--sql=postgres"]).unwrap().value("--sql"),
            Some("postgres")
        );
    }

    #[test]
    fn mistakes_are_refused() {
        let usage = |why: &str| Err(Refused::Usage(why.to_owned()));
        assert_eq!(parse(&["--bogus"]), usage("unknown flag `--bogus`"));
        assert_eq!(
            parse(&["--jsn"]),
            usage("unknown flag `--jsn`; did you mean `--json`?")
        );
        assert_eq!(parse(&["--data"]), usage("`--data` needs a DIR"));
        assert_eq!(parse(&["--data", "--json"]), usage("`--data` needs a DIR"));
        assert_eq!(parse(&["--json=yes"]), usage("`--json` takes no value"));
        assert!(matches!(
            parse(&["--data", "d", "--jsonl", "f"]),
            Err(Refused::Usage(_))
        ));
        assert_eq!(parse(&["x", "--help"]), Err(Refused::Help));
    }

    #[test]
    fn help_lists_every_flag() {
        let help = CLI.help();
        for flag in ["--json", "--data DIR", "--jsonl FILE", "--help"] {
            assert!(help.contains(flag), "{flag} in {help}");
        }
    }
}
