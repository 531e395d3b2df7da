using Microsoft.Extensions.Options;
using Npgsql;

namespace SreBot.Shared.Storage;

/// <summary>
/// Refuses at start a PostgreSQL choice without a usable connection string, and any connection string that carries a
/// password (passwords never live in configuration). The messages name the setting, never its value.
/// </summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!Enum.IsDefined(options.Kind))
        {
            return ValidateOptionsResult.Fail("Storage:Database:Kind must be Sqlite or PostgreSQL.");
        }

        if (options.Kind == DatabaseKind.Sqlite)
        {
            return string.IsNullOrWhiteSpace(options.ConnectionString) && !options.EntraAuthentication
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Storage:Database:ConnectionString and Storage:Database:EntraAuthentication apply only with Storage:Database:Kind = PostgreSQL.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Storage:Database:Kind is PostgreSQL but Storage:Database:ConnectionString is empty: give an Npgsql connection string (Host=…;Database=…;Username=…).");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail("Storage:Database:ConnectionString is not a valid Npgsql connection string (Host=…;Database=…;Username=…).");
        }

        if (!string.IsNullOrEmpty(builder.Password))
        {
            return ValidateOptionsResult.Fail(
                "Storage:Database:ConnectionString contains a password; passwords never go in configuration. Remove it and use " +
                "Storage:Database:EntraAuthentication on Azure, or trust/peer authentication, PGPASSWORD or ~/.pgpass locally.");
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? ValidateOptionsResult.Fail("Storage:Database:ConnectionString names no Host.")
            : ValidateOptionsResult.Success;
    }
}
