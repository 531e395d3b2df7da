// PostgreSQL flexible server for the scale-out store: Entra authentication only (password
// authentication disabled, so there is no administrator password at all) and SreBot's identity as
// its Entra administrator. With private networking it has no public network access.

@description('Name of the server (globally unique).')
param name string

@description('Region of the server.')
param location string

@description('Compute size, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@description('Compute tier of skuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@description('Storage in GiB.')
@minValue(32)
param storageSizeGB int

@description('Principal (object) id of SreBot\'s identity: the server\'s Entra administrator.')
param administratorPrincipalId string

@description('Name of SreBot\'s identity: the administrator\'s role name inside PostgreSQL.')
param administratorName string

@description('True: no public network access; the server is reached through its private endpoint only.')
param privateNetworking bool

@description('Tags for every resource.')
param tags object

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: '16'
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenant().tenantId
    }
    network: {
      publicNetworkAccess: privateNetworking ? 'Disabled' : 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

// The administrator's name is the identity's object id (what-if cannot know it before the identity exists).
resource administrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2025-08-01' = {
  parent: server
  name: administratorPrincipalId
  properties: {
    principalType: 'ServicePrincipal'
    principalName: administratorName
    tenantId: tenant().tenantId
  }
}

@description('Resource id of the server (its private endpoint targets it).')
output id string = server.id

@description('Host name clients connect to.')
output hostName string = server.properties.fullyQualifiedDomainName
