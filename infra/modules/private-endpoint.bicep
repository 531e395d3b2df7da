// One private endpoint for one service (blob or postgresqlServer) with its private DNS zone group, so
// the service's public name resolves to the endpoint's address inside the virtual network.

@description('Name of the private endpoint.')
param name string

@description('Region of the private endpoint (the virtual network\'s).')
param location string

@description('Resource id of the subnet the endpoint gets its address from.')
param subnetId string

@description('Resource id of the storage account or PostgreSQL server.')
param targetId string

@description('Sub-resource of the target: blob or postgresqlServer.')
@allowed([
  'blob'
  'postgresqlServer'
])
param groupId string

@description('Resource id of the private DNS zone for that sub-resource.')
param dnsZoneId string

@description('Tags for every resource.')
param tags object

resource endpoint 'Microsoft.Network/privateEndpoints@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: name
        properties: {
          privateLinkServiceId: targetId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}

resource dnsZoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2025-05-01' = {
  parent: endpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: groupId
        properties: {
          privateDnsZoneId: dnsZoneId
        }
      }
    ]
  }
}
