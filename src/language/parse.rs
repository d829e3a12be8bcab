//! Text to syntax tree: limits first, then the pest grammar, then a tree that keeps the span
//! of everything a later error may point at.
//!
//! Nothing here knows what collections or fields exist; that is [`crate::language::check`]'s work.

use pest::Parser as _;
use pest::Token;
use pest::iterators::Tokens;

use crate::language::error::{QueryError, Snippet};
use crate::language::expected::Expected;
use crate::language::grammar::{FactsParser, Rule};
use crate::language::limits::within_limits;
use crate::language::syntax::{
    CondSyntax, Ident, Literal, LiteralKind, Literals, PathSyntax, Span, Syntax, TestSyntax,
};
use crate::language::syntax_error::syntax_error;
use crate::plan::Op;

/// Parses a query's text.
pub(crate) fn parse(query: &str) -> Result<Syntax<'_>, QueryError> {
    within_limits(query)?;
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
            expected: Expected::Query.to_string(),
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
            collection: Ident {
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
                    syntax.collection = Ident { text, span };
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

    fn path(&mut self, start: usize) -> PathSyntax<'q> {
        let (text, span) = self.text(start);
        PathSyntax { text, span }
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
    /// [`check_depth`](crate::language::limits::check_depth) bounded.
    fn or_cond(&mut self) -> CondSyntax<'q> {
        self.chain(Rule::and_cond, CondSyntax::Or, Self::and_cond)
    }

    fn and_cond(&mut self) -> CondSyntax<'q> {
        self.chain(Rule::unary, CondSyntax::And, Self::unary)
    }

    /// The parts of a chain, each a `part` rule, joined by keywords; one part alone is itself.
    fn chain(
        &mut self,
        part: Rule,
        join: fn(Vec<CondSyntax<'q>>) -> CondSyntax<'q>,
        read: fn(&mut Self) -> CondSyntax<'q>,
    ) -> CondSyntax<'q> {
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
    fn unary(&mut self) -> CondSyntax<'q> {
        let mut nots = 0;
        let mut inner = None;
        let mut test = TestSyntax {
            path: PathSyntax {
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
        let mut c = inner.unwrap_or(CondSyntax::Test(test));
        for _ in 0..nots {
            c = CondSyntax::Not(Box::new(c));
        }
        c
    }
}

/// What `blank` in the grammar matches.
const BLANKS: [char; 4] = [' ', '\t', '\r', '\n'];
