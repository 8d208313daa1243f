namespace AmlNavigator.Web.Hosting;

/// <summary>
/// Host settings from configuration (command line <c>--data</c>, <c>--postgres</c>, <c>--seed</c>, <c>--trials</c>, or the
/// environment variables <c>AMLNAV_DATA</c>, <c>AMLNAV_POSTGRES</c>, <c>AMLNAV_SEED</c>, <c>AMLNAV_TRIALS</c>).
/// </summary>
/// <param name="DataFolder">Folder of the embedded SQLite database (<c>amlnav.db</c>), created on first run.</param>
/// <param name="PostgresConnectionString">When set, PostgreSQL is used instead of SQLite.</param>
/// <param name="Seed">Whether a new database is seeded with the sample cases.</param>
/// <param name="TrialsPath">Trial index folder or ClinicalTrials.gov records (<c>--trials</c>), matched in every assessment.</param>
internal sealed record AmlNavigatorSettings(string DataFolder, string? PostgresConnectionString, bool Seed, string? TrialsPath = null)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static AmlNavigatorSettings From(IConfiguration configuration)
    {
        string data = First(configuration, "data", "AMLNAV_DATA") ?? "data";
        string? postgres = First(configuration, "postgres", "AMLNAV_POSTGRES");
        string? seed = First(configuration, "seed", "AMLNAV_SEED");
        return new AmlNavigatorSettings(data, postgres, !string.Equals(seed, "false", StringComparison.OrdinalIgnoreCase),
            First(configuration, "trials", "AMLNAV_TRIALS"));
    }

    private static string? First(IConfiguration configuration, params string[] keys) =>
        keys.Select(k => configuration[k]).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
