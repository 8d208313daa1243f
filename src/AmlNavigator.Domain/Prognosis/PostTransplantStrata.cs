using System.Collections.Immutable;
using System.Globalization;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;

namespace AmlNavigator.Domain.Prognosis;

/// <summary>
/// Relapse after allogeneic HCT: 3-year overall survival by time from HCT to relapse (Bejanyan N et al., CIBMTR,
/// BBMT 2015;21:454). Not a point score: the stratum is the time band; the other multivariable factors are shown
/// with their relative risks for context.
/// </summary>
public static class PostTransplantStrata
{
    public const string Id = "post-transplant-relapse";
    public const string Name = "Relapse after allogeneic HCT: time-from-transplant strata (CIBMTR)";

    public static ScoreSource Source { get; } = new(
        RelapseCitations.Bejanyan2015,
        "1,788 AML patients relapsing after allogeneic HCT done in first or second complete remission (CIBMTR registry)",
        "transplants 1990–2010, published 2015",
        "Relapse after a first allogeneic HCT given in CR1 or CR2; relapse 1–177 months after HCT. Registry era before " +
        "targeted salvage and venetoclax; figures describe that cohort, not this patient.");

    public static ImmutableArray<PublishedGroup> PublishedGroups { get; } =
    [
        new("under-6-months", "relapse 1–6 months after HCT", "3-year OS 4% (reference group)"),
        new("6-to-24-months", "relapse 6 months–2 years after HCT", "3-year OS 12%; mortality RR 0.55"),
        new("24-to-36-months", "relapse 2–3 years after HCT", "3-year OS 26%; mortality RR 0.39"),
        new("36-months-or-more", "relapse ≥3 years after HCT", "3-year OS 38%; mortality RR 0.28"),
    ];

    public static RelapseScore NotComputed { get; } = Empty("not computed");

    public static string StratumOf(double months) =>
        months < 6 ? "under-6-months" : months < 24 ? "6-to-24-months" : months < 36 ? "24-to-36-months" : "36-months-or-more";

    public static RelapseScore Evaluate(RelapseFacts facts, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(log);
        if (!facts.AfterAllogeneic)
        {
            return Empty("no allogeneic transplant before this relapse");
        }

        if (facts.Category is DiseaseCategory.NoRelapseRecorded or DiseaseCategory.PrimaryRefractory)
        {
            return Empty("no relapse after the transplant recorded");
        }

        ImmutableArray<ScoreComponent> context = ContextFactors(facts);
        if (facts.MonthsFromAllogeneicToRelapse is not { } months)
        {
            log.Missing("transplant-date", "Date of the allogeneic transplant (and of the relapse)",
                "Time from transplant to relapse is the strongest prognostic factor after allogeneic HCT and sets the " +
                "second-transplant score.", "prognosis.postTransplantRelapse", "prognosis.secondTransplant");
            return Empty("time from transplant to relapse unknown: transplant or relapse date missing") with { Components = context };
        }

        string stratum = StratumOf(months);
        var cautions = new List<string>
        {
            "Cohort: first allogeneic HCT given in CR1 or CR2; check that this matches the patient's transplant.",
        };
        if (months < 1)
        {
            cautions.Add("Relapse less than 1 month after HCT: earlier than any relapse in the cohort (1–177 months).");
        }

        foreach (double edge in new[] { 6.0, 24.0, 36.0 })
        {
            if (Math.Abs(months - edge) < 0.5)
            {
                cautions.Add($"Time from HCT to relapse is within half a month of the {edge:0}-month stratum boundary.");
            }
        }

        string value = months.ToString("0.0", CultureInfo.InvariantCulture) + " months from HCT to relapse";
        return Empty(null) with
        {
            Applicable = true,
            Group = stratum,
            GroupOutcome = PublishedGroups.First(g => g.Group == stratum).Outcome,
            Components = [new ScoreComponent("time from allogeneic HCT to relapse", value, null), .. context],
            Cautions = [.. cautions],
        };
    }

    private static RelapseScore Empty(string? reason) => new()
    {
        Id = Id,
        Name = Name,
        Applicable = false,
        Reason = reason,
        PublishedGroups = PublishedGroups,
        Source = Source,
    };

    /// <summary>The other multivariable factors of the paper, shown with their mortality relative risk.</summary>
    private static ImmutableArray<ScoreComponent> ContextFactors(RelapseFacts facts)
    {
        string age = facts.Age switch
        {
            null => "unknown",
            { Min: > 40 } a => $"{a}: >40 (mortality RR 1.42)",
            { Max: <= 40 } a => $"{a}: ≤40",
            var a => $"{a}: at the 40-year cut-off",
        };
        string gvhd = facts.LastAllogeneic?.Gvhd switch
        {
            GvhdStatus.Active => "active GVHD at relapse (mortality RR 1.25)",
            null => "unknown",
            var g => $"{g.ToString()!.ToLowerInvariant()}: not recorded as active at relapse",
        };
        string conditioning = facts.LastAllogeneic?.Conditioning switch
        {
            Conditioning.RIC => "reduced-intensity (mortality RR 0.77 vs myeloablative)",
            Conditioning.MAC => "myeloablative",
            _ => "unknown",
        };
        return
        [
            new("age (context, not points)", age, null),
            new("active GVHD at relapse (context)", gvhd, null),
            new("conditioning of the first HCT (context)", conditioning, null),
        ];
    }
}
