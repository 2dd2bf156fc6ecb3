#!/usr/bin/env bash
# Import and export benchmark (issue 5): a 1,000,000-row contacts CSV imported through the application
# (POST /api/v1/imports: mapping, validation, account reference by name, duplicate check, history) into
# the live, fully indexed contacts table, against a raw PostgreSQL COPY of the same file into a table
# with the same indexes, in the same run on the same database; the application runs with -Xmx512m, so
# finishing at all proves the heap bound, and its peak heap after GC is sampled with jstat. Meanwhile a
# list request is timed every second (is the UI responsive?). Then the 1,000,000 contacts are exported
# as CSV through GET /api/v1/exports and timed against psql's \copy of the same rows.
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
ROWS=${BENCH_IMPORT_ROWS:-1000000}
DB=${BENCH_IMPORT_DB:-guanxi_import_bench}
PORT=${BENCH_PORT:-8097}
WORK=${BENCH_WORK:-/tmp/gx-import-bench}
SRC=$WORK/src
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
ADMIN_EMAIL=admin@bench.test
ADMIN_PASSWORD=bench-admin-1
log() { echo "$(date +%H:%M:%S) $*"; }
mkdir -p "$WORK"
RESULT=$WORK/result.md

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  log "building the application (copy of the repository in $SRC)"
  rsync -a --delete --exclude target --exclude .git "$ROOT/" "$SRC/"
  (cd "$SRC" && ./mvnw -q -DskipTests package)
fi
JAR=$SRC/target/guanxi-crm.jar

log "fresh database $DB"
dropdb --if-exists "$DB"
createdb "$DB"

APP_PID=
start_app() {
  SPRING_DATASOURCE_URL=$JDBC_URL SPRING_DATASOURCE_USERNAME=$PGUSER SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} \
  GUANXI_ADMIN_EMAIL=$ADMIN_EMAIL GUANXI_ADMIN_PASSWORD=$ADMIN_PASSWORD GUANXI_DEMO_DATA=false \
    nohup java -Xmx512m -jar "$JAR" --server.port="$PORT" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 180); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && return
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
    sleep 1
  done
  echo "application did not start" >&2; exit 1
}
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true' EXIT
start_app
log "application up (pid $APP_PID, -Xmx512m)"
TOKEN=$(curl -sf -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" "http://127.0.0.1:$PORT/api/v1/auth/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
ADMIN_ID=$(psql -d "$DB" -Atc "select id from users where email = '$ADMIN_EMAIL'")

log "1,000 accounts for the file to name; the file: $ROWS contacts"
psql -d "$DB" -q <<SQL
insert into accounts (id, name, type, status, owner_id, search_text, search_tokens)
select gen_random_uuid(), '客户公司 ' || g, 'end_customer', 'active', '$ADMIN_ID', '客户公司 ' || g, '{}'
from generate_series(1, 1000) g;
-- statistics as autovacuum would have them (it may be off on the benchmark machine)
analyze accounts;
SQL
python3 "$BENCH/import_file.py" "$ROWS" "$WORK/contacts.csv"
ls -l "$WORK/contacts.csv"

log "raw COPY of the same file into a table with the contacts table's indexes"
psql -d "$DB" -q <<'SQL'
drop table if exists contacts_raw;
create table contacts_raw (like contacts including defaults including constraints);
alter table contacts_raw alter column id set default gen_random_uuid(),
  alter column search_tokens set default '{}', drop column search_text,
  add column account_name text, add column gender_text text;
-- the search text the application would store, computed by the server during the COPY
alter table contacts_raw add column search_text text generated always as
  (lower(name) || ' | ' || coalesce(mobile, '') || ' | ' || coalesce(lower(email), '')) stored;
SQL
psql -d "$DB" -Atc "select indexdef from pg_indexes where tablename = 'contacts' and indexname <> 'contacts_pkey'" \
  | sed -e 's/ ON public.contacts / ON public.contacts_raw /' -e 's/CREATE \(UNIQUE \)\?INDEX \([a-z_]*\)/CREATE \1INDEX \2_raw/' \
  | while read -r ddl; do psql -d "$DB" -qc "$ddl"; done
RAW_START=$(date +%s.%N)
psql -d "$DB" -qc "\\copy contacts_raw (name, account_name, mobile, email, title, gender_text, birthday, notes) from '$WORK/contacts.csv' with (format csv, header)"
RAW_END=$(date +%s.%N)
RAW_SECONDS=$(python3 -c "print(round($RAW_END - $RAW_START, 1))")
log "raw COPY: $RAW_SECONDS s"
psql -d "$DB" -qc "drop table contacts_raw"

MAPPING='{"columns":{"姓名":"name","公司":"accountId","手机":"mobile","邮箱":"email","职位":"title","性别":"gender","生日":"birthday","备注":"notes"},
"values":{"gender":{"男":"male","女":"female"}},"matchOn":["email","mobile"],"onDuplicate":"skip","onUnresolvedReference":"reject","dateOrder":"ymd"}'

log "import through the application"
jstat -gc "$APP_PID" 1000 > "$WORK/jstat.txt" &
JSTAT=$!
(
  while true; do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" \
      "http://127.0.0.1:$PORT/api/v1/contacts?limit=50" >> "$WORK/list-latency.txt" || true
    sleep 1
  done
) &
PROBE=$!
rm -f "$WORK/list-latency.txt"
JOB=$(curl -sf -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/contacts.csv" -F entity=contacts \
  -F "mapping=$MAPPING" "http://127.0.0.1:$PORT/api/v1/imports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
while true; do
  STATUS=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/imports/$JOB")
  case "$STATUS" in *'"status":"done"'*|*'"status":"failed"'*|*'"status":"cancelled"'*) break;; esac
  sleep 2
done
kill "$PROBE" "$JSTAT" 2>/dev/null || true
echo "$STATUS" > "$WORK/job.json"
IMPORT_SECONDS=$(psql -d "$DB" -Atc "select round(extract(epoch from finished_at - started_at)::numeric, 1) from import_jobs where id = '$JOB'")
UPLOAD_SECONDS=$(psql -d "$DB" -Atc "select round(extract(epoch from started_at - created_at)::numeric, 1) from import_jobs where id = '$JOB'")
log "import: $IMPORT_SECONDS s after the upload ($UPLOAD_SECONDS s to upload and queue); $STATUS"
# old generation + eden + survivor used, KB, from jstat -gc columns (S0U S1U EU OU)
PEAK_HEAP_MB=$(awk 'NR > 1 { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%.0f", max / 1024 }' "$WORK/jstat.txt")
LIST_P50=$(sort -n "$WORK/list-latency.txt" | awk '{ a[NR] = $1 } END { printf "%.0f", a[int(NR * 0.5) + 1] * 1000 }')
LIST_MAX=$(sort -n "$WORK/list-latency.txt" | tail -1 | awk '{ printf "%.0f", $1 * 1000 }')
CONTACTS=$(psql -d "$DB" -Atc "select count(*) from contacts")
AUDIT=$(psql -d "$DB" -Atc "select count(*) from contacts_aud")

log "export of the contacts through the application, and psql's \\copy of the same rows"
EXPORT_START=$(date +%s.%N)
curl -sf -H "Authorization: Bearer $TOKEN" -o "$WORK/export.csv" \
  "http://127.0.0.1:$PORT/api/v1/exports?entity=contacts&format=csv&sort=createdAt"
EXPORT_END=$(date +%s.%N)
EXPORT_ROWS=$(($(wc -l < "$WORK/export.csv") - 1))
EXPORT_SECONDS=$(python3 -c "print(round($EXPORT_END - $EXPORT_START, 1))")
RAW_EXPORT_START=$(date +%s.%N)
psql -d "$DB" -qc "\\copy (select c.name, a.name, c.title, c.email, c.phone, c.mobile, c.decision_role, c.key_decision_maker, u.name, c.updated_at from contacts c left join accounts a on a.id = c.account_id left join users u on u.id = c.owner_id where c.deleted_at is null order by c.created_at, c.id) to '$WORK/export-raw.csv' with (format csv, header)"
RAW_EXPORT_END=$(date +%s.%N)
RAW_EXPORT_SECONDS=$(python3 -c "print(round($RAW_EXPORT_END - $RAW_EXPORT_START, 1))")

python3 - "$ROWS" "$RAW_SECONDS" "$IMPORT_SECONDS" "$UPLOAD_SECONDS" "$PEAK_HEAP_MB" "$LIST_P50" "$LIST_MAX" \
  "$CONTACTS" "$AUDIT" "$EXPORT_ROWS" "$EXPORT_SECONDS" "$RAW_EXPORT_SECONDS" "$STATUS" > "$RESULT" <<'PY'
import json, sys
(rows, raw, imp, upload, heap, p50, pmax, contacts, audit, erows, esec, rawesec, status) = sys.argv[1:]
rows = int(rows); raw = float(raw); imp = float(imp); esec = float(esec); rawesec = float(rawesec); erows = int(erows)
job = json.loads(status)
print(f"| measure | application | raw PostgreSQL | ratio |")
print(f"|---|---|---|---|")
print(f"| import of {rows:,} contacts (rows/s) | {rows / imp:,.0f} ({imp} s) | {rows / raw:,.0f} ({raw} s, COPY) | {raw / imp:.2f} |")
print(f"| export of {erows:,} contacts as CSV (rows/s) | {erows / esec:,.0f} ({esec} s) | {erows / rawesec:,.0f} ({rawesec} s, \\\\copy) | {rawesec / esec:.2f} |")
print()
print(f"- job: {job['status']}, rows {job['rows']:,}: created {job['created']:,}, updated {job['updated']:,}, "
      f"skipped {job['skipped']:,}, rejected {job['rejected']:,}; contacts in the table {int(contacts):,}, history rows {int(audit):,}")
print(f"- upload and queueing of the file before the run: {upload} s")
print(f"- heap: -Xmx512m; peak used heap sampled every second: {heap} MB")
print(f"- list request (GET /api/v1/contacts?limit=50) during the import, once a second: p50 {p50} ms, max {pmax} ms")
PY
cat "$RESULT"
