#!/bin/sh
# Seeds the fuzz corpora from the example queries under tests/queries/: each file as it is,
# and each of its lines on its own, so that the fuzzer starts from queries that parse. The
# `load` corpus gets the embedded facts as JSON Lines, whole and one record a file, and
# fuzz/small.jsonl, whole and each record after its report, so that it starts from records
# that load as well as from records that each check refuses.
#
#     fuzz/seed-corpus.sh            # from the crate's root
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
for target in query parse; do
    corpus="$root/fuzz/corpus/$target"
    mkdir -p "$corpus"
    for file in "$root"/tests/queries/*.txt "$root"/fuzz/regressions/*; do
        [ -f "$file" ] || continue
        name=$(basename "$file")
        cp "$file" "$corpus/seed-$name"
        n=0
        while IFS= read -r line || [ -n "$line" ]; do
            n=$((n + 1))
            case "$line" in '' | '#'*) continue ;; esac
            printf '%s' "$line" >"$corpus/seed-$name-$n"
        done <"$file"
    done
    for q in \
        'estimates where topic = casualties and value > 1,000 order by value desc limit 3' \
        'count claims where status in [alleged, unconfirmed]' \
        'events where date >= 2025-10 and not (ongoing = true or place contains "kyiv")' \
        'actors where name contains "yu" select id, affiliation.name' \
        'estimates group by source.kind order by high desc select key, count, low, high' \
        'events where actors contains yu-yong-weon and sources.kind = intelligence'; do
        printf '%s' "$q" >"$corpus/seed-builtin-$(printf '%s' "$q" | cksum | cut -d' ' -f1)"
    done
done
echo "seeded $(ls "$root/fuzz/corpus/query" | wc -l) inputs into fuzz/corpus/{query,parse}"

corpus="$root/fuzz/corpus/load"
mkdir -p "$corpus"
exported=$(mktemp -d)
trap 'rm -rf "$exported"' EXIT
(cd "$root" && cargo run --quiet --example facts -- export --format jsonl "$exported" >/dev/null)
# The embedded facts, whole and each record alone. Their report's line alone is longer than
# -max_len, so libFuzzer keeps only the start of the whole file, and a record alone names a
# report that is not there.
cp "$exported/facts.jsonl" "$corpus/seed-facts"
n=0
while IFS= read -r line; do
    n=$((n + 1))
    printf '%s\n' "$line" >"$corpus/seed-facts-$n"
done <"$exported/facts.jsonl"
# A dataset small enough to be fuzzed whole, which loads: whole, and each record after its
# report, on the first line.
small="$root/fuzz/small.jsonl"
cp "$small" "$corpus/seed-small"
report=$(head -n 1 "$small")
n=1
tail -n +2 "$small" | while IFS= read -r line; do
    n=$((n + 1))
    printf '%s\n%s\n' "$report" "$line" >"$corpus/seed-small-$n"
done
echo "seeded $(ls "$corpus" | wc -l) inputs into fuzz/corpus/load"
