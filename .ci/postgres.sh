#!/usr/bin/env bash
# Installs (from Debian's packages) and starts a PostgreSQL server for the event-store tests, and prints the
# environment the tests read. Idempotent: a server that is installed or running already is reused.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version=$(ls /etc/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main"' | grep -q .; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')

for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p "$port" && break
  sleep 1
done
pg_isready -h localhost -p "$port" >&2

runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 <<'SQL' >&2
SELECT 'CREATE ROLE haian_test LOGIN PASSWORD ''haian_test'''
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'haian_test') \gexec
SELECT 'CREATE DATABASE haian_test OWNER haian_test'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'haian_test') \gexec
SQL

echo "export HAIAN_TEST_POSTGRES_URL=jdbc:postgresql://localhost:${port}/haian_test"
echo "export HAIAN_TEST_POSTGRES_USER=haian_test"
echo "export HAIAN_TEST_POSTGRES_PASSWORD=haian_test"
