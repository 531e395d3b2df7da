// SreBot in one region of one subscription: `az deployment sub create` (subscription scope, because
// it creates SreBot's own resource group, assigns roles on the associated resource groups and, for
// Privileged mode, defines the custom SreBot Operator role). See docs/deploy.md.
//
// Security posture: one user-assigned managed identity and no secret anywhere (no keys are listed,
// no password parameter exists, nothing secret is output); on the associated resource groups only
// Reader + Log Analytics Reader, plus the SreBot Operator role when privilegedMode is true.
targetScope = 'subscription'

// ---- Types ---------------------------------------------------------------------------------------

@description('SQLite (the default store today): one instance only, its database on the /home share.')
type sqliteHosting = {
  @description('The store SreBot keeps its state in.')
  store: 'Sqlite'

  @description('App Service instances: exactly 1 with SQLite (a second instance would share the database file).')
  instanceCount: 1
}

@description('PostgreSQL flexible server (Entra authentication only): required for more than one instance.')
type postgreSqlHosting = {
  @description('The store SreBot keeps its state in.')
  store: 'PostgreSql'

  @description('App Service instances (1 to 30).')
  @minValue(1)
  @maxValue(30)
  instanceCount: int
}

// The type refuses { store: 'Sqlite', instanceCount: 2 }: `bicep build-params` fails offline with
// BCP036, and Azure Resource Manager rejects the parameter before it deploys anything.
@discriminator('store')
type hostingChoice = sqliteHosting | postgreSqlHosting

// ---- Parameters ----------------------------------------------------------------------------------

@description('Region of every regional resource (data residency). Default: the deployment\'s location (az deployment sub create --location).')
param location string = deployment().location

@description('Resource group SreBot\'s own resources go in (created when missing).')
@minLength(1)
@maxLength(90)
param resourceGroupName string = 'rg-srebot'

@description('Prefix of the resource names; a hash of subscription and group makes them unique.')
@minLength(2)
@maxLength(10)
param namePrefix string = 'srebot'

@description('Names of the associated resource groups in this subscription (Agent:ResourceGroups). They must exist.')
@minLength(1)
param associatedResourceGroups string[]

@description('True: define the SreBot Operator role (the write actions of docs/azure.md) and assign it on every associated group, for Privileged mode. False: read rights only.')
param privilegedMode bool = false

@description('Store and instance count. More than one instance needs the PostgreSQL store.')
param hosting hostingChoice = {
  store: 'Sqlite'
  instanceCount: 1
}

@description('App Service plan SKU (Linux). Basic or higher: Always On, health check and VNet integration need it.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServicePlanSku string = 'B1'

@description('Entra object ids of the first SreBot admins (Bot:Admins).')
param admins string[] = []

@description('Entra token audiences accepted on /mcp and /api/v1 (Auth:Entra:Audiences): the SreBot app registration\'s client id and/or its api:// identifier URI. Empty: only Teams (through the Azure Bot) reaches SreBot.')
param entraAudiences string[] = []

@description('Object id of SreBot\'s service principal (enterprise application), printed by infra/entra-app.sh: Teams users then get their roles from its app role assignments through Microsoft Graph (Auth:Graph:ServicePrincipalId). Empty: Teams users hold only roles from the local table and Bot:Admins.')
param graphServicePrincipalId string = ''

@description('A custom host name you bind to the web app yourself (with its certificate); empty: <app>.azurewebsites.net. The bot\'s messaging endpoint and AllowedHosts use it.')
param customHostName string = ''

@description('Azure OpenAI endpoint for the agent loop (https://NAME.openai.azure.com/); empty: no LLM. Give the identity "Cognitive Services OpenAI User" on that account (docs/deploy.md).')
param openAiEndpoint string = ''

@description('Azure OpenAI deployment name (Llm:Model), with openAiEndpoint.')
param openAiDeployment string = ''

@description('True: VNet integration for the web app, and private endpoints (no public access) for storage and PostgreSQL.')
param privateNetworking bool = false

@description('Address space of the virtual network (privateNetworking only).')
param vnetAddressPrefix string = '10.40.0.0/16'

@description('Subnet for App Service VNet integration (privateNetworking only).')
param appSubnetPrefix string = '10.40.1.0/24'

@description('Subnet for the private endpoints (privateNetworking only).')
param privateEndpointSubnetPrefix string = '10.40.2.0/24'

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param storageSku string = 'Standard_LRS'

@description('PostgreSQL compute size (store PostgreSql only).')
param postgreSqlSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier of postgreSqlSkuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgreSqlSkuTier string = 'Burstable'

@description('PostgreSQL storage in GiB.')
@minValue(32)
param postgreSqlStorageSizeGB int = 32

@description('Days the Log Analytics workspace keeps SreBot\'s own logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Azure Bot pricing tier (F0 is free and carries Teams).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Azure Bot region: global, or westeurope / centralindia for regional data processing.')
@allowed([
  'global'
  'westeurope'
  'centralindia'
])
param botLocation string = 'global'

@description('Tags for every resource.')
param tags object = {
  application: 'SreBot'
}

// ---- Names ---------------------------------------------------------------------------------------

var suffix = uniqueString(subscription().id, resourceGroupName)
var baseName = '${namePrefix}-${suffix}'
var siteName = baseName
var identityName = 'id-${baseName}'
var applicationInsightsName = 'appi-${baseName}'
// The identity's resource path, known before deployment: the seed of every role assignment name.
var assignmentSeed = '${subscription().id}/resourceGroups/${resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${identityName}'
var hostName = empty(customHostName) ? '${siteName}.azurewebsites.net' : customHostName
var storageName = take(toLower('st${replace(namePrefix, '-', '')}${suffix}'), 24)
var blobContainerName = 'srebot'
var postgreSqlEnabled = hosting.store == 'PostgreSql'

// ---- SreBot's own resource group -----------------------------------------------------------------

resource group 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: resourceGroupName
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: group
  name: 'srebot-identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: group
  name: 'srebot-monitoring'
  params: {
    workspaceName: 'log-${baseName}'
    applicationInsightsName: applicationInsightsName
    location: location
    retentionDays: logRetentionDays
    tags: tags
  }
}

module network 'modules/network.bicep' = if (privateNetworking) {
  scope: group
  name: 'srebot-network'
  params: {
    name: 'vnet-${baseName}'
    location: location
    addressPrefix: vnetAddressPrefix
    appSubnetPrefix: appSubnetPrefix
    privateEndpointSubnetPrefix: privateEndpointSubnetPrefix
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  scope: group
  name: 'srebot-storage'
  params: {
    name: storageName
    location: location
    skuName: storageSku
    containerName: blobContainerName
    principalId: identity.outputs.principalId
    assignmentSeed: assignmentSeed
    privateNetworking: privateNetworking
    tags: tags
  }
}

module postgreSql 'modules/postgres.bicep' = if (postgreSqlEnabled) {
  scope: group
  name: 'srebot-postgresql'
  params: {
    name: 'psql-${baseName}'
    location: location
    skuName: postgreSqlSkuName
    skuTier: postgreSqlSkuTier
    storageSizeGB: postgreSqlStorageSizeGB
    // The Entra administrator's resource name is the identity's object id: known only after the identity exists.
    #disable-next-line what-if-short-circuiting
    administratorPrincipalId: identity.outputs.principalId
    administratorName: identity.outputs.name
    privateNetworking: privateNetworking
    tags: tags
  }
}

module storageEndpoint 'modules/private-endpoint.bicep' = if (privateNetworking) {
  scope: group
  name: 'srebot-storage-endpoint'
  params: {
    name: 'pe-${storageName}-blob'
    location: location
    subnetId: network!.outputs.privateEndpointSubnetId
    targetId: storage.outputs.id
    groupId: 'blob'
    dnsZoneId: network!.outputs.blobZoneId
    tags: tags
  }
}

module postgreSqlEndpoint 'modules/private-endpoint.bicep' = if (privateNetworking && postgreSqlEnabled) {
  scope: group
  name: 'srebot-postgresql-endpoint'
  params: {
    name: 'pe-psql-${baseName}'
    location: location
    subnetId: network!.outputs.privateEndpointSubnetId
    targetId: postgreSql!.outputs.id
    groupId: 'postgresqlServer'
    dnsZoneId: network!.outputs.postgresZoneId
    tags: tags
  }
}

module app 'modules/app.bicep' = {
  scope: group
  name: 'srebot-app'
  params: {
    planName: 'asp-${baseName}'
    siteName: siteName
    location: location
    skuName: appServicePlanSku
    instanceCount: hosting.instanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityPrincipalId: identity.outputs.principalId
    assignmentSeed: assignmentSeed
    subscriptionId: subscription().subscriptionId
    resourceGroups: associatedResourceGroups
    admins: admins
    entraAudiences: entraAudiences
    graphServicePrincipalId: graphServicePrincipalId
    customHostName: customHostName
    blobEndpoint: storage.outputs.blobEndpoint
    blobContainerName: blobContainerName
    openAiEndpoint: openAiEndpoint
    openAiDeployment: openAiDeployment
    workspaceId: monitoring.outputs.workspaceId
    applicationInsightsName: applicationInsightsName
    appSubnetId: privateNetworking ? network!.outputs.appSubnetId : ''
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  scope: group
  name: 'srebot-bot'
  params: {
    name: baseName
    location: botLocation
    skuName: botSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenant().tenantId
    hostName: hostName
    tags: tags
  }
}

// ---- Rights on the associated resource groups ----------------------------------------------------

module operatorRole 'modules/operator-role.bicep' = if (privilegedMode) {
  name: 'srebot-operator-role'
  params: {
    assignableScopes: map(associatedResourceGroups, name => subscriptionResourceId('Microsoft.Resources/resourceGroups', name))
    nameSuffix: '${subscription().subscriptionId}/${resourceGroupName}'
  }
}

// One deployment at each associated group's own scope: the roles land on that group, nowhere else.
module associatedGroupRoles 'modules/associated-group-roles.bicep' = [
  for (name, i) in associatedResourceGroups: {
    scope: resourceGroup(name)
    name: take('srebot-roles-${suffix}-${i}', 64)
    params: {
      principalId: identity.outputs.principalId
      assignmentSeed: assignmentSeed
      assignOperator: privilegedMode
      operatorRoleDefinitionId: privilegedMode ? operatorRole!.outputs.id : ''
    }
  }
]

// ---- Outputs (nothing secret) ----------------------------------------------------------------------

@description('The Azure Bot\'s Microsoft App ID (the identity\'s client id): manifest/package.sh --bot-id.')
output botId string = bot.outputs.appId

@description('SreBot\'s public host name: manifest/package.sh --host.')
output hostName string = hostName

@description('The web app (az webapp deploy --name).')
output webAppName string = app.outputs.name

@description('SreBot\'s resource group (az webapp deploy --resource-group).')
output resourceGroupName string = group.name

@description('Principal (object) id of SreBot\'s identity (for further role assignments).')
output identityPrincipalId string = identity.outputs.principalId

@description('Blob endpoint of SreBot\'s storage account.')
output blobEndpoint string = storage.outputs.blobEndpoint

@description('Host name of the PostgreSQL server; empty with the SQLite store.')
output postgreSqlHostName string = postgreSqlEnabled ? postgreSql!.outputs.hostName : ''
