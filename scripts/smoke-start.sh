#!/usr/bin/env bash
# Starts `npm start` on the embedded default database, checks /api/health,
# stops it with SIGTERM and checks it shut down cleanly; twice, so the second
# start proves the data folder survives a restart.
set -euo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL
port="${SMOKE_PORT:-3300}"
log=$(mktemp)

for attempt in first second; do
  start=$(date +%s%N)
  PORT="$port" setsid npm start >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "npm start exited early"; exit 1; }
    sleep 0.5
  done
  health=$(curl -sf "http://127.0.0.1:$port/api/health") || { cat "$log"; echo "health check failed"; exit 1; }
  echo "$attempt start: ready in $(( ($(date +%s%N) - start) / 1000000 )) ms: $health"
  echo "$health" | grep -q '"database":{"ok":true}' || { echo "database not ok"; exit 1; }
  # As Ctrl-C in a terminal does: SIGINT to npm and the server (setsid made them a group).
  kill -INT -- "-$(ps -o pgid= -p "$pid" | tr -d ' ')"
  wait "$pid" || true # npm reports the signal in its own exit code; the server's log is what counts
  grep -q 'stopped cleanly' "$log" || { cat "$log"; echo "no clean shutdown in the log"; exit 1; }
  if pgrep -f "$(pwd)/.data/postgres" >/dev/null; then echo "embedded postgres left running"; exit 1; fi
done
echo "smoke test passed"
