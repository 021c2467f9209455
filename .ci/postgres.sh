#!/usr/bin/env bash
# CI: PostgreSQL from Debian's packages, for the PostgreSQL variant of the store tests.
# The tests start their own server (initdb + pg_ctl in a temporary directory, on a free
# loopback port) and stop it when the session ends (tests/conftest.py: pg_database);
# nothing is left running. Set LAGEBILD_TEST_PG_URL to test against an existing server.
set -euo pipefail
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
# (Debian's package may also start its own cluster on port 5432; the tests neither use nor touch it.)
ls /usr/lib/postgresql/*/bin/initdb
