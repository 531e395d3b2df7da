// The custom "SreBot Operator" role: exactly the write actions of docs/azure-srebot-operator-role.json
// (the file docs/azure.md describes and the code's AzureWriteActions table is tested against), loaded
// from that file so there is one list. Assignable only on the associated resource groups.
targetScope = 'subscription'

@description('Resource ids of the associated resource groups (the role\'s assignable scopes).')
param assignableScopes array

@description('Suffix that makes the role\'s name unique in the tenant (role names are tenant-wide).')
param nameSuffix string

var role = loadJsonContent('../../docs/azure-srebot-operator-role.json')

resource operator 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(subscription().id, 'srebot-operator', nameSuffix)
  properties: {
    roleName: '${role.Name} (${nameSuffix})'
    description: role.Description
    type: 'CustomRole'
    permissions: [
      {
        actions: role.Actions
        notActions: role.NotActions
        dataActions: role.DataActions
        notDataActions: role.NotDataActions
      }
    ]
    assignableScopes: assignableScopes
  }
}

@description('Resource id of the role definition (assigned on each associated group).')
output id string = operator.id
