using System.Data.Common;
using Npgsql;

namespace AmlNavigator.Storage;

/// <summary>The PostgreSQL store, chosen by connection string; same schema and migrations as SQLite.</summary>
public sealed class PostgresCaseStore : SqlCaseStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <param name="connectionString">An Npgsql connection string (e.g. <c>Host=127.0.0.1;Username=amlnav;Database=amlnav</c>).</param>
    /// <param name="clock">Clock for saved-at and audit timestamps (never used for clinical dates).</param>
    public PostgresCaseStore(string connectionString, TimeProvider? clock = null) : base(clock ?? TimeProvider.System)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    private protected override IReadOnlyList<Migrations.Step> MigrationSteps => Migrations.Postgres;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
