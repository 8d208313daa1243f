#!/usr/bin/env bash
# Makes the real services the tests use available on this machine, then prints `export` lines for them on standard
# output (everything else goes to standard error). Usage: eval "$(tools/setup-test-services.sh)"
#  - PostgreSQL: Debian's `postgresql` package, a private cluster owned by the `postgres` user, loopback only, port
#    $AMLNAV_PG_PORT (55432), trust authentication for the local test role `amlnav` (test data only, never patient data).
#  - Chromium: Debian's `chromium` package (headless browser tests) and fonts for the PDF reports.
# Installing needs root (CI runs as root on a clean machine). Without root, what is missing is reported and the tests
# that need it skip locally (in CI, CI=true, they fail instead).
set -uo pipefail
log() { echo "setup-test-services: $*" >&2; }
PG_PORT="${AMLNAV_PG_PORT:-55432}"
PG_DIR="${AMLNAV_PG_DIR:-/var/tmp/amlnav-test-pg}"
apt_updated=0

apt_install() {
  if [ "$(id -u)" != 0 ]; then log "not root: cannot install $*"; return 1; fi
  if [ $apt_updated = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || true; apt_updated=1; fi
  log "installing $* (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# --- PostgreSQL -------------------------------------------------------------------------------------------------
if [ -z "$(pg_bin)" ]; then apt_install postgresql || true; fi
BIN="$(pg_bin)"
if [ -n "$BIN" ]; then
  if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    log "PostgreSQL already running on 127.0.0.1:$PG_PORT"
  else
    as_pg=()
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
      mkdir -p "$PG_DIR"; chown postgres "$PG_DIR"; chmod 700 "$PG_DIR"
      as_pg=(runuser -u postgres --)
    else
      mkdir -p "$PG_DIR"; chmod 700 "$PG_DIR"
    fi
    if [ ! -f "$PG_DIR/PG_VERSION" ]; then
      log "initialising a test cluster in $PG_DIR"
      "${as_pg[@]}" "$BIN/initdb" -D "$PG_DIR" -U amlnav --auth=trust -E UTF8 --locale=C.UTF-8 >&2 || \
        "${as_pg[@]}" "$BIN/initdb" -D "$PG_DIR" -U amlnav --auth=trust -E UTF8 >&2
    fi
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    "${as_pg[@]}" "$BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off" start >&2 || \
      { log "PostgreSQL did not start; see $PG_DIR/server.log"; tail -20 "$PG_DIR/server.log" >&2 || true; }
  fi
  if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    echo "export AMLNAV_TEST_POSTGRES='Host=127.0.0.1;Port=$PG_PORT;Username=amlnav;Database=postgres'"
  fi
else
  log "PostgreSQL is not available"
fi

# --- Chromium -------------------------------------------------------------------------------------------------
CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$CHROMIUM" ]; then apt_install chromium fonts-dejavu-core || true; CHROMIUM="$(command -v chromium || true)"; fi
if [ -n "$CHROMIUM" ]; then
  echo "export AMLNAV_CHROMIUM='$CHROMIUM'"
else
  log "Chromium is not available"
fi
if ! ls /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf >/dev/null 2>&1; then apt_install fonts-dejavu-core || true; fi
