// SreBot's rights on ONE associated resource group, deployed at that group's scope (main.bicep
// deploys it once per group): Reader and Log Analytics Reader always (Reader mode), and the custom
// "SreBot Operator" role only when an operator role definition is passed (Privileged mode).
// Never Owner, never Contributor, nothing at subscription scope.
targetScope = 'resourceGroup'

@description('Principal (object) id of SreBot\'s identity.')
param principalId string

@description('Stable text naming SreBot\'s identity (its resource path), known before deployment: it makes the role assignment names deterministic.')
param assignmentSeed string

@description('True: assign the SreBot Operator role too (Privileged mode).')
param assignOperator bool

@description('Resource id of the SreBot Operator role definition (with assignOperator).')
param operatorRoleDefinitionId string

// Built-in role definition ids (the same in every tenant).
var reader = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'
var logAnalyticsReader = '73c42c96-874c-492b-b04d-ab87d138a893'

resource readerAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, assignmentSeed, reader)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', reader)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'SreBot read tools (resources, Resource Health, metrics, Activity Log)'
  }
}

resource logAnalyticsReaderAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, assignmentSeed, logAnalyticsReader)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', logAnalyticsReader)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'SreBot logs_search (resource-centric log queries)'
  }
}

resource operatorAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (assignOperator) {
  name: guid(resourceGroup().id, assignmentSeed, 'srebot-operator')
  properties: {
    roleDefinitionId: operatorRoleDefinitionId
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'SreBot write tools in Privileged mode (resource_restart, resource_scale), each after a human approval'
  }
}
