#!/usr/bin/env bash
# Guanxi CRM performance benchmark, end to end (see bench/README.md):
#   build the application in a copy of the repository, create a fresh database, start the application
#   once for its schema, generate 1M accounts + 3M contacts and load them with COPY, start the
#   application again, and run every scenario with wrk against the application and with pgbench (the
#   same SQL) against the same database, at 8 and 50 connections; then print a summary.
# Not part of ./mvnw verify. Everything it writes goes to $BENCH_WORK (default /tmp/gx-bench-work).
set -euo pipefail
# The whole script is one block, read before it runs: editing this file during a run cannot change the run.
{

BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH")
WORK=${BENCH_WORK:-/tmp/gx-bench-work}
SRC=${BENCH_SRC:-/tmp/gx-bench-src}
DB=${BENCH_DB:-guanxi_bench}
PORT=${BENCH_PORT:-8095}
ACCOUNTS=${BENCH_ACCOUNTS:-1000000}
CONTACTS=${BENCH_CONTACTS:-3000000}
OPPORTUNITIES=${BENCH_OPPORTUNITIES:-1000000}     # 0: no sales data
STAGE_CHANGES=${BENCH_STAGE_CHANGES:-10000000}
SEED=${BENCH_SEED:-20261125}
DURATION=${BENCH_DURATION:-30}
WARMUP=${BENCH_WARMUP:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-"8 50"}
SCENARIOS=${BENCH_SCENARIOS:-}          # e.g. "list-admin create-rep"; empty: all
REUSE_DATA=${BENCH_REUSE_DATA:-0}       # 1: keep the loaded database (skip create + load)
SKIP_BUILD=${BENCH_SKIP_BUILD:-0}       # 1: use the jar already built in $SRC
# BENCH_FROM=head builds the last commit (git archive, read-only) instead of the working tree
LOAD_ONLY=${BENCH_LOAD_ONLY:-0}         # 1: stop after loading the data
APP_HEAP=${BENCH_APP_HEAP:-1g}
ADMIN_EMAIL=admin@bench.test
ADMIN_PASSWORD=bench-admin-1
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"

QUIET_MAX=${BENCH_QUIET_MAX:-1800}      # seconds to wait, before each measurement, for other work to stop
STATEMENT_TIMEOUT=${BENCH_STATEMENT_TIMEOUT:-10s}  # guard on the database during the runs (both sides)
REQUEST_TIMEOUT=${BENCH_REQUEST_TIMEOUT:-15s}      # wrk: a response slower than this is a timeout error

log() { echo "[$(date +%T)] $*"; }

# Percentage of CPU busy over 3 seconds (the benchmark's own load generators are stopped when called).
cpu_busy() {
  local a b
  read -r -a a < <(grep '^cpu ' /proc/stat)
  sleep 3
  read -r -a b < <(grep '^cpu ' /proc/stat)
  local idle=$(( (b[4] + b[5]) - (a[4] + a[5]) )) total=0 i
  for i in 1 2 3 4 5 6 7 8; do total=$(( total + b[i] - a[i] )); done
  echo $(( 100 * (total - idle) / (total > 0 ? total : 1) ))
}

# CPU ticks used so far by every process that is not part of the benchmark ("pid ticks" lines).
others_ticks() {
  local app_pid
  app_pid=$(cat "$APP_PID_FILE" 2>/dev/null || echo 0)
  for f in /proc/[0-9]*/stat; do
    read -r line <"$f" 2>/dev/null || continue
    local pid=${line%% *} comm=${line#*(}; comm=${comm%%)*}
    local rest=${line##*) }
    case "$comm" in postgres|wrk|pgbench) continue ;; esac
    [ "$pid" = "$app_pid" ] && continue
    # shellcheck disable=SC2086
    set -- $rest
    echo "$pid $(( ${12} + ${13} ))"
  done
}

# CPU seconds other processes used between two others_ticks snapshots (files $1, $2).
others_seconds() {
  awk -v hz="$(getconf CLK_TCK)" 'NR == FNR { before[$1] = $2; next } { used += $2 - ($1 in before ? before[$1] : 0) }
      END { printf "%.1f", used / hz }' "$1" "$2"
}

# Waits until no statement of an earlier measurement still runs on the benchmark database.
wait_drained() {
  for _ in $(seq 60); do
    [ "$(psql -Atc "select count(*) from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()" "$DB")" = 0 ] && return
    sleep 1
  done
}

# The app, PostgreSQL and the load generator share the machine's cores: wait until nothing else runs.
wait_quiet() {
  local waited=0 busy
  busy=$(cpu_busy)
  while [ "$busy" -gt 15 ] && [ "$waited" -lt "$QUIET_MAX" ]; do
    log "  machine busy (${busy}% CPU used by other work), waiting" >&2
    sleep 20; waited=$((waited + 23))
    busy=$(cpu_busy)
  done
  echo "$busy"
}
for tool in java javac rsync curl psql pgbench createdb dropdb; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  apt-get install -y -qq wrk >/dev/null
fi

mkdir -p "$WORK"
APP_PID_FILE=$WORK/app.pid

start_app() {
  log "starting the application on port $PORT (log: $WORK/app.log)"
  SPRING_DATASOURCE_URL=$JDBC_URL SPRING_DATASOURCE_USERNAME=$PGUSER SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} \
  GUANXI_ADMIN_EMAIL=$ADMIN_EMAIL GUANXI_ADMIN_PASSWORD=$ADMIN_PASSWORD GUANXI_DEMO_DATA=false \
    nohup java -Xmx"$APP_HEAP" -jar "$SRC/target/guanxi-crm.jar" --server.port="$PORT" >>"$WORK/app.log" 2>&1 &
  echo $! >"$APP_PID_FILE"
  for _ in $(seq 180); do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; then
      log "application up (pid $(cat "$APP_PID_FILE"))"
      return
    fi
    kill -0 "$(cat "$APP_PID_FILE")" 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
    sleep 1
  done
  echo "application did not become healthy" >&2
  exit 1
}

stop_app() {
  if [ -f "$APP_PID_FILE" ]; then
    local pid
    pid=$(cat "$APP_PID_FILE")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$APP_PID_FILE"
  fi
}
finish() {
  stop_app
  psql -qc "alter database $DB reset statement_timeout" "$DB" >/dev/null 2>&1 || true
}
trap finish EXIT
stop_app

# ---- 1. build the application (in a copy) and the bench tools ------------------------------------
if [ "$SKIP_BUILD" != 1 ]; then
  if [ "${BENCH_FROM:-worktree}" = head ]; then
    log "building the last commit (git archive HEAD) in $SRC"
    rm -rf "$SRC" && mkdir -p "$SRC"
    git -C "$REPO" archive HEAD | tar -x -C "$SRC"
  else
    log "building the working tree in $SRC"
    rsync -a --delete --exclude target --exclude data "$REPO/" "$SRC/"
  fi
  (cd "$SRC" && ./mvnw -q -B -DskipTests package && \
     ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/app-classpath.txt")
fi
CP="$WORK/classes:$SRC/target/classes:$(cat "$WORK/app-classpath.txt")"
rm -rf "$WORK/classes"
javac -proc:none -encoding UTF-8 -nowarn -d "$WORK/classes" -cp "$CP" "$BENCH"/java/guanxibench/*.java

# ---- 2. database: schema from the application's migrations, then the generated data --------------
if [ "$REUSE_DATA" != 1 ]; then
  log "creating database $DB"
  dropdb --if-exists --force "$DB"
  createdb "$DB"
  start_app   # Flyway migrations and the administrator
  stop_app
  log "generating and loading $ACCOUNTS accounts and $CONTACTS contacts"
  java -Xmx4g -cp "$CP" guanxibench.Generate --url "$JDBC_URL" --user "$PGUSER" --password "${PGPASSWORD:-}" \
    --accounts "$ACCOUNTS" --contacts "$CONTACTS" --seed "$SEED" --out "$WORK/data" --admin-email "$ADMIN_EMAIL" \
    | tee "$WORK/load.log"
fi
# Sales data on top of the accounts (also into a reused database that has none yet).
if [ "$OPPORTUNITIES" -gt 0 ] && [ "$(psql -Atc 'select count(*) from (select 1 from opportunities limit 1) o' "$DB")" = 0 ]; then
  log "generating and loading $OPPORTUNITIES opportunities and $STAGE_CHANGES stage changes"
  java -Xmx6g -cp "$CP" guanxibench.GenerateSales --url "$JDBC_URL" --user "$PGUSER" --password "${PGPASSWORD:-}" \
    --opportunities "$OPPORTUNITIES" --stage-changes "$STAGE_CHANGES" --seed "$SEED" --out "$WORK/data" \
    | tee "$WORK/load-sales.log"
fi

if [ "$LOAD_ONLY" = 1 ]; then
  log "data loaded into $DB (BENCH_LOAD_ONLY=1: no benchmark)"
  exit 0
fi

# ---- 3. the application, and the cases of every scenario ----------------------------------------
# Guard: a statement running longer than $STATEMENT_TIMEOUT is cancelled, for the application and
# pgbench alike, and counted as an error; it keeps one hopeless query from stalling the whole run.
psql -qc "alter database $DB set statement_timeout = '$STATEMENT_TIMEOUT'" "$DB"
start_app
RUN=$WORK/run
RESULTS=$WORK/results/$(date +%Y%m%d-%H%M%S)
mkdir -p "$RESULTS"
java -cp "$CP" guanxibench.Prepare --url "$JDBC_URL" --user "$PGUSER" --password "${PGPASSWORD:-}" \
  --base "http://127.0.0.1:$PORT" --data "$WORK/data" --out "$RUN" --sql "$BENCH/sql" \
  --terms "$BENCH/search-terms.txt" --seed "$SEED" --admin-email "$ADMIN_EMAIL" --admin-password "$ADMIN_PASSWORD"
cp "$RUN/scenarios.tsv" "$RUN/terms.tsv" "$RESULTS/"
[ -f "$WORK/data/load.properties" ] && cp "$WORK/data/load.properties" "$RESULTS/"
[ -f "$WORK/data/load-sales.properties" ] && cp "$WORK/data/load-sales.properties" "$RESULTS/"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "postgresql: $(psql -Atc 'select version()' "$DB")"
  echo "postgresql settings: $(psql -Atc "select string_agg(name || '=' || setting, ' ') from pg_settings where name in ('shared_buffers','work_mem','effective_cache_size','synchronous_commit','max_connections','autovacuum','jit','random_page_cost')" "$DB")"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "wrk: $(wrk -v 2>&1 | head -1)"
  echo "pgbench: $(pgbench --version)"
  echo "app heap: -Xmx$APP_HEAP; hikari pool: application default"
  echo "guards: statement_timeout=$STATEMENT_TIMEOUT on the database (both sides), wrk --timeout $REQUEST_TIMEOUT"
  echo "rows: $(psql -Atc "select (select count(*) from accounts) || ' accounts, ' || (select count(*) from contacts) || ' contacts, ' || (select count(*) from users) || ' users, ' || (select count(*) from opportunities) || ' opportunities, ' || (select count(*) from opportunity_stage_changes) || ' stage changes'" "$DB")"
} >"$RESULTS/environment.txt"
cat "$RESULTS/environment.txt"

# ---- 4. warm-up: every read scenario once, so the JIT has compiled the hot paths ------------------
log "warming up the application (${WARMUP}s x 2)"
grep -hv '^POST' "$RUN"/wrk/*.tsv >"$RUN/wrk/warmup.mixed" || true
WRK_REQUESTS="$RUN/wrk/warmup.mixed" wrk -t2 -c8 -d$((WARMUP * 2))s --timeout "$REQUEST_TIMEOUT" -s "$BENCH/wrk/requests.lua" \
  "http://127.0.0.1:$PORT" >/dev/null

# ---- 5. the scenarios -------------------------------------------------------------------------
ALL=$(cut -f1 "$RUN/scenarios.tsv")
for scenario in ${SCENARIOS:-$ALL}; do
  mapfile -t PGB_ARGS <"$RUN/pgbench/$scenario.args"
  PGB_FILES=()
  for f in "$RUN/pgbench/$scenario"/*.sql; do PGB_FILES+=(-f "$f"); done
  for c in $CONNECTIONS; do
    threads=2; [ "$c" -lt 2 ] && threads=1
    wait_drained
    busy=$(wait_quiet | tail -1)
    log "$scenario, $c connections: application (wrk); CPU busy before: ${busy}%"
    WRK_REQUESTS="$RUN/wrk/$scenario.tsv" wrk -t$threads -c"$c" -d"${WARMUP}"s --timeout "$REQUEST_TIMEOUT" \
      -s "$BENCH/wrk/requests.lua" "http://127.0.0.1:$PORT" >/dev/null
    others_ticks >"$WORK/ticks.before"
    WRK_REQUESTS="$RUN/wrk/$scenario.tsv" wrk -t$threads -c"$c" -d"${DURATION}"s --timeout "$REQUEST_TIMEOUT" --latency \
      -s "$BENCH/wrk/requests.lua" "http://127.0.0.1:$PORT" >"$RESULTS/$scenario.c$c.app.txt"
    others_ticks >"$WORK/ticks.after"
    echo "$scenario c$c app: cpu busy before ${busy}%, other processes used $(others_seconds "$WORK/ticks.before" "$WORK/ticks.after") CPU-s during the ${DURATION}s" >>"$RESULTS/quiet.txt"
    grep WRKRESULT "$RESULTS/$scenario.c$c.app.txt"
    wait_drained
    busy=$(wait_quiet | tail -1)
    log "$scenario, $c connections: raw SQL (pgbench); CPU busy before: ${busy}%"
    pgbench -n -M prepared -c "$c" -j $threads -T "$WARMUP" "${PGB_ARGS[@]}" "${PGB_FILES[@]}" "$DB" >/dev/null 2>&1 || true
    wait_drained
    others_ticks >"$WORK/ticks.before"
    (cd "$RESULTS" && pgbench -n -M prepared -c "$c" -j $threads -T "$DURATION" -l --log-prefix="$scenario.c$c.raw.log" \
       "${PGB_ARGS[@]}" "${PGB_FILES[@]}" "$DB" >"$scenario.c$c.raw.txt" 2>&1) || true
    others_ticks >"$WORK/ticks.after"
    echo "$scenario c$c sql: cpu busy before ${busy}%, other processes used $(others_seconds "$WORK/ticks.before" "$WORK/ticks.after") CPU-s during the ${DURATION}s" >>"$RESULTS/quiet.txt"
    grep -E "^(tps|number of failed)|aborted" "$RESULTS/$scenario.c$c.raw.txt" | sort | uniq -c | sort -rn | head -4 || true
  done
done

# ---- 6. summary ---------------------------------------------------------------------------------
awk -F'\t' -v only=" $SCENARIOS " 'only == "  " || index(only, " " $1 " ")' "$RUN/scenarios.tsv" >"$RESULTS/scenarios.run.tsv"
java -cp "$CP" guanxibench.Summary "$RESULTS" "$RESULTS/scenarios.run.tsv" "$CONNECTIONS"
log "results in $RESULTS (summary.md, results.tsv, raw wrk and pgbench output)"
exit
}
