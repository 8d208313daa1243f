using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace AmlNavigator.Storage;

/// <summary>The embedded default store: one SQLite file in the data folder (created on first use), WAL journal.</summary>
public sealed class SqliteCaseStore : SqlCaseStore
{
    private readonly string _connectionString;

    /// <param name="databasePath">The database file; its folder is created when missing.</param>
    /// <param name="clock">Clock for saved-at and audit timestamps (never used for clinical dates).</param>
    public SqliteCaseStore(string databasePath, TimeProvider? clock = null) : base(clock ?? TimeProvider.System)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }

    private protected override IReadOnlyList<Migrations.Step> MigrationSteps => Migrations.Sqlite;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        SqliteConnection connection = new(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    protected override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using DbCommand command = connection.CreateCommand();
        // WAL lets page views read while an assessment is being written.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
