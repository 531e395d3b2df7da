#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: the one way to get one (tests/run.sh uses it; so can a developer).
#
#   source tests/tools/postgres/cluster.sh
#   postgres_cluster_start DIR   # initdb into DIR (as the postgres user when run as root), trust auth on loopback only,
#                                # a free loopback port, pg_ctl start -w, a database "srebot_tests"; then exports
#                                # SREBOT_TEST_POSTGRES (an Npgsql connection string, no password)
#   postgres_cluster_stop DIR    # pg_ctl stop (fast) and rm -rf DIR; safe to call twice or on a cluster never started
#   postgres_server_stop DIR     # pg_ctl stop -m fast only (the cluster stays): an outage, for the failover tests
#   postgres_server_start DIR    # pg_ctl start -w of a cluster stopped that way, on the same port
#
# Or as a command: `bash tests/tools/postgres/cluster.sh start DIR` prints the export line; `... stop DIR` stops it;
# `... server-stop DIR` / `... server-start DIR` stop and start its server without removing it.
# The binaries are found with pg_config --bindir, else /usr/lib/postgresql/<newest>/bin (Debian keeps them off PATH).

postgres_bindir() {
  local dir
  if command -v pg_config >/dev/null && dir=$(pg_config --bindir 2>/dev/null) && [[ -x $dir/initdb ]]; then
    echo "$dir"
    return 0
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x $dir/initdb ]]; then
      echo "$dir"
      return 0
    fi
  done
  echo "no PostgreSQL server binaries (initdb) found: install Debian's postgresql package" >&2
  return 1
}

# Runs a command as the postgres user when we are root (initdb refuses root), else as ourselves.
postgres_as_owner() {
  if ((EUID == 0)); then
    if command -v runuser >/dev/null; then
      runuser -u postgres -- "$@"
    else
      sudo -n -u postgres -- "$@"
    fi
  else
    "$@"
  fi
}

postgres_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null && return 0
  local port
  for port in $(shuf -i 20000-60000 -n 50); do
    if ! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

postgres_cluster_start() {
  local dir=$1 bindir port
  bindir=$(postgres_bindir)
  port=$(postgres_free_port)
  mkdir -p "$dir"
  chmod 700 "$dir"
  ((EUID == 0)) && chown postgres: "$dir"
  postgres_as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=reject --encoding=UTF8 --locale=C.UTF-8 -N >/dev/null
  # Trust only over loopback TCP; nothing on a Unix socket in a shared folder, nothing on other interfaces.
  cat >"$dir/data/pg_hba.conf" <<HBA
host all all 127.0.0.1/32 trust
host all all ::1/128 trust
HBA
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
fsync = off
max_connections = 200
CONF
  postgres_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
  echo "$port" >"$dir/port"
  "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE srebot_tests;"
  export SREBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=srebot_tests"
}

postgres_cluster_stop() {
  local dir=$1 bindir
  [[ -n $dir && -d $dir ]] || return 0
  if [[ -f $dir/data/postmaster.pid ]] && bindir=$(postgres_bindir 2>/dev/null); then
    postgres_as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

postgres_server_stop() {
  local dir=$1 bindir
  bindir=$(postgres_bindir)
  postgres_as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
}

postgres_server_start() {
  local dir=$1 bindir
  bindir=$(postgres_bindir)
  postgres_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  case ${1:-} in
    start)
      postgres_cluster_start "${2:?usage: cluster.sh start DIR}"
      echo "export SREBOT_TEST_POSTGRES='$SREBOT_TEST_POSTGRES'"
      ;;
    stop) postgres_cluster_stop "${2:?usage: cluster.sh stop DIR}" ;;
    server-stop) postgres_server_stop "${2:?usage: cluster.sh server-stop DIR}" ;;
    server-start) postgres_server_start "${2:?usage: cluster.sh server-start DIR}" ;;
    *) echo "usage: cluster.sh start|stop|server-stop|server-start DIR" >&2; exit 2 ;;
  esac
fi
