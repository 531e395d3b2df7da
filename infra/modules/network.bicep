// Optional private networking: a virtual network with a subnet the App Service integrates with
// (delegated to Microsoft.Web/serverFarms; all its outbound traffic goes through it) and a subnet for
// the private endpoints of storage and PostgreSQL, with the private DNS zones that resolve them.

@description('Name of the virtual network.')
param name string

@description('Region of the virtual network.')
param location string

@description('Address space of the virtual network, e.g. 10.40.0.0/16.')
param addressPrefix string

@description('Subnet for App Service virtual network integration, e.g. 10.40.1.0/24.')
param appSubnetPrefix string

@description('Subnet for the private endpoints, e.g. 10.40.2.0/24.')
param privateEndpointSubnetPrefix string

@description('Tags for every resource.')
param tags object

// Private DNS zone names of the private endpoints (the storage suffix follows the cloud).
var blobZoneName = 'privatelink.blob.${environment().suffixes.storage}'
var postgresZoneName = 'privatelink.postgres.database.azure.com'

resource network 'Microsoft.Network/virtualNetworks@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnetPrefix
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: privateEndpointSubnetPrefix
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource blobZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: blobZoneName
  location: 'global'
  tags: tags
}

resource postgresZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: postgresZoneName
  location: 'global'
  tags: tags
}

resource blobZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: blobZone
  name: name
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: network.id
    }
  }
}

resource postgresZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: postgresZone
  name: name
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: network.id
    }
  }
}

@description('Resource id of the App Service integration subnet.')
output appSubnetId string = network.properties.subnets[0].id

@description('Resource id of the private endpoint subnet.')
output privateEndpointSubnetId string = network.properties.subnets[1].id

@description('Resource id of the private DNS zone for blob endpoints.')
output blobZoneId string = blobZone.id

@description('Resource id of the private DNS zone for PostgreSQL flexible servers.')
output postgresZoneId string = postgresZone.id
