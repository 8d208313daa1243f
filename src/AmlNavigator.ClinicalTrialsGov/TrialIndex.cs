using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

using AmlNavigator.Domain.Trials;

namespace AmlNavigator.ClinicalTrialsGov;

/// <summary>What an import did.</summary>
public sealed record ImportReport(int Read, int Added, int Updated, int Rejected, int Total, ImmutableArray<CtGovDiagnostic> Diagnostics);

/// <summary>Trials loaded for matching (eligibility compiled), with any reading diagnostics.</summary>
public sealed record LoadedTrials(ImmutableArray<Trial> Trials, ImmutableArray<CtGovDiagnostic> Diagnostics);

/// <summary>
/// The file-backed trial index: a folder with <c>trials.ndjson</c> (one domain trial per line, ordered by NCT id) and
/// <c>ids.tsv</c> (NCT id, status, last update) for people and scripts. Re-import updates a trial in place. The web
/// storage may later hold the same records; this is the index the CLI uses (docs/trials/index.md).
/// </summary>
public static class TrialIndex
{
    public const string TrialsFile = "trials.ndjson";
    public const string IdsFile = "ids.tsv";
    public const string EnvironmentVariable = "AMLNAV_TRIALS_INDEX";
    public const string DefaultDirectory = "data/trials";

    /// <summary>The index folder: <c>--index</c>, else $AMLNAV_TRIALS_INDEX, else ./data/trials.</summary>
    public static string Resolve(string? option) =>
        option ?? (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env : DefaultDirectory);

    /// <summary>True when <paramref name="path"/> is an index folder.</summary>
    public static bool IsIndex(string path) => File.Exists(Path.Combine(path, TrialsFile));

    /// <summary>Reads records from <paramref name="source"/> into the index at <paramref name="indexDirectory"/>.</summary>
    public static ImportReport Import(string source, string indexDirectory)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(indexDirectory);
        SortedDictionary<string, Trial> trials = new(StringComparer.Ordinal);
        foreach (Trial t in ReadIndex(indexDirectory))
        {
            trials[t.NctId] = t;
        }

        int read = 0, added = 0, updated = 0, rejected = 0;
        var diagnostics = ImmutableArray.CreateBuilder<CtGovDiagnostic>();
        foreach (CtGovRecord record in CtGovReader.ReadPath(source))
        {
            diagnostics.AddRange(record.Diagnostics);
            if (record.Trial is not { } trial)
            {
                rejected++;
                continue;
            }

            read++;
            if (trials.ContainsKey(trial.NctId))
            {
                updated++;
            }
            else
            {
                added++;
            }

            trials[trial.NctId] = trial;
        }

        Write(indexDirectory, trials.Values);
        return new ImportReport(read, added, updated, rejected, trials.Count, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Loads trials for matching from an index folder or from ClinicalTrials.gov records (a file or a folder of them),
    /// compiling each trial's eligibility once.
    /// </summary>
    public static LoadedTrials Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsIndex(path))
        {
            return new LoadedTrials([.. ReadIndex(path).Select(t => t.Compiled())], []);
        }

        var diagnostics = ImmutableArray.CreateBuilder<CtGovDiagnostic>();
        SortedDictionary<string, Trial> trials = new(StringComparer.Ordinal);
        foreach (CtGovRecord record in CtGovReader.ReadPath(path))
        {
            diagnostics.AddRange(record.Diagnostics);
            if (record.Trial is { } t)
            {
                trials[t.NctId] = t;
            }
        }

        return new LoadedTrials([.. trials.Values.Select(t => t.Compiled())], diagnostics.ToImmutable());
    }

    private static IEnumerable<Trial> ReadIndex(string directory)
    {
        string file = Path.Combine(directory, TrialsFile);
        if (!File.Exists(file))
        {
            yield break;
        }

        int line = 0;
        foreach (string text in File.ReadLines(file, Encoding.UTF8))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            Trial? trial;
            try
            {
                trial = JsonSerializer.Deserialize(text, TrialIndexJsonContext.Default.Trial);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{file}:{line}: the trial index is damaged ({ex.Message}); re-run 'amlnav trials import'", ex);
            }

            if (trial is not null)
            {
                yield return trial;
            }
        }
    }

    private static void Write(string directory, IEnumerable<Trial> trials)
    {
        Directory.CreateDirectory(directory);
        string trialsPath = Path.Combine(directory, TrialsFile);
        string temp = trialsPath + ".tmp";
        StringBuilder ids = new("nctId\tstatus\tlastUpdate\ttitle\n");
        using (StreamWriter writer = new(temp, append: false, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            foreach (Trial t in trials)
            {
                writer.WriteLine(JsonSerializer.Serialize(t, TrialIndexJsonContext.Default.Trial));
                ids.Append(t.NctId).Append('\t').Append(t.OverallStatus).Append('\t')
                    .Append(t.LastUpdate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "")
                    .Append('\t').Append(t.Title.Replace('\t', ' ')).Append('\n');
            }
        }

        // Replace atomically so a failed import never leaves half an index.
        File.Move(temp, trialsPath, overwrite: true);
        File.WriteAllText(Path.Combine(directory, IdsFile), ids.ToString(), new UTF8Encoding(false));
    }
}

/// <summary>JSON of the trial index and of <c>trials match --format json</c> (source-generated, camelCase).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = false,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Trial))]
[JsonSerializable(typeof(TrialMatchResult))]
public sealed partial class TrialIndexJsonContext : JsonSerializerContext;
