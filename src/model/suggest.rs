//! "Did you mean": the nearest known word to a misspelt one.

/// Words people write for a word of the crate's own, too far from it for a typo: the
/// report's wording ("more than 4,000 injured", "dead") and habits of other languages
/// (`descending`). A word here suggests its meaning wherever that is a candidate.
const ALSO_CALLED: &[(&str, &str)] = &[
    ("dead", "killed"),
    ("deaths", "killed"),
    ("died", "killed"),
    ("fatalities", "killed"),
    ("injured", "wounded"),
    ("injuries", "wounded"),
    ("casualty", "casualties"),
    ("soldiers", "troops"),
    ("deployed", "deployment"),
    ("over", "more_than"),
    ("around", "about"),
    ("approximately", "about"),
    ("descending", "desc"),
    ("ascending", "asc"),
    // Claims name the actors they are about `about`.
    ("actors", "about"),
];

/// The candidate closest to `word` by edit distance (ASCII case ignored), if it is close
/// enough to be a plausible typo: at most one edit for short words, a third of the word's
/// length for longer ones. Ties go to the earlier candidate, so answers are stable. A word
/// people write for a candidate (`dead` for `killed`) suggests it, however far.
///
/// A data file's collection may hold a million ids, so each candidate costs no allocation,
/// and a comparison stops as soon as the candidate cannot beat the nearest one so far.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word: Vec<char> = word.chars().map(|c| c.to_ascii_lowercase()).collect();
    let budget = (word.len() / 3).max(1);
    let mut rows = EditRows::default();
    let mut best: Option<(usize, &str)> = None;
    let meaning = ALSO_CALLED
        .iter()
        .find(|(said, _)| said.len() == word.len() && said.chars().eq(word.iter().copied()))
        .map(|&(_, meant)| meant);
    for candidate in candidates {
        if meaning.is_some_and(|m| m.eq_ignore_ascii_case(candidate)) {
            return Some(candidate);
        }
        if negates(&word, candidate) {
            continue;
        }
        // Only a strictly nearer candidate replaces the best one.
        let limit = match best {
            Some((0, _)) => break,
            Some((d, _)) => d - 1,
            None => budget,
        };
        if let Some(d) = rows.distance(&word, candidate, limit) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Whether one word is the other with a negating prefix (`confirmed`, `unconfirmed`): a few
/// letters apart and opposite in meaning, so never suggested for each other.
fn negates(word: &[char], candidate: &str) -> bool {
    const PREFIXES: [&str; 4] = ["un", "non", "in", "dis"];
    let same = |a: &str, b: &[char]| {
        a.chars().count() == b.len() && a.chars().zip(b).all(|(x, y)| x.eq_ignore_ascii_case(y))
    };
    PREFIXES.iter().any(|prefix| {
        let added = candidate.len() > prefix.len()
            && candidate.is_char_boundary(prefix.len())
            && candidate[..prefix.len()].eq_ignore_ascii_case(prefix)
            && same(&candidate[prefix.len()..], word);
        let removed = word.len() > prefix.len()
            && word
                .iter()
                .zip(prefix.chars())
                .all(|(w, p)| w.eq_ignore_ascii_case(&p))
            && same(candidate, &word[prefix.len()..]);
        added || removed
    })
}

/// The rows of an edit-distance table, kept from one candidate to the next.
#[derive(Default)]
struct EditRows {
    /// The candidate's characters, in lower case.
    other: Vec<char>,
    /// Rows `i - 2`, `i - 1` and `i` of the table.
    rows: [Vec<usize>; 3],
}

impl EditRows {
    /// Optimal-string-alignment distance between `word` (already in lower case) and
    /// `other`, if it is at most `limit`: Levenshtein plus adjacent transpositions, the
    /// commonest typing slip (`topci` for `topic`).
    fn distance(&mut self, word: &[char], other: &str, limit: usize) -> Option<usize> {
        self.other.clear();
        self.other
            .extend(other.chars().map(|c| c.to_ascii_lowercase()));
        let b = &self.other;
        if word.len().abs_diff(b.len()) > limit {
            return None;
        }
        let [before, above, row] = &mut self.rows;
        for r in [&mut *before, &mut *above, &mut *row] {
            r.clear();
            r.resize(b.len() + 1, 0);
        }
        above.iter_mut().enumerate().for_each(|(j, cell)| *cell = j);
        // Whether the row before `above` was within the limit somewhere: a cell draws on the
        // two rows above it, so once two rows in a row are beyond the limit, all are.
        let mut before_near = true;
        for i in 1..=word.len() {
            row[0] = i;
            let mut near = i <= limit;
            for j in 1..=b.len() {
                let cost = usize::from(word[i - 1] != b[j - 1]);
                let mut cell = (above[j] + 1).min(row[j - 1] + 1).min(above[j - 1] + cost);
                if i > 1 && j > 1 && word[i - 1] == b[j - 2] && word[i - 2] == b[j - 1] {
                    cell = cell.min(before[j - 2] + 1);
                }
                row[j] = cell;
                near |= cell <= limit;
            }
            if !near && !before_near {
                return None;
            }
            before_near = near;
            std::mem::swap(before, above);
            std::mem::swap(above, row);
        }
        Some(above[b.len()]).filter(|&d| d <= limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_suggests_a_word_for_its_opposite() {
        let statuses = ["stated", "reported", "alleged", "unconfirmed"];
        assert_eq!(closest("confirmed", statuses), None);
        assert_eq!(closest("unconfirmd", statuses), Some("unconfirmed"));
        assert_eq!(closest("unknown", ["known", "unknwn"]), Some("unknwn"));
        assert_eq!(closest("Direct", ["indirect"]), None);
    }

    #[test]
    fn finds_near_misses_only() {
        let fields = ["topic", "measure", "value", "qualifier", "source"];
        assert_eq!(closest("topc", fields), Some("topic"));
        assert_eq!(closest("topci", fields), Some("topic"));
        assert_eq!(closest("TOPIC", fields), Some("topic"));
        assert_eq!(closest("valeu", fields), Some("value"));
        assert_eq!(closest("zebra", fields), None);
        assert_eq!(
            closest("estmates", ["actors", "estimates", "events"]),
            Some("estimates")
        );
        assert_eq!(
            closest("casualtys", ["deployment", "casualties"]),
            Some("casualties")
        );
    }

    fn distance(a: &str, b: &str) -> usize {
        let a: Vec<char> = a.chars().collect();
        EditRows::default().distance(&a, b, usize::MAX).unwrap()
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("abc", "abc"), 0);
        assert_eq!(distance("abc", "acb"), 1);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("ca", "abc"), 3);
    }

    /// The whole table, as the definition reads: the oracle for the kept rows.
    fn full_table(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    /// The rows kept between candidates and the early stop give what the whole table gives.
    #[test]
    fn a_limit_only_stops_what_cannot_be_within_it() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "acb",
            "kitten",
            "sitting",
            "estimate-19",
            "estimatf-19",
            "estimate-123456",
            "setimate-91",
            "topic",
            "topci",
            "zebra",
        ];
        let mut rows = EditRows::default();
        for a in words {
            let chars: Vec<char> = a.chars().collect();
            for b in words {
                let full = full_table(a, b);
                assert_eq!(distance(a, b), full, "{a} {b}");
                for limit in 0..=full + 1 {
                    let within = rows.distance(&chars, b, limit);
                    assert_eq!(within, (full <= limit).then_some(full), "{a} {b} {limit}");
                }
            }
        }
    }

    #[test]
    fn ties_go_to_the_earlier_candidate() {
        assert_eq!(closest("cat", ["bat", "cot", "cat"]), Some("cat"));
        assert_eq!(closest("cat", ["bat", "cot"]), Some("bat"));
        assert_eq!(closest("CAT", ["bat", "Cat"]), Some("Cat"));
    }
}
