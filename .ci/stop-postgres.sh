#!/usr/bin/env bash
# Stops the throwaway PostgreSQL cluster started by start-postgres.sh and removes its files.
set -euo pipefail
PGROOT="$1"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGROOT/data -m fast stop" >/dev/null 2>&1 || true
rm -rf "$PGROOT"
