#!/usr/bin/env bash
# Runs the tests of integrations/postgres against a real PostgreSQL server:
# a throw-away cluster (initdb) in a temporary directory, listening on a
# private unix socket only, stopped and removed on exit, success or not.
#
# Needs the server binaries (Debian: apt-get install -y postgresql). As
# root, the server runs as the user "postgres" (PostgreSQL refuses root).
# The tests must run, not skip: a SKIP in their output is a failure.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
	bindir=$(pg_config --bindir)
fi
if [ -z "$bindir" ]; then
	bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
	echo "postgres.sh: no initdb/pg_ctl found (install the postgresql package)" >&2
	exit 1
fi

tmp=$(mktemp -d /tmp/creditins-pg.XXXXXX)
chmod 755 "$tmp"
data="$tmp/data"
sock="$tmp/sock"
mkdir -p "$data" "$sock"

# as_db runs a command as the database user: postgres when we are root,
# ourselves otherwise.
if [ "$(id -u)" = 0 ]; then
	dbuser=postgres
	id -u "$dbuser" >/dev/null 2>&1 || { echo "postgres.sh: no user $dbuser to run the server" >&2; exit 1; }
	chown -R "$dbuser" "$tmp"
	as_db() { runuser -u "$dbuser" -- "$@"; }
else
	dbuser=$(id -un)
	as_db() { "$@"; }
fi

stop() {
	status=$?
	if [ -f "$data/postmaster.pid" ]; then
		as_db "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$tmp"
	exit $status
}
trap stop EXIT INT TERM

as_db "$bindir/initdb" -D "$data" -U "$dbuser" -A trust -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 ||
	{ cat "$tmp/initdb.log" >&2; exit 1; }
# No TCP: the unix socket in $sock only, so that nothing else can connect.
as_db "$bindir/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 60 \
	-o "-c listen_addresses='' -k $sock -c fsync=off -c full_page_writes=off" start >/dev/null ||
	{ cat "$tmp/server.log" >&2; exit 1; }
as_db "$bindir/createdb" -h "$sock" -U "$dbuser" creditins

export CREDITINS_PG_DSN="host=$sock user=$dbuser dbname=creditins sslmode=disable"
out="$tmp/go-test.out"
set +e
(cd "$repo/integrations/postgres" && go test -count=1 -v ./...) >"$out" 2>&1
status=$?
set -e
cat "$out"
if [ $status -ne 0 ]; then
	echo "postgres.sh: go test failed" >&2
	exit $status
fi
if grep -q -- '--- SKIP' "$out"; then
	echo "postgres.sh: tests were skipped although CREDITINS_PG_DSN is set" >&2
	exit 1
fi
if ! grep -q -- '--- PASS' "$out"; then
	echo "postgres.sh: no test ran" >&2
	exit 1
fi
echo "postgres.sh: integrations/postgres passed on PostgreSQL $("$bindir/postgres" --version | awk '{print $3}')"
