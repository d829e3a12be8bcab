# The database engines the SQL tests run on besides SQLite: a throwaway PostgreSQL server and
# the DuckDB command line. Sourced by .ci/run before `cargo test`; sourcing it
#
#   - installs what is missing (apt-get install postgresql-15; pip install duckdb-cli, in a
#     virtual environment under target/ where the system's Python refuses packages),
#   - makes a PostgreSQL cluster in a new temporary directory, owned by the `postgres` user
#     (or `nobody`) when run as root (PostgreSQL refuses to run as root) and by the caller otherwise, with
#     trust authentication, listening on a unix socket in that directory and on no TCP port,
#   - starts it and exports
#       FACTS_POSTGRES  a libpq connection string for it (what `psql` takes)
#       FACTS_DUCKDB    the path of the duckdb binary
#   - and stops the server and removes the directory when the shell exits (`trap ... EXIT`),
#     whatever happens.
#
# Sourcing it again in the same shell reuses the running server. For a shell of your own:
#   source .ci/engines.sh && cargo test --test engines

engines_sudo() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# The newest installed PostgreSQL's bin directory, or nothing.
engines_pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$bin" ] && [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ]; then echo "$bin"; fi
}

engines_install() {
    if [ -z "$(engines_pg_bin)" ] || ! command -v psql >/dev/null; then
        echo "installing PostgreSQL (apt-get install postgresql-15)"
        engines_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
        engines_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
            --no-install-recommends postgresql-15 postgresql-client-15
    fi
    if [ -n "${FACTS_DUCKDB:-}" ] && [ -x "$FACTS_DUCKDB" ]; then
        :
    elif command -v duckdb >/dev/null && duckdb --version >/dev/null 2>&1; then
        FACTS_DUCKDB=$(command -v duckdb)
    else
        # The DuckDB command line from PyPI, in a virtual environment of its own (Debian's
        # Python refuses packages installed beside its own).
        local venv="$PWD/target/duckdb-venv"
        if ! [ -x "$venv/bin/duckdb" ]; then
            echo "installing the DuckDB command line (pip install duckdb-cli)"
            if ! python3 -m venv "$venv" 2>/dev/null; then
                engines_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
                engines_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
                    --no-install-recommends python3-venv
                python3 -m venv "$venv"
            fi
            "$venv/bin/pip" install -q duckdb-cli
        fi
        FACTS_DUCKDB="$venv/bin/duckdb"
    fi
    export FACTS_DUCKDB
    echo "DuckDB: $FACTS_DUCKDB ($("$FACTS_DUCKDB" --version))"
}

# The user that owns the server when we are root: Debian's package makes `postgres`.
engines_owner() {
    if id postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

# Runs a command as the server's owner: that user when we are root, ourselves otherwise.
engines_as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u "$(engines_owner)" -- "$@"
    else
        "$@"
    fi
}

ENGINES_PG_DIR=${ENGINES_PG_DIR:-}

engines_stop() {
    if [ -n "$ENGINES_PG_DIR" ] && [ -d "$ENGINES_PG_DIR" ]; then
        engines_as_owner "$(engines_pg_bin)/pg_ctl" -D "$ENGINES_PG_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1 || true
        rm -rf "$ENGINES_PG_DIR"
    fi
    ENGINES_PG_DIR=""
}

engines_start() {
    if [ -n "$ENGINES_PG_DIR" ] && [ -n "${FACTS_POSTGRES:-}" ] \
        && psql "$FACTS_POSTGRES" -XAtqc 'SELECT 1' >/dev/null 2>&1; then
        echo "PostgreSQL: already running on $ENGINES_PG_DIR"
        return 0
    fi
    local bin
    bin=$(engines_pg_bin)
    ENGINES_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/facts-postgres.XXXXXX")
    trap engines_stop EXIT
    if [ "$(id -u)" = 0 ]; then chown "$(engines_owner)" "$ENGINES_PG_DIR"; fi
    chmod 700 "$ENGINES_PG_DIR"
    # The directory's own socket, so any port will do: no other server listens there.
    engines_as_owner "$bin/initdb" -D "$ENGINES_PG_DIR/data" -U postgres -A trust -E UTF8 \
        --locale=C.UTF-8 >"$ENGINES_PG_DIR/initdb.log" 2>&1 \
        || { cat "$ENGINES_PG_DIR/initdb.log"; return 1; }
    engines_as_owner "$bin/pg_ctl" -D "$ENGINES_PG_DIR/data" -l "$ENGINES_PG_DIR/server.log" -w \
        -o "-c listen_addresses= -k $ENGINES_PG_DIR -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null \
        || { cat "$ENGINES_PG_DIR/server.log"; return 1; }
    export ENGINES_PG_DIR
    export FACTS_POSTGRES="host=$ENGINES_PG_DIR port=5432 user=postgres dbname=postgres"
    echo "PostgreSQL: $(psql "$FACTS_POSTGRES" -XAtqc 'SELECT version()') on $ENGINES_PG_DIR"
}

engines_install
engines_start
