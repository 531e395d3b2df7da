// The host: an App Service plan on Linux and the web app running SreBot (.NET 10) with SreBot's
// identity as its only identity, HTTPS only, TLS 1.2 or later, FTP and basic publishing credentials
// off, health check on /healthz, and the app settings the README documents. Its logs go to the Log
// Analytics workspace; Application Insights ingestion authenticates with the identity.

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app (its default host name is <name>.azurewebsites.net).')
param siteName string

@description('Region of both.')
param location string

@description('App Service plan SKU (Basic or higher: Always On, health check and VNet integration need it).')
param skuName string

@description('Instances of the plan; more than one only with the PostgreSQL store (main.bicep\'s hosting parameter enforces it).')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('Resource id of SreBot\'s identity.')
param identityId string

@description('Client id of SreBot\'s identity (AZURE_CLIENT_ID and Bot:AppId).')
param identityClientId string

@description('Principal id of SreBot\'s identity (Monitoring Metrics Publisher on Application Insights).')
param identityPrincipalId string

@description('Stable text naming SreBot\'s identity (its resource path), known before deployment: it makes the role assignment names deterministic.')
param assignmentSeed string

@description('Subscription of the associated resource groups (Agent:Subscription).')
param subscriptionId string

@description('Names of the associated resource groups (Agent:ResourceGroups).')
param resourceGroups string[]

@description('Entra object ids of the first SreBot admins (Bot:Admins).')
param admins string[]

@description('Accepted Entra token audiences for /mcp and /api/v1 (Auth:Entra:Audiences): the app registration\'s client id and/or api:// URI.')
param entraAudiences string[]

@description('Object id of SreBot\'s service principal whose app role assignments grant Teams users their roles (Auth:Graph:ServicePrincipalId); empty: not read.')
param graphServicePrincipalId string

@description('A custom host name bound to the web app (added to AllowedHosts); empty: only <siteName>.azurewebsites.net.')
param customHostName string

@description('Blob endpoint of the storage account (Storage:Blobs:ServiceUri).')
param blobEndpoint string

@description('Blob container (Storage:Blobs:ContainerName).')
param blobContainerName string

@description('Azure OpenAI endpoint (Llm:Endpoint, https://NAME.openai.azure.com/); empty: no LLM (Llm:Kind None).')
param openAiEndpoint string

@description('Azure OpenAI deployment name (Llm:Model); used only with openAiEndpoint.')
param openAiDeployment string

@description('Resource id of the Log Analytics workspace for the app\'s logs.')
param workspaceId string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Resource id of the VNet integration subnet; empty: no VNet integration.')
param appSubnetId string

@description('Tags for every resource.')
param tags object

// Monitoring Metrics Publisher (built-in): lets the identity send telemetry to an Application Insights
// component that refuses keys.
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

// SreBot's persistent files (SQLite, signing keys) on App Service's /home share, kept across restarts.
var dataDirectory = '/home/srebot'
var defaultHostName = '${siteName}.azurewebsites.net'
var allowedHosts = empty(customHostName) ? defaultHostName : '${defaultHostName};${customHostName}'
var llmSettings = empty(openAiEndpoint)
  ? []
  : [
      {
        name: 'Llm__Kind'
        value: 'AzureOpenAI'
      }
      {
        name: 'Llm__Endpoint'
        value: openAiEndpoint
      }
      {
        name: 'Llm__Model'
        value: openAiDeployment
      }
    ]

// Every name below is a setting the README's configuration table documents (Section__Key is
// Section:Key), or a platform setting docs/deploy.md documents; tests/Bot.Tests/Deployment checks both.
var appSettings = concat(
  [
    {
      name: 'Urls'
      value: 'http://0.0.0.0:8080'
    }
    {
      name: 'AllowedHosts'
      value: allowedHosts
    }
    {
      name: 'SreBot__DataDirectory'
      value: dataDirectory
    }
    {
      name: 'Estate__Provider'
      value: 'Azure'
    }
    {
      name: 'Agent__Subscription'
      value: subscriptionId
    }
    {
      name: 'Bot__AppId'
      value: identityClientId
    }
    {
      name: 'Bot__TenantId'
      value: tenant().tenantId
    }
    {
      name: 'Auth__Local__Enabled'
      value: 'false'
    }
    {
      name: 'Auth__Entra__TenantId'
      value: tenant().tenantId
    }
    {
      name: 'Storage__Blobs__Kind'
      value: 'AzureBlob'
    }
    {
      name: 'Storage__Blobs__ServiceUri'
      value: blobEndpoint
    }
    {
      name: 'Storage__Blobs__ContainerName'
      value: blobContainerName
    }
    {
      name: 'AZURE_CLIENT_ID'
      value: identityClientId
    }
    {
      name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED'
      value: 'true'
    }
    {
      name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
      value: applicationInsights.properties.ConnectionString
    }
    {
      name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
      value: 'Authorization=AAD;ClientId=${identityClientId}'
    }
    {
      name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
      value: '~3'
    }
  ],
  map(range(0, length(resourceGroups)), i => {
    name: 'Agent__ResourceGroups__${i}'
    value: resourceGroups[i]
  }),
  map(range(0, length(admins)), i => {
    name: 'Bot__Admins__${i}'
    value: admins[i]
  }),
  map(range(0, length(entraAudiences)), i => {
    name: 'Auth__Entra__Audiences__${i}'
    value: entraAudiences[i]
  }),
  empty(graphServicePrincipalId) ? [] : [
    {
      name: 'Auth__Graph__ServicePrincipalId'
      value: graphServicePrincipalId
    }
  ],
  llmSettings
)

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    virtualNetworkSubnetId: empty(appSubnetId) ? null : appSubnetId
    outboundVnetRouting: {
      allTraffic: !empty(appSubnetId)
    }
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet SreBot.Bot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: appSettings
    }
  }
}

// Basic (user name and password) publishing credentials off for FTP and for the SCM site: deployments
// authenticate with Entra ID (az webapp deploy does).
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'srebot-logs'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: applicationInsights
  name: guid(applicationInsights.id, assignmentSeed, monitoringMetricsPublisher)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the web app (az webapp deploy --name).')
output name string = site.name

@description('Default host name of the web app.')
output defaultHostName string = site.properties.defaultHostName
