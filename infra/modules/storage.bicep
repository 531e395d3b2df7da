// The storage account for SreBot's blobs (exports, knowledge documents): reached only with Entra ID
// (shared keys refused, so no connection string with a key can exist), never anonymously, and, with
// private networking, only through its private endpoint.

@description('Name of the storage account (3 to 24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Region of the account.')
param location string

@description('Replication of the account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
])
param skuName string

@description('Blob container SreBot writes to (Storage:Blobs:ContainerName).')
param containerName string

@description('Principal id of SreBot\'s identity: it gets Storage Blob Data Contributor on the account.')
param principalId string

@description('Stable text naming SreBot\'s identity (its resource path), known before deployment: it makes the role assignment names deterministic.')
param assignmentSeed string

@description('True: no public network access; the account is reached through its private endpoint only.')
param privateNetworking bool

@description('Tags for every resource.')
param tags object

// Storage Blob Data Contributor (built-in): read, write and delete blobs; no keys, no account settings.
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: privateNetworking ? 'Disabled' : 'Enabled'
    networkAcls: {
      bypass: 'None'
      defaultAction: privateNetworking ? 'Deny' : 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: containerName
  properties: {
    publicAccess: 'None'
  }
}

resource blobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, assignmentSeed, storageBlobDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Resource id of the account (its private endpoint targets it).')
output id string = account.id

@description('Blob endpoint (Storage:Blobs:ServiceUri), with its trailing slash.')
output blobEndpoint string = account.properties.primaryEndpoints.blob
