#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1:55432 with a `mend` role and database.
# Prints the directory holding the cluster; stop it with `.ci/stop-postgres.sh DIR`.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGROOT=$(mktemp -d /tmp/mend-pg.XXXXXX)
chown postgres "$PGROOT"
su postgres -s /bin/sh -c "$PGBIN/initdb -D $PGROOT/data -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-sync" >"$PGROOT/initdb.log" 2>&1
su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGROOT/data -l $PGROOT/server.log -w -o \"-p 55432 -k $PGROOT -c listen_addresses=127.0.0.1 -c max_connections=300\" start" >/dev/null
psql -q -h "$PGROOT" -p 55432 -U postgres -c "CREATE ROLE mend LOGIN PASSWORD 'mend'" -c "CREATE DATABASE mend OWNER mend" >/dev/null
echo "$PGROOT"
