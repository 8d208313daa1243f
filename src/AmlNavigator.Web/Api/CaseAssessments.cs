using System.Globalization;
using AmlNavigator.ClinicalTrialsGov;
using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Knowledge;
using AmlNavigator.Domain.Serialization;
using AmlNavigator.Domain.Trials;
using AmlNavigator.Knowledge;
using AmlNavigator.Storage;

namespace AmlNavigator.Web.Api;

/// <summary>The I/O around the pure assessment: read a case, assess it, store it, reproduce a stored one.</summary>
internal static class CaseAssessments
{
    /// <summary>Who acts: the local mode has no login, so every change is recorded as this actor.</summary>
    public const string LocalActor = "local-user (no login)";

    public static KnowledgeBase Knowledge => KnowledgeBaseLoader.Default;

    public static CaseAssessment Assess(PatientCase patientCase, DateOnly asOf, TrialSet trials) =>
        CaseAssessor.Assess(patientCase, Knowledge, asOf, trials.Trials);

    /// <summary>Parses <c>asOf</c> (yyyy-MM-dd) or takes today's UTC date from the host clock; null when malformed.</summary>
    public static bool TryAsOf(string? text, TimeProvider clock, out DateOnly asOf)
    {
        if (string.IsNullOrEmpty(text))
        {
            asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf);
    }

    /// <summary>Assesses the stored case version and stores the result (input snapshot and output bytes).</summary>
    public static async Task<StoredAssessment> AssessAndStoreAsync(ICaseStore store, StoredCase stored, DateOnly asOf, TrialSet trials, CancellationToken ct)
    {
        CaseReadResult read = CaseJsonReader.Read(stored.CaseJson, asOf);
        if (read.Case is null)
        {
            throw new InvalidOperationException($"Stored case {stored.CaseId} v{stored.Version} no longer reads as a valid case.");
        }

        CaseAssessment assessment = Assess(read.Case, asOf, trials);
        return await store.AddAssessmentAsync(new NewAssessment(
            stored.CaseId, stored.Version, asOf, assessment.EngineVersion, assessment.KnowledgeBase.Version,
            assessment.KnowledgeBase.ContentHash, stored.CaseJson, AmlJson.Serialize(assessment)), LocalActor, ct).ConfigureAwait(false);
    }

    /// <summary>Re-runs a stored assessment from its input snapshot and <c>asOf</c> and compares the bytes.</summary>
    public static ReproductionResult Reproduce(StoredAssessment stored, TrialSet trials)
    {
        NewAssessment c = stored.Content;
        CaseReadResult read = CaseJsonReader.Read(c.InputJson, c.AsOf);
        string again = read.Case is null ? "" : AmlJson.Serialize(Assess(read.Case, c.AsOf, trials));
        int difference = FirstDifference(c.OutputJson, again);
        string note = difference < 0
            ? "Identical: the stored assessment was reproduced byte for byte."
            : c.KnowledgeBaseVersion != Knowledge.Version || c.EngineVersion != EngineInfo.Version
                ? $"Different: stored with engine {c.EngineVersion} and knowledge base {c.KnowledgeBaseVersion}; this server runs engine {EngineInfo.Version} and knowledge base {Knowledge.Version}."
                : trials.Trials is not null
                    ? "Different although the engine and knowledge-base versions match: check whether the trial index changed since; otherwise report a determinism defect."
                    : "Different although the versions match: report this as a determinism defect.";
        return new ReproductionResult(stored.Id, difference < 0, c.EngineVersion, EngineInfo.Version, c.KnowledgeBaseVersion,
            Knowledge.Version, c.KnowledgeBaseHash, Knowledge.ContentHash, difference < 0 ? null : difference, note);
    }

    private static int FirstDifference(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return -1;
        }

        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }
}

/// <summary>The trials matched in every assessment (null when no index is configured), loaded once.</summary>
internal sealed record TrialSet(IReadOnlyList<Trial>? Trials, string? Source)
{
    public static TrialSet None { get; } = new(null, null);

    public static TrialSet Load(string? path, ILogger logger)
    {
        if (path is null)
        {
            return None;
        }

        LoadedTrials loaded = TrialIndex.Load(path);
        logger.LogInformation("Trial index loaded: {Count} trials, {Diagnostics} diagnostics", loaded.Trials.Length, loaded.Diagnostics.Length);
        return new TrialSet(loaded.Trials, path);
    }
}

/// <summary>The answer of <c>POST /api/v1/assessments/{id}/reproduce</c>.</summary>
internal sealed record ReproductionResult(
    long AssessmentId, bool Identical, string StoredEngineVersion, string CurrentEngineVersion,
    string StoredKnowledgeBaseVersion, string CurrentKnowledgeBaseVersion, string StoredKnowledgeBaseHash,
    string CurrentKnowledgeBaseHash, int? FirstDifferenceAt, string Note);
