// The user-assigned managed identity: the only identity SreBot has. The Azure Bot authenticates as it
// (msaAppType UserAssignedMSI), and the host uses it for ARM, Log Analytics, Blob Storage, PostgreSQL,
// Application Insights ingestion and Azure OpenAI (AZURE_CLIENT_ID selects it in Azure.Identity).

@description('Name of the identity.')
param name string

@description('Region of the identity.')
param location string

@description('Tags for every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity (the App Service and the Azure Bot attach it by this id).')
output id string = identity.id

@description('Client (application) id: the Azure Bot\'s Microsoft App ID and AZURE_CLIENT_ID.')
output clientId string = identity.properties.clientId

@description('Object (principal) id: what the role assignments are made to.')
output principalId string = identity.properties.principalId

@description('Name of the identity (the PostgreSQL Entra administrator\'s principal name).')
output name string = identity.name
