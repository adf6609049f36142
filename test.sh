#!/usr/bin/env bash
# Runs every test project: Core, Web and E2E (Chromium), Web and E2E each on SQLite, then again on PostgreSQL.
# On a fresh Debian machine it installs what is missing (chromium, fonts, postgresql), starts a throwaway
# PostgreSQL cluster on a private port, stops it at the end, and prints "N passed, N failed" last.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

say() { printf '\n== %s\n' "$*"; }

install_missing() {
    local packages=()
    command -v chromium >/dev/null 2>&1 || packages+=(chromium)
    dpkg -s fonts-dejavu-core >/dev/null 2>&1 || packages+=(fonts-dejavu-core)
    dpkg -s fonts-liberation >/dev/null 2>&1 || packages+=(fonts-liberation)
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
    if [ ${#packages[@]} -gt 0 ]; then
        say "installing ${packages[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
    fi
}

pg_root=""
pg_bin=""
start_postgres() {
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    pg_root=$(mktemp -d /tmp/spasmcoach-pg.XXXXXX)
    local port=${SPASMCOACH_PG_PORT:-55432}
    local as_pg=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$pg_root"
        as_pg=(runuser -u postgres --)
    fi
    chmod 700 "$pg_root"
    "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_root/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_root/data" -l "$pg_root/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $pg_root -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    "${as_pg[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qc \
        "CREATE ROLE spasm LOGIN CREATEDB PASSWORD 'spasm';" >/dev/null
    export SPASMCOACH_PG="Host=127.0.0.1;Port=$port;Database=postgres;Username=spasm;Password=spasm"
    stop_postgres_cmd=("${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_root/data" -m fast -w stop)
}

stop_postgres() {
    if [ -n "$pg_root" ] && [ -d "$pg_root/data" ]; then
        "${stop_postgres_cmd[@]}" >/dev/null 2>&1 || true
        rm -rf "$pg_root"
    fi
}
trap stop_postgres EXIT

passed=0
failed=0
run_suite() {
    # $1 = label, $2 = test project; the remaining environment decides the database.
    local label=$1 project=$2 log
    log=$(mktemp)
    say "$label"
    dotnet test --project "$project" -c Release --no-build 2>&1 | tee "$log"
    local status=${PIPESTATUS[0]}
    local total ok bad
    total=$(grep -E '^\s*total:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
    ok=$(grep -E '^\s*succeeded:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
    bad=$(grep -E '^\s*failed:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
    if [ "$status" -ne 0 ] && [ "${bad:-0}" -eq 0 ]; then
        bad=1  # the run itself failed (build, crash, no tests found)
    fi
    passed=$((passed + ${ok:-0}))
    failed=$((failed + ${bad:-0}))
    rm -f "$log"
}

install_missing
say "building"
if ! dotnet build SpasmCoach.slnx -c Release -warnaserror -v quiet -nologo; then
    echo "0 passed, 1 failed"
    exit 1
fi
start_postgres

run_suite "Core tests" tests/SpasmCoach.Core.Tests
SPASMCOACH_TEST_POSTGRES="" run_suite "Web tests on SQLite" tests/SpasmCoach.Web.Tests
SPASMCOACH_TEST_POSTGRES="$SPASMCOACH_PG" run_suite "Web tests on PostgreSQL" tests/SpasmCoach.Web.Tests
SPASMCOACH_TEST_POSTGRES="" run_suite "Browser tests (Chromium) on SQLite" tests/SpasmCoach.E2E
SPASMCOACH_TEST_POSTGRES="$SPASMCOACH_PG" run_suite "Browser tests (Chromium) on PostgreSQL" tests/SpasmCoach.E2E

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
