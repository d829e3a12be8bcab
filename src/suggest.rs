//! "Did you mean": the nearest known word to a misspelt one.

/// The candidate closest to `word` by edit distance (ASCII case ignored), if it is close
/// enough to be a plausible typo: at most one edit for short words, a third of the word's
/// length for longer ones. Ties go to the earlier candidate, so answers are stable.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    let budget = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (distance(&word, &candidate.to_ascii_lowercase()), candidate))
        .filter(|&(d, _)| d <= budget)
        .min_by_key(|&(d, _)| d)
        .map(|(_, candidate)| candidate)
}

/// Optimal-string-alignment distance: Levenshtein plus adjacent transpositions, the commonest
/// typing slip (`topci` for `topic`). Inputs here are words, so the quadratic table is small;
/// callers cap what they pass (a query's length is bounded before any word reaches here).
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut table = vec![0usize; (a.len() + 1) * width];
    for (i, cell) in table.iter_mut().step_by(width).enumerate() {
        *cell = i;
    }
    for (j, cell) in table.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (table[(i - 1) * width + j] + 1)
                .min(table[i * width + j - 1] + 1)
                .min(table[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(table[(i - 2) * width + j - 2] + 1);
            }
            table[i * width + j] = best;
        }
    }
    table[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("abc", "abc"), 0);
        assert_eq!(distance("abc", "acb"), 1);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
