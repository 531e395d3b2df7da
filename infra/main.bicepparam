// Example parameters for SreBot in your subscription; copy it, change the values, then
//   az deployment sub create --name srebot --location westeurope \
//     --template-file infra/main.bicep --parameters infra/main.bicepparam
// (docs/deploy.md walks through it). Nothing here is secret: there is no password or key to give.
using 'main.bicep'

// Region of every regional resource (keep data in one region). Defaults to --location.
param location = 'westeurope'

// SreBot's own resource group (created when missing).
param resourceGroupName = 'rg-srebot'

// The resource groups SreBot investigates (they must exist, in this subscription). SreBot's identity
// gets Reader and Log Analytics Reader on each of them, and nothing anywhere else.
param associatedResourceGroups = [
  'rg-shop-prod'
  'rg-shop-staging'
]

// true: also define the "SreBot Operator" custom role (exactly the write actions of docs/azure.md)
// and assign it on each associated group, so an admin can switch SreBot to Privileged mode. Every
// write still needs a human approval in SreBot. Never Owner or Contributor.
param privilegedMode = false

// The store and the number of App Service instances. SQLite allows exactly one instance;
// { store: 'PostgreSql', instanceCount: 2 } deploys the PostgreSQL flexible server (Entra only) too.
// { store: 'Sqlite', instanceCount: 2 } is refused (by `bicep build-params` and by Azure).
param hosting = {
  store: 'Sqlite'
  instanceCount: 1
}

// Entra object ids of the first SreBot admins (az ad user show --id you@contoso.com --query id -o tsv).
param admins = []

// Token audiences accepted on /mcp and /api/v1: the SreBot app registration's client id and/or its
// api:// URI (docs/deploy.md, "People and roles"). Empty: only Teams reaches SreBot.
param entraAudiences = []

// Object id of SreBot's enterprise application, printed by infra/entra-app.sh: Teams users then get their roles
// from its app role assignments through Microsoft Graph. Empty: only the local role table and admins.
param graphServicePrincipalId = ''

// Optional: Azure OpenAI for free-form questions (the identity needs "Cognitive Services OpenAI User").
param openAiEndpoint = ''
param openAiDeployment = ''

// true: VNet integration for the web app, private endpoints for storage (and PostgreSQL).
param privateNetworking = false
