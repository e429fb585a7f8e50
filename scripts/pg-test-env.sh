#!/usr/bin/env bash
# Makes a local PostgreSQL ready for the storage tests (Debian; run as root), then prints, as its
# last line, the export to use:  eval "$(bash scripts/pg-test-env.sh | tail -n 1)"
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
fi

cluster=$(pg_lsclusters --no-header | head -n 1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_createcluster "$version" main >&2
  cluster=$(pg_lsclusters --no-header | head -n 1)
fi
version=$(echo "$cluster" | awk '{print $1}')
name=$(echo "$cluster" | awk '{print $2}')
port=$(echo "$cluster" | awk '{print $3}')
status=$(echo "$cluster" | awk '{print $4}')
[ "$status" = "online" ] || pg_ctlcluster "$version" "$name" start >&2

psql_as_postgres() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
for _ in $(seq 1 30); do psql_as_postgres -c 'select 1' >/dev/null 2>&1 && break; sleep 1; done
if [ "$(psql_as_postgres -c "select 1 from pg_roles where rolname = 'hafan'")" != "1" ]; then
  psql_as_postgres -c "create role hafan login password 'hafan'" >&2
fi
# The backup test dumps a database of its own, which it creates and drops.
psql_as_postgres -c "alter role hafan createdb" >&2
if [ "$(psql_as_postgres -c "select 1 from pg_database where datname = 'hafan_test'")" != "1" ]; then
  psql_as_postgres -c "create database hafan_test owner hafan" >&2
fi
echo "export HAFAN_TEST_DATABASE_URL=postgres://hafan:hafan@127.0.0.1:${port}/hafan_test"
