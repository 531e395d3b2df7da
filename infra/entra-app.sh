#!/usr/bin/env bash
# SreBot's Entra app registration: the five app roles, the api:// identifier, the scope IDEs request (access_as_user,
# pre-authorized for VS Code), the enterprise application (assignment required), and — with --identity — the Microsoft
# Graph permission SreBot's managed identity needs to read Teams users' roles. Idempotent: run it again to update.
# Needs: az (logged in as someone who may create app registrations and grant admin consent), jq.
# See docs/deploy.md, "People and roles (Entra app roles)".
#
#   bash infra/entra-app.sh [--name SreBot] [--identity <managed identity principal id>] [--admin <user UPN or object id>]
set -euo pipefail

NAME=SreBot
IDENTITY=
ADMIN=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --name) NAME="$2"; shift 2 ;;
    --identity) IDENTITY="$2"; shift 2 ;;
    --admin) ADMIN="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

# The roles SreBot knows (src/Shared/Identity/Roles.cs); a test keeps this line equal to them.
ROLES=(reader operator approver admin auditor alerts)
declare -A DESCRIPTIONS=(
  [reader]="Investigates: may call read tools."
  [operator]="Requests remediation: may call write tools, which then wait for approval."
  [approver]="Decides approvals requested by someone else."
  [admin]="Changes mode, scope, roles, knowledge and retention."
  [auditor]="Queries and exports the audit log."
  [alerts]="Machine senders (an Azure Monitor action group's secure webhook): may post alerts and nothing else."
)
# Who may hold each role: people (and groups), except alerts, which an application holds (Azure Monitor's service principal).
declare -A MEMBER_TYPES=([alerts]='["Application"]')
SCOPE=access_as_user
VSCODE_CLIENT_ID=aebc6443-996d-45c2-90f0-388ff96faa56 # Visual Studio Code's first-party client id
GRAPH_APP_ID=00000003-0000-0000-c000-000000000000     # Microsoft Graph
GRAPH_PERMISSION=Directory.Read.All                   # least privileged application permission for users/{id}/appRoleAssignments
# Assigns app role $3 of service principal $2 to principal $1 (a user, group or managed identity) unless it already is.
assign_app_role() {
  local principal="$1" resource="$2" role="$3"
  if ! az rest --method GET --uri "https://graph.microsoft.com/v1.0/servicePrincipals/$resource/appRoleAssignedTo" \
       --query "value[?principalId=='$principal' && appRoleId=='$role']" -o tsv | grep -q .; then
    az rest --method POST --uri "https://graph.microsoft.com/v1.0/servicePrincipals/$resource/appRoleAssignedTo" \
      --headers Content-Type=application/json \
      --body "{\"principalId\":\"$principal\",\"resourceId\":\"$resource\",\"appRoleId\":\"$role\"}" >/dev/null
  fi
}
new_id() { cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen | tr 'A-Z' 'a-z'; }

TENANT_ID=$(az account show --query tenantId -o tsv)
APP_ID=$(az ad app list --display-name "$NAME" --query "[0].appId" -o tsv)
if [[ -z "$APP_ID" ]]; then
  APP_ID=$(az ad app create --display-name "$NAME" --sign-in-audience AzureADMyOrg --query appId -o tsv)
  echo "created app registration $NAME ($APP_ID)"
fi
OBJECT_ID=$(az ad app show --id "$APP_ID" --query id -o tsv)
EXISTING=$(az ad app show --id "$APP_ID" -o json)

# Keep the ids of roles and the scope that already exist: Entra refuses to change an id in place.
role_id() { jq -r --arg v "$1" '.appRoles[]? | select(.value == $v) | .id' <<<"$EXISTING" | grep . || new_id; }
SCOPE_ID=$(jq -r --arg v "$SCOPE" '.api.oauth2PermissionScopes[]? | select(.value == $v) | .id' <<<"$EXISTING" | grep . || new_id)

APP_ROLES=$(for role in "${ROLES[@]}"; do
  jq -n --arg id "$(role_id "$role")" --arg value "$role" --arg description "${DESCRIPTIONS[$role]}" --argjson members "${MEMBER_TYPES[$role]:-[\"User\"]}" \
    '{id: $id, value: $value, displayName: $value, description: $description, allowedMemberTypes: $members, isEnabled: true}'
done | jq -s .)

BODY=$(jq -n \
  --arg uri "api://$APP_ID" --arg scopeId "$SCOPE_ID" --arg scope "$SCOPE" --arg vscode "$VSCODE_CLIENT_ID" --argjson roles "$APP_ROLES" \
  '{
     identifierUris: [$uri],
     appRoles: $roles,
     api: {
       requestedAccessTokenVersion: 2,
       oauth2PermissionScopes: [{
         id: $scopeId, value: $scope, type: "User", isEnabled: true,
         adminConsentDisplayName: "Use SreBot as the signed-in user",
         adminConsentDescription: "Lets an MCP client (an IDE) call SreBot as the signed-in user, with their SreBot app roles.",
         userConsentDisplayName: "Use SreBot as you",
         userConsentDescription: "Lets the app call SreBot as you, with your SreBot roles."
       }],
       preAuthorizedApplications: [{ appId: $vscode, delegatedPermissionIds: [$scopeId] }]
     }
   }')
az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$OBJECT_ID" --headers Content-Type=application/json --body "$BODY" >/dev/null
echo "app roles ${ROLES[*]}, identifier api://$APP_ID, scope api://$APP_ID/$SCOPE"

SP_ID=$(az ad sp list --filter "appId eq '$APP_ID'" --query "[0].id" -o tsv)
if [[ -z "$SP_ID" ]]; then
  SP_ID=$(az ad sp create --id "$APP_ID" --query id -o tsv)
fi
# Only people assigned an app role (directly or through a group) get a token for SreBot.
az ad sp update --id "$SP_ID" --set appRoleAssignmentRequired=true >/dev/null

if [[ -n "$IDENTITY" ]]; then
  GRAPH_SP_ID=$(az ad sp show --id "$GRAPH_APP_ID" --query id -o tsv)
  PERMISSION_ID=$(az ad sp show --id "$GRAPH_APP_ID" --query "appRoles[?value=='$GRAPH_PERMISSION'].id" -o tsv)
  assign_app_role "$IDENTITY" "$GRAPH_SP_ID" "$PERMISSION_ID"
  echo "granted Microsoft Graph $GRAPH_PERMISSION to the managed identity $IDENTITY"
fi

if [[ -n "$ADMIN" ]]; then
  ADMIN_ID=$(az ad user show --id "$ADMIN" --query id -o tsv)
  ADMIN_ROLE_ID=$(az ad app show --id "$APP_ID" --query "appRoles[?value=='admin'].id" -o tsv)
  assign_app_role "$ADMIN_ID" "$SP_ID" "$ADMIN_ROLE_ID"
  echo "assigned the admin app role to $ADMIN"
fi

cat <<SETTINGS

App settings for SreBot:
  Auth__Entra__TenantId=$TENANT_ID
  Auth__Entra__Audiences__0=api://$APP_ID
  Auth__Entra__Audiences__1=$APP_ID
  Auth__Graph__ServicePrincipalId=$SP_ID
SETTINGS
