#!/usr/bin/env bash
# Measures SpasmCoach against a bare Kestrel JSON endpoint measured in the same run (see docs/performance.md).
#
#   bench/run.sh            # about 5 minutes; needs dotnet, wrk, curl, jq (sqlite3 and strace optional)
#
# Steps: publish the app and bench/Baseline in Release; seed a year of the app's own demo diary (seed-demo: drinks,
# check-ins and cramps at its rates, about 0.7 a day, fixed seed) into a fresh SQLite file in a temporary folder;
# start the baseline and the app; register a second user, set a profile, post a heavy year of cramps (1-3 every day,
# three times the demo's) through the API; count the fsyncs of 20 sequential POSTs (strace); warm up; then with wrk
# (1 thread, 32 connections, --latency): baseline, GET /api/episodes for 30 days of the demo diary, baseline, the
# same for the heavy diary, baseline, POST /api/episodes, baseline; each app run is compared with the mean of the
# baseline runs either side of it. The app's VmRSS is read 10 s after its last request. Last, the
# durability check: POSTs from 32 connections, kill -9 of the app mid-stream, restart, and every id answered 201 is
# looked for. Every process it starts is stopped on exit. Also GET /api/foods/search from 16 connections, compared
# with the last baseline run.
#
# Settings (environment): BENCH_DURATION (s per measured run, default 25), BENCH_WARMUP (s, default 10),
# BENCH_PORT (first of two loopback ports, default 5190), BENCH_KEEP=1 keeps the work folder (logs, database).
# A summary is printed last and also written to bench/results/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${BENCH_DURATION:-25}
warmup=${BENCH_WARMUP:-10}
connections=32
base_port=${BENCH_PORT:-5190}
app_port=$((base_port + 1))
base_url="http://127.0.0.1:$base_port"
app_url="http://127.0.0.1:$app_port"

# Targets from the issue, as ratios of the baseline's requests/s and p99 in milliseconds.
read_ratio_target=0.15
read_p99_target=10
write_ratio_target=0.03
write_p99_target=50
rss_target_mb=150

work=$(mktemp -d "${TMPDIR:-/tmp}/spasmcoach-bench.XXXXXX")
baseline_pid=""
app_pid=""
wrk_pid=""
strace_pid=""

stop() {
    local pid=$1
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
}

cleanup() {
    stop "$strace_pid"
    stop "$wrk_pid"
    stop "$app_pid"
    stop "$baseline_pid"
    if [ "${BENCH_KEEP:-0}" = "1" ]; then
        echo "work folder kept: $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '\n== %s\n' "$*" >&2; }
fail() { echo "bench: $*" >&2; exit 1; }

for tool in dotnet wrk curl jq; do
    command -v "$tool" >/dev/null || fail "$tool is required"
done
for port in "$base_port" "$app_port"; do
    if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then
        fail "port $port is already in use; set BENCH_PORT"
    fi
done

wait_ready() {
    # $1 = url, $2 = pid that must stay alive
    for _ in $(seq 1 300); do
        kill -0 "$2" 2>/dev/null || fail "the process behind $1 exited (see logs in $work)"
        if curl -sf -o /dev/null --max-time 1 "$1"; then
            return 0
        fi
        sleep 0.1
    done
    fail "$1 did not answer within 30 s"
}

# --- wrk output -> numbers --------------------------------------------------------------------------------------
# Each measured run leaves a file; these pull the figures out of it.
rps_of() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
requests_of() { awk '/ requests in / { print $1 }' "$1"; }
non2xx_of() { awk -F': *' '/Non-2xx or 3xx responses/ { print $2; found = 1 } END { if (!found) print 0 }' "$1"; }
socket_errors_of() {
    awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10; found = 1 } END { if (!found) print 0 }' "$1"
}
p99_ms_of() {
    awk '$1 == "99%" {
        v = $2
        if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); print v + 0 }
        else if (v ~ /s$/) { sub(/s$/, "", v); print v * 1000 }
        else if (v ~ /m$/) { sub(/m$/, "", v); print v * 60000 }
    }' "$1"
}

# measure NAME SECONDS WRK-ARGS... : one wrk run, output kept as $work/NAME.txt and echoed to stderr.
measure() {
    local name=$1 seconds=$2
    shift 2
    wrk -t1 -c"$connections" -d"${seconds}s" --latency "$@" >"$work/$name.txt" 2>&1 || true
    sed 's/^/    /' "$work/$name.txt" >&2
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# --- build ------------------------------------------------------------------------------------------------------
say "publishing the app and the baseline (Release)"
dotnet publish src/SpasmCoach.Web -c Release -o "$work/app" -v quiet -nologo >&2
dotnet publish bench/Baseline -c Release -o "$work/baseline" -v quiet -nologo >&2

# --- baseline ---------------------------------------------------------------------------------------------------
say "baseline: bare Kestrel JSON at $base_url/"
dotnet "$work/baseline/Baseline.dll" --urls "$base_url" >"$work/baseline.log" 2>&1 &
baseline_pid=$!
wait_ready "$base_url/" "$baseline_pid"
measure baseline-warmup "$warmup" "$base_url/"

# --- the app ----------------------------------------------------------------------------------------------------
app_args=(
    --urls "$app_url"
    --environment Production
    --ConnectionStrings:SpasmCoach="Data Source=$work/bench.db"
    --Database:Provider=Sqlite
    --RateLimits:AuthPerMinute=100000
)
# The app runs from its apphost under a name of its own: on a shared machine other sessions stop stray
# "SpasmCoach.Web" processes by name, and the bench must not lose its app to them mid-run.
cp "$work/app/SpasmCoach.Web" "$work/app/spasmcoach-bench-app"

say "seeding a year of the demo diary (seed-demo --days 365)"
demo_seed=20261124
demo_out=$(cd "$work/app" && ./spasmcoach-bench-app seed-demo --days 365 --seed "$demo_seed" "${app_args[@]}" 2>&1) \
    || fail "seed-demo failed: $demo_out"
demo_email=$(sed -n 's/^ *e-mail: *//p' <<<"$demo_out")
demo_password=$(sed -n 's/^ *password: *//p' <<<"$demo_out")
[ -n "$demo_email" ] && [ -n "$demo_password" ] || fail "seed-demo printed no account: $demo_out"
start_app() {
    (cd "$work/app" && exec ./spasmcoach-bench-app "${app_args[@]}") >>"$work/app.log" 2>&1 &
    app_pid=$!
    wait_ready "$app_url/readyz" "$app_pid"
}
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

say "app: SpasmCoach on SQLite (fresh file) at $app_url"
start_app
sleep 10 # idle after start-up: the app gives back what start-up left once it has been quiet for 5 s
rss_started_kb=$(rss_kb "$app_pid")

api() {
    # api METHOD PATH [JSON]: prints the body; fails on any status other than 2xx.
    local method=$1 path=$2 body=${3:-}
    local args=(-sS -X "$method" -H "Content-Type: application/json" -w '\n%{http_code}' "$app_url$path")
    [ -n "${token:-}" ] && args+=(-H "Authorization: Bearer $token")
    [ -n "$body" ] && args+=(--data "$body")
    local out status
    out=$(curl "${args[@]}")
    status=${out##*$'\n'}
    [[ $status == 2* ]] || fail "$method $path answered $status: ${out%$'\n'*}"
    printf '%s' "${out%$'\n'*}"
}

token=""
demo_token=$(api POST /api/auth/login "{\"email\":\"$demo_email\",\"password\":\"$demo_password\"}" | jq -r .accessToken)
[ -n "$demo_token" ] && [ "$demo_token" != null ] || fail "no access token for the demo account"

email="bench-$(date +%s)@spasmcoach.example"
password="bench-password-$RANDOM$RANDOM"
token=""
api POST /api/auth/register "{\"email\":\"$email\",\"password\":\"$password\"}" >/dev/null
token=$(api POST /api/auth/login "{\"email\":\"$email\",\"password\":\"$password\"}" | jq -r .accessToken)
[ -n "$token" ] && [ "$token" != null ] || fail "no access token"
api PUT /api/profile '{"timeZone":"Europe/London","units":"metric","dayStartsAt":"04:00"}' >/dev/null

say "seeding a heavy year of cramps (1-3 every day) through POST /api/episodes"
today=$(date -u +%F)
RANDOM=20261124 # the same diary every run
seed_config="$work/seed.curl"
: >"$seed_config"
seeded=0
for days_ago in $(seq 365 -1 1); do
    day=$(date -u -d "$today -$days_ago days" +%F)
    cramps=$((1 + RANDOM % 3))
    for _ in $(seq 1 "$cramps"); do
        [ "$seeded" -eq 0 ] || echo next >>"$seed_config" # options reset at each "next"
        printf 'silent\nshow-error\nurl = "%s/api/episodes"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\n' \
            "$app_url" "$token" >>"$seed_config"
        muscle=calf side=left
        [ $((RANDOM % 10)) -lt 7 ] || muscle=hamstrings
        [ $((RANDOM % 2)) -eq 0 ] || side=right
        printf 'data = {"startedAtLocal":"%sT%02d:%02d","durationSeconds":%d,"muscle":"%s","side":"%s","severity":%d}\n' \
            "$day" $((RANDOM % 24)) $((RANDOM % 60)) $((20 + RANDOM % 400)) "$muscle" "$side" $((3 + RANDOM % 7)) >>"$seed_config"
        printf 'output = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' >>"$seed_config"
        seeded=$((seeded + 1))
    done
done
created=$(curl -sS --parallel --parallel-max 8 -K "$seed_config" | grep -c '^201$' || true)
[ "$created" -eq "$seeded" ] || fail "seeding: $created of $seeded episodes were created"
echo "    $seeded episodes over 365 days" >&2

# The measured read: the 30 diary days before today.
read_from=$(date -u -d "$today -30 days" +%F)
read_to=$(date -u -d "$today -1 days" +%F)
read_path="/api/episodes?from=$read_from&to=$read_to"
read_rows=$(api GET "$read_path" | jq length)
read_bytes=$(api GET "$read_path" | wc -c)
echo "    heavy diary: GET $read_path -> $read_rows episodes, $read_bytes bytes" >&2
demo_rows=$(token=$demo_token api GET "$read_path" | jq length)
demo_bytes=$(token=$demo_token api GET "$read_path" | wc -c)
demo_year=$(token=$demo_token api GET "/api/episodes?from=$(date -u -d "$today -366 days" +%F)&to=$today" | jq length)
echo "    demo diary: GET $read_path -> $demo_rows episodes, $demo_bytes bytes ($demo_year in the year)" >&2
for t in "$token" "$demo_token"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $t" "$app_url$read_path")
    [ "$status" = 200 ] || fail "GET answered $status"
done

rows() { if command -v sqlite3 >/dev/null; then sqlite3 "$work/bench.db" 'SELECT count(*) FROM Episodes;'; else echo "?"; fi; }

# Durability stays synchronous=FULL: with WAL that means an fsync of the WAL for every commit. When strace is there,
# count the syncs the app makes for 20 POSTs sent one after another (each its own group, so its own commit).
fsync_note="not checked (no strace)"
if command -v strace >/dev/null; then
    say "synchronous=FULL: fsync calls for 20 sequential POSTs"
    strace -f -c -e trace=fsync,fdatasync -p "$app_pid" -o "$work/fsync.txt" 2>/dev/null &
    strace_pid=$!
    sleep 1
    for n in $(seq 1 20); do
        api POST /api/episodes "{\"startedAtLocal\":\"2019-06-01T12:$(printf %02d "$n")\",\"durationSeconds\":60,\"muscle\":\"calf\",\"side\":\"left\",\"severity\":5}" >/dev/null
    done
    sleep 0.5
    kill -INT "$strace_pid" 2>/dev/null || true
    wait "$strace_pid" 2>/dev/null || true
    strace_pid=""
    syncs=$(awk '$NF == "fsync" || $NF == "fdatasync" { n += $4 } END { print n + 0 }' "$work/fsync.txt")
    fsync_note="$syncs fsync/fdatasync calls for 20 sequential POSTs"
    echo "    $fsync_note" >&2
fi

# Each app run sits between two baseline runs and is compared with their mean, so a machine that gets busier or
# quieter during the bench (it is shared) moves both sides of the ratio alike.
say "app: warm-up of both endpoints"
write_first=$(date -u -d "$today -365 days" +%s)
measure read-warmup "$warmup" -H "Authorization: Bearer $demo_token" "$app_url$read_path"
measure read-heavy-warmup "$warmup" -H "Authorization: Bearer $token" "$app_url$read_path"

say "baseline (1 of 4)"
measure baseline-1 "$duration" "$base_url/"
say "app: GET $read_path, demo diary (bearer token)"
measure read "$duration" -H "Authorization: Bearer $demo_token" "$app_url$read_path"
say "baseline (2 of 4)"
measure baseline-2 "$duration" "$base_url/"
say "app: GET $read_path, heavy diary (bearer token)"
measure read-heavy "$duration" -H "Authorization: Bearer $token" "$app_url$read_path"
say "baseline (3 of 4)"
measure baseline-3 "$duration" "$base_url/"
# The write warm-up comes after the read: its rows land in the year the read looks at.
say "app: POST /api/episodes (bench/lua/post-episode.lua)"
measure write-warmup "$warmup" -s bench/lua/post-episode.lua "$app_url/api/episodes" -- "$token" "$write_first"
rows_before=$(rows)
measure write "$duration" -s bench/lua/post-episode.lua "$app_url/api/episodes" -- "$token" "$write_first"
rows_after=$(rows)

status_kb() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$app_pid/status"; }
rss_busy_kb=$(status_kb VmRSS)
say "app: idle working set (VmRSS 10 s after the last request)"
sleep 10
rss_idle_kb=$(status_kb VmRSS)
rss_peak_kb=$(status_kb VmHWM)
rss_anon_kb=$(status_kb RssAnon)
rss_file_kb=$(status_kb RssFile)
rss_shmem_kb=$(status_kb RssShmem)

say "baseline (4 of 4)"
measure baseline-4 "$duration" "$base_url/"

say "app: GET /api/foods/search, 16 connections (bench/lua/search-foods.lua)"
search_connections=16
for run in search-warmup search; do
    seconds=$duration
    [ "$run" = search-warmup ] && seconds=$warmup
    BENCH_TOKEN="$token" wrk -t1 -c"$search_connections" -d"${seconds}s" --latency -s bench/lua/search-foods.lua "$app_url" >"$work/$run.txt" 2>&1 || true
    sed 's/^/    /' "$work/$run.txt" >&2
done
stop "$baseline_pid"
baseline_pid=""

# --- durability -------------------------------------------------------------------------------------------------
# Writes go to 2020 so they can be told apart from everything above; the check counts them after the restart.
say "durability: concurrent POSTs, kill -9 mid-stream, restart, look for every acknowledged id"
acked="$work/acknowledged.txt"
: >"$acked"
durable_first=$(date -u -d 2020-01-01 +%s)
BENCH_IDS="$acked" wrk -t1 -c"$connections" -d8s -s bench/lua/post-episode.lua "$app_url/api/episodes" -- "$token" "$durable_first" \
    >"$work/durability.txt" 2>&1 &
wrk_pid=$!
sleep 3
acked_before_kill=$(wc -l <"$acked")
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
wait "$wrk_pid" 2>/dev/null || true
wrk_pid=""
sed 's/^/    /' "$work/durability.txt" >&2
acknowledged=$(grep -c . "$acked" || true)
start_app
api GET "/api/episodes?from=2019-12-01&to=2021-01-31" | jq -r '.[].id' | sort >"$work/found.txt"
sort "$acked" >"$work/acknowledged-sorted.txt"
missing=$(comm -23 "$work/acknowledged-sorted.txt" "$work/found.txt" | grep -c . || true)
found=$(grep -c . "$work/found.txt" || true)
unacknowledged_but_stored=$((found - acknowledged + missing))
echo "    acknowledged (201) before the kill: $acknowledged (about $acked_before_kill when kill -9 was sent)" >&2
echo "    stored after restart: $found; acknowledged but missing: $missing" >&2
stop "$app_pid"
app_pid=""

# --- summary ----------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
mean() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (a + b) / 2 }'; }
verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { ok = (dir == "min") ? (v >= t) : (v <= t); print ok ? "met" : "MISSED" }'; }

base_1=$(rps_of "$work/baseline-1.txt")
base_2=$(rps_of "$work/baseline-2.txt")
base_3=$(rps_of "$work/baseline-3.txt")
base_4=$(rps_of "$work/baseline-4.txt")
base_read=$(mean "$base_1" "$base_2")
base_heavy=$(mean "$base_2" "$base_3")
base_write=$(mean "$base_3" "$base_4")
heavy_rps=$(rps_of "$work/read-heavy.txt")
heavy_ratio=$(ratio "$heavy_rps" "$base_heavy")
heavy_p99=$(p99_ms_of "$work/read-heavy.txt")
heavy_errors=$(( $(non2xx_of "$work/read-heavy.txt") + $(socket_errors_of "$work/read-heavy.txt") ))
read_rps=$(rps_of "$work/read.txt")
write_rps=$(rps_of "$work/write.txt")
read_ratio=$(ratio "$read_rps" "$base_read")
write_ratio=$(ratio "$write_rps" "$base_write")
read_p99=$(p99_ms_of "$work/read.txt")
write_p99=$(p99_ms_of "$work/write.txt")
read_errors=$(( $(non2xx_of "$work/read.txt") + $(socket_errors_of "$work/read.txt") ))
write_errors=$(( $(non2xx_of "$work/write.txt") + $(socket_errors_of "$work/write.txt") ))
write_requests=$(requests_of "$work/write.txt")
search_rps=$(rps_of "$work/search.txt")
search_ratio=$(ratio "$search_rps" "$base_4")
search_p99=$(p99_ms_of "$work/search.txt")
search_errors=$(( $(non2xx_of "$work/search.txt") + $(socket_errors_of "$work/search.txt") ))
# MB (MiB) with one decimal, compared unrounded: a whole-MB figure rounded down read 150.9 as "150, met".
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }
rss_idle_mb=$(mb "$rss_idle_kb")

summary="$work/summary.md"
{
    echo "### $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src bench 2>/dev/null || echo ' (with uncommitted changes)')"
    echo
    echo "Command: \`bench/run.sh\` (wrk 1 thread, $connections connections, ${warmup} s warm-up, ${duration} s measured; load average at the start: $load_start, at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
    echo
    echo "| run | req/s | ratio to baseline | p99 | errors (non-2xx + socket) | target |"
    echo "| --- | ---: | ---: | ---: | ---: | --- |"
    for n in 1 2 3 4; do
        echo "| baseline $n | $(rps_of "$work/baseline-$n.txt") | | $(p99_ms_of "$work/baseline-$n.txt") ms | $(( $(non2xx_of "$work/baseline-$n.txt") + $(socket_errors_of "$work/baseline-$n.txt") )) | |"
    done
    echo "| GET 30 days, demo diary ($demo_rows episodes, $demo_bytes B) | $read_rps | $read_ratio | $read_p99 ms | $read_errors | >= $read_ratio_target, p99 <= $read_p99_target ms: $(verdict "$read_ratio" "$read_ratio_target" min), $(verdict "$read_p99" "$read_p99_target" max) |"
    echo "| GET 30 days, heavy diary ($read_rows episodes, $read_bytes B) | $heavy_rps | $heavy_ratio | $heavy_p99 ms | $heavy_errors | same: $(verdict "$heavy_ratio" "$read_ratio_target" min), $(verdict "$heavy_p99" "$read_p99_target" max) |"
    echo "| POST episode | $write_rps | $write_ratio | $write_p99 ms | $write_errors | >= $write_ratio_target, p99 <= $write_p99_target ms: $(verdict "$write_ratio" "$write_ratio_target" min), $(verdict "$write_p99" "$write_p99_target" max) |"
    echo "| GET /api/foods/search, $search_connections connections | $search_rps | $search_ratio | $search_p99 ms | $search_errors | p99 <= 5 ms: $(verdict "$search_p99" 5 max) |"
    echo
    echo "- Ratios: each run to the mean of the baselines either side (demo GET 1+2: $base_read, heavy GET 2+3: $base_heavy, POST 3+4: $base_write req/s), search to baseline 4; the reference on a quiet machine is about 63,000."
    echo "- POST: $write_requests answers in the measured run, and the Episodes table grew by $((rows_after - rows_before)) rows (the difference: requests still in flight when wrk stopped)."
    echo "- App VmRSS: $(mb "$rss_started_kb") MB idle 10 s after start-up, $(mb "$rss_busy_kb") MB at the end of the POST run, $rss_idle_mb MB 10 s later (RssAnon $(mb "$rss_anon_kb") + RssFile $(mb "$rss_file_kb") + RssShmem $(mb "$rss_shmem_kb") MB); peak VmHWM $(mb "$rss_peak_kb") MB; target <= $rss_target_mb MB idle: $(verdict "$rss_idle_mb" "$rss_target_mb" max)."
    echo "- Durability: $acknowledged writes acknowledged (201) before kill -9, $missing of them missing after restart ($unacknowledged_but_stored stored without an answer); $([ "$missing" -eq 0 ] && [ "$acknowledged" -gt 0 ] && echo met || echo MISSED)."
    echo "- synchronous=FULL: $fsync_note."
    echo "- Seed: the demo diary from \`seed-demo --days 365 --seed $demo_seed\` ($demo_year episodes in the year, with drinks and check-ins); the heavy diary, $seeded episodes over 365 days through the API."
} >"$summary"

mkdir -p bench/results
cp "$summary" "bench/results/$(date -u +%Y%m%d-%H%M%S).md"
echo >&2
cat "$summary"

all_met=1
grep -q MISSED "$summary" && all_met=0
[ "$read_errors" -eq 0 ] && [ "$heavy_errors" -eq 0 ] && [ "$write_errors" -eq 0 ] && [ "$search_errors" -eq 0 ] || all_met=0
[ "$all_met" -eq 1 ]
