// The Azure Bot: it authenticates as SreBot's user-assigned identity (no app password exists), sends
// Teams messages to https://<host>/api/messages, and has the Microsoft Teams channel enabled.

@description('Name of the bot resource (its handle, globally unique).')
param name string

@description('Region of the bot: global, or a regional one (westeurope, centralindia) for data residency.')
param location string

@description('Pricing tier: F0 (free, standard channels like Teams) or S1.')
@allowed([
  'F0'
  'S1'
])
param skuName string

@description('Resource id of SreBot\'s identity.')
param identityId string

@description('Client id of SreBot\'s identity: the bot\'s Microsoft App ID.')
param identityClientId string

@description('Tenant of SreBot\'s identity (the bot is single-tenant).')
param tenantId string

@description('Public host name of SreBot (the messaging endpoint is https://<host>/api/messages).')
param hostName string

@description('Tags for every resource.')
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: location
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: 'SreBot'
    description: 'SRE agent for Azure: read-only by default, changes only with approval.'
    endpoint: 'https://${hostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: location
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The bot\'s Microsoft App ID (the identity\'s client id): the Teams app\'s bot id.')
output appId string = bot.properties.msaAppId
