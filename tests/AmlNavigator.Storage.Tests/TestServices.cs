using Npgsql;

namespace AmlNavigator.Storage.Tests;

/// <summary>
/// The real PostgreSQL server that <c>tools/setup-test-services.sh</c> starts (<c>AMLNAV_TEST_POSTGRES</c>). Locally the
/// PostgreSQL tests skip with a clear message when it is absent; in CI (<c>CI=true</c>) they run and fail instead.
/// </summary>
public static class TestPostgres
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("AMLNAV_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public const string SkipMessage =
        "PostgreSQL not configured: run `eval \"$(tools/setup-test-services.sh)\"` (sets AMLNAV_TEST_POSTGRES) to run these tests.";

    /// <summary>Creates an empty database for one test class and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        string admin = ConnectionString ?? throw new InvalidOperationException(
            "AMLNAV_TEST_POSTGRES is not set but CI=true: the PostgreSQL tests must run in CI. " + SkipMessage);
        string name = "amlnav_test_" + Guid.NewGuid().ToString("N")[..12];
        using NpgsqlConnection connection = new(admin);
        connection.Open();
        using NpgsqlCommand command = new($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    public static void DropDatabase(string connectionString)
    {
        string name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        using NpgsqlConnection connection = new(ConnectionString);
        connection.Open();
        using NpgsqlCommand command = new($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A fact that needs the real PostgreSQL server (skips locally without it, never in CI).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.ConnectionString is null && !TestPostgres.InCi)
        {
            Skip = TestPostgres.SkipMessage;
        }
    }
}

/// <summary>A clock the tests move by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
