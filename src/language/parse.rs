//! Text to syntax tree: limits first, then the pest grammar, then a tree that keeps the span
//! of everything a later error may point at.
//!
//! Nothing here knows what collections or fields exist; that is [`crate::language::check`]'s work.

use std::borrow::Cow;
use std::ops::Range;

use pest::Parser as _;
use pest::Token;
use pest::iterators::Tokens;

use crate::language::error::{QueryError, Snippet};
use crate::language::grammar::{FactsParser, Rule};
use crate::model::suggest::closest;
use crate::plan::Op;

/// The longest query accepted, in bytes. Longer input is refused before it is parsed.
///
/// ```
/// let long = format!("estimates where id = \"{}\"", "x".repeat(facts::MAX_QUERY_LEN));
/// assert!(matches!(facts::query(&long), Err(facts::QueryError::TooLong { .. })));
/// ```
pub const MAX_QUERY_LEN: usize = 16 * 1024;

/// The deepest nesting accepted: open parentheses plus the `not`s in force, and the steps of
/// a path (`source.actors.name` is three). Checked before the grammar runs, because the
/// grammar recurses on `(` and so does every walk of the tree. At this depth an unoptimised
/// build uses about 350 KiB of stack, well inside a default thread's 2 MiB.
///
/// ```
/// let deep = format!("estimates where {}value > 1", "not ".repeat(facts::MAX_DEPTH + 1));
/// assert!(matches!(facts::query(&deep), Err(facts::QueryError::TooDeep { .. })));
/// ```
pub const MAX_DEPTH: usize = 32;

pub(crate) type Span = Range<usize>;

/// A parsed query, before its names are resolved.
#[derive(Debug)]
pub(crate) struct Syntax<'q> {
    /// `find "words"`: the words, and nothing else is set.
    pub find: Option<Literal<'q>>,
    pub count: bool,
    pub collection: Name<'q>,
    pub filter: Option<Cond<'q>>,
    pub group: Option<Path<'q>>,
    pub order: Vec<(Path<'q>, bool)>,
    pub limit: Option<Literal<'q>>,
    pub select: Vec<Path<'q>>,
}

/// A word of the query and where it stands.
#[derive(Debug, Clone)]
pub(crate) struct Name<'q> {
    pub text: &'q str,
    pub span: Span,
}

/// `source.kind`: one name or more. The grammar allows no blanks inside a path, so its names
/// are its text split at the dots, and need no list of their own.
#[derive(Debug, Clone)]
pub(crate) struct Path<'q> {
    pub text: &'q str,
    pub span: Span,
}

impl<'q> Path<'q> {
    /// The names, in order, each with its own span.
    pub fn names(&self) -> impl Iterator<Item = Name<'q>> + '_ {
        let mut start = self.span.start;
        self.text.split('.').map(move |text| {
            let name = Name {
                text,
                span: start..start + text.len(),
            };
            start += text.len() + 1;
            name
        })
    }

    /// The one name of a path without dots.
    pub fn single(&self) -> Option<Name<'q>> {
        (!self.text.contains('.')).then(|| Name {
            text: self.text,
            span: self.span.clone(),
        })
    }
}

#[derive(Debug)]
pub(crate) enum Cond<'q> {
    Or(Vec<Cond<'q>>),
    And(Vec<Cond<'q>>),
    Not(Box<Cond<'q>>),
    Test(Test<'q>),
}

#[derive(Debug)]
pub(crate) struct Test<'q> {
    pub path: Path<'q>,
    pub op: Op,
    pub op_span: Span,
    pub values: Literals<'q>,
}

/// A test's values: one, or the several of an `in` list. The first is kept apart so that the
/// commonest test, with one value, needs no list.
#[derive(Debug, Default)]
pub(crate) struct Literals<'q> {
    first: Option<Literal<'q>>,
    rest: Vec<Literal<'q>>,
}

impl<'q> Literals<'q> {
    fn push(&mut self, literal: Literal<'q>) {
        match self.first {
            None => self.first = Some(literal),
            Some(_) => self.rest.push(literal),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Literal<'q>> {
        self.first.iter().chain(&self.rest)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LiteralKind {
    /// `"quoted"`: `text` is the unescaped content.
    String,
    /// `2025-10`, `2025-10-28`.
    Date,
    /// `10000`, `10,000`.
    Number,
    /// A bare word.
    Word,
}

#[derive(Debug, Clone)]
pub(crate) struct Literal<'q> {
    pub kind: LiteralKind,
    /// As written, quotes excluded; a string's escapes are undone by [`Literal::unescaped`].
    pub text: &'q str,
    pub span: Span,
}

impl<'q> Literal<'q> {
    /// The value the literal stands for: its text, with a string's escapes undone. Borrowed
    /// unless there are escapes to undo.
    pub fn unescaped(&self) -> Cow<'q, str> {
        if self.kind != LiteralKind::String || !self.text.contains('\\') {
            return Cow::Borrowed(self.text);
        }
        let mut out = String::with_capacity(self.text.len());
        let mut chars = self.text.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => out.extend(chars.next()),
                c => out.push(c),
            }
        }
        Cow::Owned(out)
    }
}

/// Parses a query's text.
pub(crate) fn parse(query: &str) -> Result<Syntax<'_>, QueryError> {
    if query.len() > MAX_QUERY_LEN {
        return Err(QueryError::TooLong {
            len: query.len(),
            max: MAX_QUERY_LEN,
        });
    }
    check_depth(query).map_err(|span| QueryError::TooDeep {
        at: Snippet::new(query, span),
        max: MAX_DEPTH,
    })?;
    let pairs = FactsParser::parse(Rule::query, query).map_err(|e| syntax_error(&e, query))?;
    let mut walk = Walk {
        tokens: pairs.tokens(),
        input: query,
    };
    let syntax = walk.query();
    if syntax.collection.text.is_empty() && syntax.find.is_none() {
        // The grammar always yields a collection; say so rather than panic.
        return Err(QueryError::Syntax {
            at: Snippet::new(query, 0..query.len()),
            expected: "a query".into(),
            found: "nothing the grammar accepts".into(),
            hint: None,
        });
    }
    Ok(syntax)
}

/// A walk through pest's tokens, the start and end of each rule matched in order, building
/// the tree as it goes. Tokens are cheaper to read than pest's pairs, which share and count
/// the token list anew for every node visited.
struct Walk<'q> {
    tokens: Tokens<'q, Rule>,
    input: &'q str,
}

/// What a `path` in the query's top level is, by the clause keyword before it.
#[derive(Clone, Copy)]
enum Clause {
    Group,
    Order,
    Select,
}

impl<'q> Walk<'q> {
    /// Reads past the end of the rule whose start was just read, and says where it ends.
    fn end(&mut self) -> usize {
        let mut depth = 0usize;
        for token in self.tokens.by_ref() {
            match token {
                Token::Start { .. } => depth += 1,
                Token::End { pos, .. } if depth == 0 => return pos.pos(),
                Token::End { .. } => depth -= 1,
            }
        }
        0
    }

    /// The text of the token whose start, at `start`, was just read, and its span: the
    /// token's own, without the blanks the grammar has it take after it.
    fn text(&mut self, start: usize) -> (&'q str, Span) {
        let end = self.end();
        let text = self
            .input
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(BLANKS);
        (text, start..start + text.len())
    }

    fn query(&mut self) -> Syntax<'q> {
        let mut syntax = Syntax {
            find: None,
            count: false,
            collection: Name {
                text: "",
                span: 0..0,
            },
            filter: None,
            group: None,
            order: Vec::new(),
            limit: None,
            select: Vec::new(),
        };
        let mut clause = Clause::Select;
        while let Some(token) = self.tokens.next() {
            let Token::Start { rule, pos } = token else {
                continue;
            };
            let start = pos.pos();
            match rule {
                Rule::kw_count => {
                    syntax.count = true;
                    self.end();
                }
                Rule::collection => {
                    let (text, span) = self.text(start);
                    syntax.collection = Name { text, span };
                }
                // The words after `find`: the one string or run of words outside a condition.
                Rule::string | Rule::words => syntax.find = Some(self.literal(rule, start)),
                Rule::or_cond => syntax.filter = Some(self.or_cond()),
                Rule::kw_group | Rule::kw_order | Rule::kw_select | Rule::kw_desc => {
                    self.end();
                    match rule {
                        Rule::kw_group => clause = Clause::Group,
                        Rule::kw_order => clause = Clause::Order,
                        Rule::kw_select => clause = Clause::Select,
                        _ => {
                            if let Some((_, descending)) = syntax.order.last_mut() {
                                *descending = true;
                            }
                        }
                    }
                }
                Rule::path => {
                    let path = self.path(start);
                    match clause {
                        Clause::Group => syntax.group = Some(path),
                        Clause::Order => syntax.order.push((path, false)),
                        Clause::Select => syntax.select.push(path),
                    }
                }
                // The one number outside a condition.
                Rule::number => syntax.limit = Some(self.literal(rule, start)),
                // `where`, `by`, `asc`, commas, `direction` and the end of input: nothing to
                // keep, and nothing inside but what the loop reads next.
                _ => {}
            }
        }
        syntax
    }

    fn path(&mut self, start: usize) -> Path<'q> {
        let (text, span) = self.text(start);
        Path { text, span }
    }

    fn literal(&mut self, rule: Rule, start: usize) -> Literal<'q> {
        let kind = match rule {
            Rule::string => LiteralKind::String,
            Rule::date => LiteralKind::Date,
            Rule::number => LiteralKind::Number,
            _ => LiteralKind::Word,
        };
        let (whole, span) = self.text(start);
        let text = match kind {
            // Inside the quotes.
            LiteralKind::String => ['"', '\'']
                .iter()
                .find_map(|&q| {
                    whole
                        .strip_prefix(q)
                        .and_then(|inner| inner.strip_suffix(q))
                })
                .unwrap_or(""),
            _ => whole,
        };
        Literal { kind, text, span }
    }

    /// `a or b or c`, its start just read. Recursion follows `(` and `not`, whose depth
    /// [`check_depth`] bounded.
    fn or_cond(&mut self) -> Cond<'q> {
        self.chain(Rule::and_cond, Cond::Or, Self::and_cond)
    }

    fn and_cond(&mut self) -> Cond<'q> {
        self.chain(Rule::unary, Cond::And, Self::unary)
    }

    /// The parts of a chain, each a `part` rule, joined by keywords; one part alone is itself.
    fn chain(
        &mut self,
        part: Rule,
        join: fn(Vec<Cond<'q>>) -> Cond<'q>,
        read: fn(&mut Self) -> Cond<'q>,
    ) -> Cond<'q> {
        let mut first = None;
        let mut parts = Vec::new();
        while let Some(token) = self.tokens.next() {
            match token {
                Token::Start { rule, .. } if rule == part => {
                    let cond = read(self);
                    match first.take() {
                        None if parts.is_empty() => first = Some(cond),
                        None => parts.push(cond),
                        Some(one) => {
                            parts.push(one);
                            parts.push(cond);
                        }
                    }
                }
                // The keyword joining the parts.
                Token::Start { .. } => {
                    self.end();
                }
                Token::End { .. } => break,
            }
        }
        match first {
            Some(one) => one,
            None => join(parts),
        }
    }

    /// `not`s, then a parenthesised condition or a test.
    fn unary(&mut self) -> Cond<'q> {
        let mut nots = 0;
        let mut inner = None;
        let mut test = Test {
            path: Path {
                text: "",
                span: 0..0,
            },
            op: Op::Eq,
            op_span: 0..0,
            values: Literals::default(),
        };
        while let Some(token) = self.tokens.next() {
            let Token::Start { rule, pos } = token else {
                break;
            };
            let start = pos.pos();
            match rule {
                Rule::kw_not => {
                    nots += 1;
                    self.end();
                }
                Rule::or_cond => inner = Some(self.or_cond()),
                Rule::path => test.path = self.path(start),
                Rule::op | Rule::kw_in | Rule::kw_contains => {
                    let (text, op_span) = self.text(start);
                    test.op = match rule {
                        Rule::kw_in => Op::In,
                        Rule::kw_contains => Op::Contains,
                        _ => match text {
                            "!=" => Op::Ne,
                            "<" => Op::Lt,
                            "<=" => Op::Le,
                            ">" => Op::Gt,
                            ">=" => Op::Ge,
                            _ => Op::Eq,
                        },
                    };
                    test.op_span = op_span;
                }
                Rule::string | Rule::date | Rule::number | Rule::word => {
                    test.values.push(self.literal(rule, start));
                }
                // Parentheses, brackets and commas.
                _ => {
                    self.end();
                }
            }
        }
        let mut c = inner.unwrap_or(Cond::Test(test));
        for _ in 0..nots {
            c = Cond::Not(Box::new(c));
        }
        c
    }
}

/// What `blank` in the grammar matches.
const BLANKS: [char; 4] = [' ', '\t', '\r', '\n'];

/// Whether `query` is too short to nest deeper than [`MAX_DEPTH`], so that [`check_depth`]
/// need not walk it. A level costs a `(` or a `not` with the byte after it, and a path of more
/// than [`MAX_DEPTH`] steps at least two bytes a step; counting the `(` is one quick pass.
fn too_short_to_nest(query: &str) -> bool {
    let parens = query.bytes().filter(|&b| b == b'(').count();
    query.len() <= 2 * MAX_DEPTH && parens + (query.len() + 1) / 4 <= MAX_DEPTH
}

/// Refuses nesting deeper than [`MAX_DEPTH`] without recursing: open parentheses count one
/// level each, and so does each `not` until the test or group it applies to ends. Returns the
/// span of the token that went too deep.
fn check_depth(query: &str) -> Result<(), Span> {
    if too_short_to_nest(query) {
        return Ok(());
    }
    let bytes = query.as_bytes();
    // For each open `(`, the number of `not`s pending before it.
    let mut stack: Vec<usize> = Vec::new();
    let mut pending_nots = 0usize;
    let mut level = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        match b {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                level -= pending_nots;
                pending_nots = 0;
                continue;
            }
            b'(' => {
                stack.push(pending_nots);
                pending_nots = 0;
                level += 1;
            }
            b')' => {
                if let Some(nots) = stack.pop() {
                    level -= pending_nots + 1 + nots;
                    pending_nots = 0;
                }
            }
            // After an operator, in a list or at its end, a `not` is a value (`name = not`,
            // `[not, not]`), and applies to nothing.
            b'=' | b'<' | b'>' | b'!' | b'[' | b',' | b']' => {
                level -= pending_nots;
                pending_nots = 0;
            }
            b if b.is_ascii_alphanumeric() || b == b'_' => {
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || b"_-.".contains(&bytes[i]))
                {
                    i += 1;
                }
                let word = &query[start..i];
                if word.eq_ignore_ascii_case("not") {
                    pending_nots += 1;
                    level += 1;
                } else {
                    // Point at the first step past the limit, not the whole path.
                    if let Some((offset, step)) = word
                        .split('.')
                        .scan(0, |offset, step| {
                            let at = *offset;
                            *offset += step.len() + 1;
                            Some((at, step))
                        })
                        .nth(MAX_DEPTH)
                        // `a..b` has an empty step: a slip the grammar points at, not depth.
                        .filter(|_| !word.split('.').any(str::is_empty))
                    {
                        return Err(start + offset..start + offset + step.len());
                    }
                    level -= pending_nots;
                    pending_nots = 0;
                }
                if level > MAX_DEPTH {
                    return Err(start..i);
                }
                continue;
            }
            _ => {}
        }
        i += 1;
        if level > MAX_DEPTH {
            return Err(start..i);
        }
    }
    Ok(())
}

/// Turns pest's error into one a person can act on: the tokens that could have come, in
/// words, never the grammar's rule names, and where the slip is a common one, how to fix it.
fn syntax_error(e: &pest::error::Error<Rule>, query: &str) -> QueryError {
    // An unclosed quote swallows the rest of the query, so whatever pest expected at its
    // start says nothing useful: point at the quote instead.
    if let Some((start, quote)) = unclosed_string(query) {
        let quote = char::from(quote);
        return QueryError::Syntax {
            at: Snippet::new(query, start..query.len()),
            expected: format!("a closing `{quote}`"),
            found: "the end of the query".into(),
            hint: Some(format!(
                "end the text with `{quote}`; inside it, write `\\{quote}` for a quote"
            )),
        };
    }
    let at = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    let at = at.min(query.len());
    let positives: &[Rule] = match &e.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => positives,
        pest::error::ErrorVariant::CustomError { .. } => &[],
    };
    let mut expected: Vec<&'static str> = Vec::new();
    for rule in positives {
        let words = describe(*rule);
        if !expected.contains(&words) {
            expected.push(words);
        }
    }
    // Where any value may come, a number is one of them; "a number" alone is for `limit`.
    if expected.contains(&"a value") {
        expected.retain(|w| *w != "a number");
    }
    // After `find`, a quoted string is the words to find too.
    if expected.contains(&"the words to find") {
        expected.retain(|w| *w != "a value");
    }
    expected.sort_by_key(|w| order_of(w));
    let (found, span) = found_at(query, at);
    QueryError::Syntax {
        at: Snippet::new(query, span),
        expected: join_or(&expected),
        found,
        hint: hint(query, at, positives),
    }
}

/// How to write a number or a date the grammar does not take, as people write them: `10k`,
/// `1,0000`, `2025-1`.
fn number_hint(token: &str) -> Option<String> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let whole = |s: &str| -> Option<u64> { s.replace(',', "").parse().ok() };
    if let Some((n, unit)) = token
        .strip_suffix(['k', 'K'])
        .map(|n| (n, 1_000))
        .or_else(|| token.strip_suffix(['m', 'M']).map(|n| (n, 1_000_000)))
        && digits(&n.replace(',', ""))
    {
        let full = whole(n)?.checked_mul(unit)?;
        return Some(format!(
            "write numbers in full, as in `{}`",
            crate::store::schema::grouped(full)
        ));
    }
    let parts: Vec<&str> = token.split('-').collect();
    if let [year, rest @ ..] = parts.as_slice()
        && year.len() == 4
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|p| digits(p) && p.len() <= 2)
    {
        let padded: Vec<String> = rest.iter().map(|p| format!("{p:0>2}")).collect();
        return Some(format!(
            "write months and days with two digits, as in `{year}-{}`",
            padded.join("-")
        ));
    }
    if token.contains(',') && digits(&token.replace(',', "")) {
        return Some(format!(
            "digits after a comma come in threes: write `{}` or `{}`",
            crate::store::schema::grouped(whole(token)?),
            token.replace(',', "")
        ));
    }
    None
}

/// Where a quoted string opens that never closes, and its quote, if one does.
fn unclosed_string(query: &str) -> Option<(usize, u8)> {
    let bytes = query.as_bytes();
    let mut open: Option<(usize, u8)> = None;
    let mut i = 0;
    while i < bytes.len() {
        match (open, bytes[i]) {
            (None, quote @ (b'"' | b'\'')) => open = Some((i, quote)),
            (Some(_), b'\\') => i += 1,
            (Some((_, quote)), b) if b == quote => open = None,
            _ => {}
        }
        i += 1;
    }
    open
}

/// Advice for slips the expected tokens alone do not explain.
fn hint(query: &str, at: usize, positives: &[Rule]) -> Option<String> {
    let rest = &query[at..];
    let before = query[..at].trim_end();
    let word_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    let lower = word.to_ascii_lowercase();
    // The second character, not the second byte: the first may be longer than one byte.
    let next_is_digit = rest.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
    let after_digit = before.len() == at && before.ends_with(|c: char| c.is_ascii_digit());

    if lower == "orderby" || lower == "groupby" {
        return Some(format!("write `{} by` as two words", &lower[..5]));
    }
    if starts_with_count(query) && ["group", "order", "limit", "select"].contains(&lower.as_str()) {
        let collection = query.split_whitespace().nth(1).unwrap_or("COLLECTION");
        return Some(format!(
            "`count` takes only `where`; to count per value, write `{collection} group by FIELD`"
        ));
    }
    let clauses = ["where", "group", "order", "limit", "select"];
    if positives.contains(&Rule::EOI) && clauses.contains(&lower.as_str()) {
        return Some(
            "clauses come in this order: `where`, `group by`, `order by`, `limit`, `select`".into(),
        );
    }
    if !word.is_empty() && word.starts_with(|c: char| c.is_ascii_alphabetic()) {
        let keywords: Vec<&'static str> = positives
            .iter()
            .flat_map(|r| keywords(*r).iter().copied())
            .collect();
        if let Some(meant) = closest(word, keywords.iter().copied())
            && !meant.eq_ignore_ascii_case(word)
        {
            return Some(format!("did you mean `{}`?", spelled(meant)));
        }
        // `topic = casualties value > 600`: a second test with nothing to join it.
        let after = rest[word_len..].trim_start();
        let next = after.split_whitespace().next().unwrap_or("");
        let starts_test = after.starts_with(['=', '!', '<', '>'])
            || ["in", "contains"].contains(&next.to_ascii_lowercase().as_str());
        if positives.contains(&Rule::kw_and) && starts_test {
            return Some(format!(
                "join two tests with `and` or `or`, as in `and {word} ...`"
            ));
        }
        // `name = Yu Yong-weon`: a second word after a value.
        let mut tokens = before.rsplit(char::is_whitespace);
        let (last, op) = (tokens.next().unwrap_or(""), tokens.next().unwrap_or(""));
        let is_word = last.starts_with(|c: char| c.is_ascii_alphabetic());
        if is_word && ["=", "!=", "contains"].contains(&op.to_ascii_lowercase().as_str()) {
            return Some(format!(
                "put text with blanks in quotes, as in `\"{last} {word}\"`"
            ));
        }
        return None;
    }
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        let (_, span) = found_at(query, at);
        if let Some(hint) = number_hint(&query[span]) {
            return Some(hint);
        }
    }
    let first = rest.chars().next()?;
    let takes_and = positives.contains(&Rule::kw_and);
    match first {
        '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' => Some(format!(
            "`{first}` is a typographic quote; write text in `\"` or `'`, as a keyboard types them"
        )),
        '=' | '!' | '<' | '>' if takes_and => Some(
            "a test has one operator; to test more, join tests with `and` or `or`, as in \
             `value > 600 and value < 4,000`"
                .into(),
        ),
        ')' if !has_open_paren(&query[..at]) => {
            Some("this `)` closes no `(`; remove it or open one before".into())
        }
        '.' if after_digit => Some("numbers are whole: write them without a decimal point".into()),
        ']' if before.ends_with('[') => {
            Some("a list holds at least one value, as in `[killed, wounded]`".into())
        }
        ',' if after_digit => {
            Some("group a number's digits in threes (`10,000`) or not at all (`10000`)".into())
        }
        '-' if next_is_digit => Some("numbers here are never negative".into()),
        '=' if before.ends_with('=') && !["<=", ">=", "!="].iter().any(|o| before.ends_with(o)) => {
            Some("write `=`, not `==`".into())
        }
        '>' if before.ends_with('<') => Some("write `!=`, not `<>`".into()),
        '≥' => Some("write `>=`".into()),
        '≤' => Some("write `<=`".into()),
        '≠' => Some("write `!=`".into()),
        '&' => Some("write `and`".into()),
        '|' => Some("write `or`".into()),
        _ => None,
    }
}

fn starts_with_count(query: &str) -> bool {
    let query = query.trim_start();
    // `get`, not indexing: the fifth byte may fall inside a character.
    query
        .get(..5)
        .is_some_and(|word| word.eq_ignore_ascii_case("count"))
        && query[5..].starts_with(char::is_whitespace)
}

/// Whether a `(` is still open at the end of `text`, strings aside.
fn has_open_paren(text: &str) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for c in text.chars() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (_, false, '"') => in_string = !in_string,
            (false, _, '(') => depth += 1,
            (false, _, ')') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth > 0
}

/// Every keyword of the grammar (`keyword` and `count`), which no collection or field is named.
pub(crate) const KEYWORDS: [&str; 15] = [
    "where", "group", "order", "by", "asc", "desc", "limit", "select", "and", "or", "not", "in",
    "contains", "count", "find",
];

/// The keywords a rule stands for, as a misspelling of them would be written.
fn keywords(rule: Rule) -> &'static [&'static str] {
    match rule {
        Rule::where_clause | Rule::kw_where => &["where"],
        Rule::group_clause | Rule::kw_group => &["group"],
        Rule::order_clause | Rule::kw_order => &["order"],
        Rule::kw_by => &["by"],
        Rule::limit_clause | Rule::kw_limit => &["limit"],
        Rule::select_clause | Rule::kw_select => &["select"],
        Rule::kw_and => &["and"],
        Rule::kw_or => &["or"],
        Rule::kw_not => &["not"],
        Rule::direction => &["asc", "desc"],
        Rule::kw_asc => &["asc"],
        Rule::kw_desc => &["desc"],
        Rule::kw_contains | Rule::contains_test => &["contains"],
        Rule::count_query | Rule::kw_count => &["count"],
        _ => &[],
    }
}

/// A keyword as the query writes it: `group` and `order` come with their `by`.
fn spelled(keyword: &str) -> String {
    match keyword {
        "group" | "order" => format!("{keyword} by"),
        other => other.to_owned(),
    }
}

/// The collections, as an error lists them where one is expected.
const A_COLLECTION: &str = "a collection (actors, events, estimates, sources, claims, reports)";

/// A rule of the grammar in words.
fn describe(rule: Rule) -> &'static str {
    match rule {
        Rule::collection | Rule::rows_query => A_COLLECTION,
        Rule::find_query | Rule::kw_find => "`find`",
        Rule::words => "the words to find",
        Rule::count_query | Rule::kw_count => "`count`",
        Rule::where_clause | Rule::kw_where => "`where`",
        Rule::group_clause | Rule::kw_group => "`group by`",
        Rule::order_clause | Rule::kw_order => "`order by`",
        Rule::kw_by => "`by`",
        Rule::limit_clause | Rule::kw_limit => "`limit`",
        Rule::select_clause | Rule::kw_select => "`select`",
        Rule::direction | Rule::kw_asc | Rule::kw_desc => "`asc` or `desc`",
        Rule::kw_and => "`and`",
        Rule::kw_or => "`or`",
        Rule::kw_not => "`not`",
        Rule::kw_in | Rule::in_test => "`in [...]`",
        Rule::kw_contains | Rule::contains_test => "`contains`",
        Rule::op | Rule::compare_test => "an operator (= != < <= > >=)",
        Rule::or_cond | Rule::and_cond | Rule::unary | Rule::test => "a condition",
        Rule::group | Rule::paren_open => "`(`",
        Rule::paren_close => "`)`",
        Rule::bracket_open => "`[`",
        Rule::bracket_close => "`]`",
        Rule::comma => "`,`",
        Rule::path | Rule::name | Rule::key => "a field",
        Rule::number => "a number",
        Rule::value
        | Rule::string
        | Rule::string_text
        | Rule::single_quoted
        | Rule::date
        | Rule::word => "a value",
        Rule::EOI => "the end of the query",
        Rule::query => {
            "`count`, `find` or a collection (actors, events, estimates, sources, claims, reports)"
        }
        Rule::keyword | Rule::ident_char | Rule::blank => "a query",
    }
}

/// The order expected tokens are listed in: the query's own order.
fn order_of(words: &str) -> usize {
    [
        "`count`",
        "`find`",
        A_COLLECTION,
        "the words to find",
        "`not`",
        "`(`",
        "a condition",
        "a field",
        "an operator (= != < <= > >=)",
        "`in [...]`",
        "`contains`",
        "`[`",
        "a value",
        "a number",
        "`asc` or `desc`",
        "`,`",
        "`]`",
        "`and`",
        "`or`",
        "`)`",
        "`where`",
        "`group by`",
        "`by`",
        "`order by`",
        "`limit`",
        "`select`",
    ]
    .iter()
    .position(|w| *w == words)
    .unwrap_or(usize::MAX)
}

fn join_or(items: &[&str]) -> String {
    match items {
        [] => "something else".into(),
        [one] => (*one).into(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The token at `at`, for "found ...": a word, a quoted string, or one character.
fn found_at(query: &str, at: usize) -> (String, Span) {
    let rest = &query[at..];
    let Some(first) = rest.chars().next() else {
        return ("the end of the query".into(), query.len()..query.len());
    };
    let len = if first.is_ascii_digit() {
        // A number with its grouping, `1,0000`, is one slip, not a valid `1` and junk.
        rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == ',' || c == '-' || c == '.'))
            .unwrap_or(rest.len())
    } else if first.is_ascii_alphanumeric() || first == '_' {
        rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.'))
            .unwrap_or(rest.len())
    } else if rest.starts_with("<=") || rest.starts_with(">=") || rest.starts_with("!=") {
        2
    } else {
        first.len_utf8()
    };
    (
        format!("`{}`", crate::language::error::clip(&rest[..len])),
        at..at + len,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_ok(q: &str) -> bool {
        check_depth(q).is_ok()
    }

    #[test]
    fn depth_counts_parens_and_pending_nots() {
        let at_limit = format!(
            "x where {}a = 1{}",
            "(".repeat(MAX_DEPTH),
            ")".repeat(MAX_DEPTH)
        );
        assert!(depth_ok(&at_limit));
        let over = format!("x where {}a = 1", "(".repeat(MAX_DEPTH + 1));
        assert!(!depth_ok(&over));
        assert!(depth_ok(&format!(
            "x where {}a = 1",
            "not ".repeat(MAX_DEPTH)
        )));
        assert!(!depth_ok(&format!(
            "x where {}a = 1",
            "not ".repeat(MAX_DEPTH + 1)
        )));
        // `not`s that have been applied do not add up along a chain.
        let chain = vec!["not a = 1"; 200].join(" or ");
        assert!(depth_ok(&format!("x where {chain}")));
        let groups = vec!["not (a = 1)"; 200].join(" and ");
        assert!(depth_ok(&format!("x where {groups}")));
        // Parentheses inside strings are text.
        assert!(depth_ok(&format!("x where a = \"{}\"", "(".repeat(100))));
        // Unbalanced closers do not underflow.
        assert!(depth_ok("x where a = 1))))"));
        // `not` as a value applies to nothing.
        let values = vec!["not"; 100].join(", ");
        assert!(depth_ok(&format!("x where a in [{values}]")));
    }

    #[test]
    fn short_queries_skip_the_walk_only_when_they_cannot_be_too_deep() {
        // Every query the walk refuses is too long for the shortcut.
        let deepest = [
            "(".repeat(MAX_DEPTH + 1),
            "not ".repeat(MAX_DEPTH + 1),
            "not(".repeat(MAX_DEPTH / 2 + 1),
            vec!["a"; MAX_DEPTH + 1].join("."),
        ];
        for query in deepest {
            assert!(!depth_ok(&query), "{query}");
            assert!(!too_short_to_nest(&query), "{query}");
        }
        assert!(too_short_to_nest("estimates where topic = casualties"));
    }

    #[test]
    fn long_paths_are_too_deep() {
        let path = vec!["affiliation"; MAX_DEPTH + 1].join(".");
        assert!(!depth_ok(&format!("actors where {path} = x")));
    }
}
