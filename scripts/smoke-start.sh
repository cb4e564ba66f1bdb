#!/usr/bin/env bash
# Starts `npm start` on the embedded default database (or, with SMOKE_DATABASE_URL,
# on that database), checks /api/health, plays the start of a game, stops the
# server as Ctrl-C does (as a service manager does, SIGTERM, on a DATABASE_URL
# server) and checks it shut down cleanly; then starts it again and checks that
# game's report is there.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${SMOKE_DATABASE_URL:-}" ]; then export DATABASE_URL="$SMOKE_DATABASE_URL"; signal=TERM; else unset DATABASE_URL; signal=INT; fi
port="${SMOKE_PORT:-3300}"
log=$(mktemp)
pid=
# On any failure, stop the server we started so nothing is left holding the port or the data folder.
trap '[ -n "$pid" ] && kill -INT -- "-$(ps -o pgid= -p "$pid" | tr -d " ")" 2>/dev/null; true' EXIT

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
  if [ "$attempt" = first ]; then
    game=$(node scripts/smoke-game.mjs "http://127.0.0.1:$port") || { cat "$log"; echo "could not play a game"; exit 1; }
    echo "played the start of game $game"
  else
    report=$(curl -s -w '\nHTTP %{http_code}' "http://127.0.0.1:$port/results/$game")
    echo "$report" | grep -q 'Smoke Tester' || { cat "$log"; echo "$report" | tail -c 2000; echo "the game played before the restart is gone"; exit 1; }
    echo "game $game survived the restart"
  fi
  # The signal to npm and the server (setsid made them a group).
  group=$(ps -o pgid= -p "$pid" | tr -d ' ')
  kill -"$signal" -- "-$group"
  wait "$pid" || true # npm reports the signal in its own exit code; the server's log is what counts
  pid=
  # npm may exit first: wait (at most 20 s) for the server itself to finish shutting down.
  for _ in $(seq 1 200); do pgrep -g "$group" >/dev/null || break; sleep 0.1; done
  grep -q 'stopped cleanly' "$log" || { cat "$log"; echo "no clean shutdown in the log"; exit 1; }
  echo "$attempt stop (SIG$signal): stopped cleanly"
  if pgrep -f "$(pwd)/.data/postgres" >/dev/null; then echo "embedded postgres left running"; exit 1; fi
done
echo "smoke test passed"
