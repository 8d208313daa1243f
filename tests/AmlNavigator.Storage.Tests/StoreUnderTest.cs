using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AmlNavigator.Storage.Tests;

/// <summary>
/// A fresh store of one kind for one test: a SQLite file in a new temporary folder, or a new database on the real
/// PostgreSQL server (dropped afterwards).
/// </summary>
public sealed class StoreUnderTest : IAsyncDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _postgres;

    private StoreUnderTest(ICaseStore store, ManualClock clock, string? sqliteFolder, string? postgres)
    {
        Store = store;
        Clock = clock;
        _sqliteFolder = sqliteFolder;
        _postgres = postgres;
    }

    public ICaseStore Store { get; }

    public ManualClock Clock { get; }

    /// <summary>The kinds to run the contract on: SQLite always, PostgreSQL when the test server is configured.</summary>
    public static TheoryData<string> Kinds()
    {
        TheoryData<string> kinds = ["sqlite"];
        if (TestPostgres.ConnectionString is not null || TestPostgres.InCi)
        {
            kinds.Add("postgres");
        }

        return kinds;
    }

    public static StoreUnderTest Create(string kind)
    {
        ManualClock clock = new(new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero));
        if (kind == "postgres")
        {
            string cs = TestPostgres.CreateDatabase();
            return new StoreUnderTest(new PostgresCaseStore(cs, clock), clock, null, cs);
        }

        string folder = Path.Combine(Path.GetTempPath(), "amlnav-store-" + Guid.NewGuid().ToString("N"));
        return new StoreUnderTest(new SqliteCaseStore(Path.Combine(folder, "nested", "amlnav.db"), clock), clock, folder, null);
    }

    /// <summary>Runs raw SQL against the store's database (to prove the schema refuses changes).</summary>
    public async Task<int> ExecuteRawAsync(string sql)
    {
        await using DbConnection connection = Store is SqliteCaseStore sqlite
            ? new SqliteConnection($"Data Source={sqlite.DatabasePath}")
            : new NpgsqlConnection(_postgres);
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Store is PostgresCaseStore pg)
        {
            await pg.DisposeAsync();
            TestPostgres.DropDatabase(_postgres!);
        }

        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_sqliteFolder))
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
        }
    }
}
