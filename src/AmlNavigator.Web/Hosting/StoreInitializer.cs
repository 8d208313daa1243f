using System.Reflection;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Storage;

namespace AmlNavigator.Web.Hosting;

/// <summary>
/// Migrates the store once per process and, for a new database, seeds it with the sample cases embedded in this
/// assembly (<c>samples/cases/*.json</c>). Requests wait for it, so none sees a half-made schema.
/// </summary>
internal sealed class StoreInitializer(ICaseStore store, AmlNavigatorSettings settings, ILogger<StoreInitializer> logger)
{
    public const string SeedActor = "seed";
    private readonly Lazy<Task> _ready = new(() => InitializeAsync(store, settings, logger));

    public Task EnsureReadyAsync() => _ready.Value;

    private static async Task InitializeAsync(ICaseStore store, AmlNavigatorSettings settings, ILogger logger)
    {
        bool fresh = await store.SchemaVersionAsync().ConfigureAwait(false) == 0;
        await store.MigrateAsync().ConfigureAwait(false);
        if (!fresh || !settings.Seed)
        {
            return;
        }

        int seeded = 0;
        foreach ((string name, string json) in SampleCases())
        {
            CaseReadResult read = CaseJsonReader.Read(json);
            if (read.Case is null)
            {
                logger.LogWarning("Sample {Sample} is not a valid case; not seeded", name);
                continue;
            }

            await store.SaveCaseAsync(read.Case.Id, json, SeedActor).ConfigureAwait(false);
            seeded++;
        }

        logger.LogInformation("New database seeded with {Count} sample cases", seeded);
    }

    /// <summary>The sample cases embedded at build time, by resource name.</summary>
    public static IEnumerable<(string Name, string Json)> SampleCases()
    {
        Assembly assembly = typeof(StoreInitializer).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("samples/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using StreamReader reader = new(stream);
            yield return (name, reader.ReadToEnd());
        }
    }
}
