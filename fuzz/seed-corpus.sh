#!/bin/sh
# Seeds the fuzz corpora from the example queries under tests/queries/: each file as it is,
# and each of its lines on its own, so that the fuzzer starts from queries that parse.
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
