#!/usr/bin/env bash
# Web benchmark: throughput and latency of a mixed chat workload next to the trivial JSON endpoint, in one run
# against one release server on loopback, then the server's RSS holding 100,000 stored conversations.
#
#   Benchmarks/web/run.sh                      # 10 s per measurement, 64 connections
#   DURATION=30s SCRATCH_PATH=.build-web Benchmarks/web/run.sh
#   BINARY=/tmp/veileder-old Benchmarks/web/run.sh   # measure a given build (no build step), e.g. before/after
#
# Targets: chat throughput >= 50 % of the trivial endpoint's, chat p99 <= 20 ms, RSS <= 300 MB.
# Rate limits are switched off (one client address sends everything). wrk shares the machine's cores with the
# server, so compare figures from the same run only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."

duration="${DURATION:-10s}"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-2}"
conversations="${CONVERSATIONS:-100000}"
scratch="${SCRATCH_PATH:-.build}"

if ! command -v wrk >/dev/null 2>&1; then
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get install -y --no-install-recommends wrk || { $sudo_cmd apt-get update && $sudo_cmd apt-get install -y --no-install-recommends wrk; }
fi

if [ -n "${BINARY:-}" ]; then
    binary="$BINARY"
else
    swift build -c release --scratch-path "$scratch" --product veileder >&2
    binary="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/veileder"
fi

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
database="$work/veileder.sqlite"
"$binary" serve --port "$port" --database "$database" --rate-limit off --log-level warning \
    --dialogs Dialogs --locales Locales 2>"$work/server.log" &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
url="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fsS "$url/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS "$url/healthz" >/dev/null || { cat "$work/server.log" >&2; exit 1; }

rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$pid/status"; }
hwm_kb() { awk '/^VmHWM/ { print $2 }' "/proc/$pid/status"; }
export BENCH_DIR="$here"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }  # server user + system time, in clock ticks
run_wrk() { # name script; appends the server's CPU time per request (less sensitive to a busy machine than rps)
    local before after line requests
    before=$(cpu_ticks)
    line=$(timeout 300 wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/$2" "$url" | grep '^RESULT' | sed "s/name=[a-z0-9_]*/name=$1/")
    after=$(cpu_ticks)
    requests=$(echo "$line" | tr ' ' '\n' | awk -F= '$1 == "requests" { print $2 }')
    echo "$line server_cpu_us_per_request=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.0f", (n > 0 ? t * 1e6 / hz / n : 0) }')"
}

rss_idle=$(rss_kb)
echo "warm-up (3 s)..." >&2
DURATION_SAVE="$duration"; duration=3s; run_wrk warmup chat.lua >/dev/null; duration="$DURATION_SAVE"
ping=$(run_wrk ping ping.lua)
chat=$(run_wrk chat chat.lua)
rss_after_load=$(rss_kb)

python3 "$here/seed.py" "$database" "$conversations" >&2
curl -fsS "$url/metrics" >/dev/null  # counts the active conversations
duration=5s; chat_100k=$(run_wrk chat_100k chat.lua); duration="$DURATION_SAVE"
rss_100k=$(rss_kb)
stored=$(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from conversation').fetchone()[0])" "$database")
active=$(curl -fsS "$url/metrics" | awk '/^veileder_active_conversations / { print $2 }')

field() { echo "$1" | tr ' ' '\n' | awk -F= -v key="$2" '$1 == key { print $2 }'; }
ping_rps=$(field "$ping" rps); chat_rps=$(field "$chat" rps); chat_p99=$(field "$chat" p99_ms)
ratio=$(awk -v a="$chat_rps" -v b="$ping_rps" 'BEGIN { printf "%.2f", a / b }')
rss_mb=$(awk -v k="$rss_100k" 'BEGIN { printf "%.1f", k / 1024 }')
verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "MISSED"; fi; }

cat <<REPORT
Veileder web benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), wrk -t$threads -c$connections -d$duration (loopback, same machine)
$ping
$chat
$chat_100k
stored conversations: $stored (active gauge: $active)
RSS: idle $(awk -v k="$rss_idle" 'BEGIN { printf "%.1f", k / 1024 }') MB, after load $(awk -v k="$rss_after_load" 'BEGIN { printf "%.1f", k / 1024 }') MB, with $stored stored and load $rss_mb MB (peak $(awk -v k="$(hwm_kb)" 'BEGIN { printf "%.1f", k / 1024 }') MB)
chat/ping throughput ratio: $ratio (target >= 0.50: $(verdict "$(awk -v r="$ratio" 'BEGIN { print (r >= 0.5) }')"))
chat p99: $chat_p99 ms (target <= 20: $(verdict "$(awk -v p="$chat_p99" 'BEGIN { print (p <= 20) }')"))
RSS with $stored conversations: $rss_mb MB (target <= 300: $(verdict "$(awk -v m="$rss_mb" 'BEGIN { print (m <= 300) }')"))
REPORT
