using System.Collections.Immutable;
using System.Globalization;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cytogenetics;
using AmlNavigator.Domain.DiseaseStatus;

namespace AmlNavigator.Domain.Prognosis;

/// <summary>
/// Prognostic model for a second allogeneic transplant in relapsed AML (Clin Lymphoma Myeloma Leuk 2018, PMID
/// 29519618, n=78): intermediate / poor cytogenetic risk at diagnosis 0.5 / 1; peripheral blasts ≥20% at relapse 1;
/// relapse &lt;9 months after the first transplant 1; no morphological CR after the second transplant 1. Score &lt;2:
/// 4-year OS 51.3%; ≥2: 2.8%. The last factor is only known after the second transplant, so before it the score is a
/// range; the group is stated only when the known factors already reach 2.
/// </summary>
public static class SecondTransplantScore
{
    public const string Id = "second-transplant";
    public const string Name = "Second allogeneic transplant prognostic score";

    public static ScoreSource Source { get; } = new(
        RelapseCitations.SecondTransplantScore2018,
        "78 consecutive adults with AML relapsing after a first autologous or allogeneic transplant who received a second allogeneic transplant (single centre)",
        "published 2018",
        "Only for patients being considered for a second allogeneic transplant. Small single-centre cohort without " +
        "external validation; the cytogenetic classification used is not stated in the abstract (ELN karyotype groups " +
        "are used here, with cautions); one factor is known only after the second transplant.");

    public static ImmutableArray<PublishedGroup> PublishedGroups { get; } =
    [
        new("low", "score <2", "4-year OS 51.3%"),
        new("high", "score ≥2", "4-year OS 2.8%"),
    ];

    public static RelapseScore NotComputed { get; } = Empty("not computed");

    public static string GroupOf(double score) => score < 2 ? "low" : "high";

    public static RelapseScore Evaluate(RelapseFacts facts, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(log);
        if (facts.PriorTransplants.IsEmpty)
        {
            return Empty("no transplant before this relapse: the score is for a second transplant");
        }

        if (facts.Category is DiseaseCategory.NoRelapseRecorded or DiseaseCategory.PrimaryRefractory)
        {
            return Empty("no relapse after the transplant recorded");
        }

        var cautions = new List<string>();
        ImmutableArray<ScoredFactor> factors =
        [
            Cytogenetics(facts, cautions),
            BloodBlasts(facts),
            TimeToRelapse(facts),
            new("no morphological CR after the second transplant",
                "known only after the second transplant (0 or 1 point)", 0, 1),
        ];

        if (!factors[1].IsExact)
        {
            log.Missing("blood-blasts-relapse", "Peripheral blood blast percentage at relapse",
                "Circulating blasts ≥20% at relapse are a factor of the second-transplant score.", "prognosis.secondTransplant");
        }

        return ScoreMath.Complete(Empty(null) with { Cautions = [.. cautions] }, factors, GroupOf,
            "the response after a second transplant (and any unknown input) is open: the score is a range; the group " +
            "is shown only when the known factors already decide it");
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

    /// <summary>
    /// Favourable (CBF, APL) → 0; normal karyotype → intermediate 0.5; ELN 2022 adverse karyotype lesions → poor 1;
    /// any other abnormal karyotype → 0.5–1 (intermediate or poor depending on the classification used).
    /// </summary>
    private static ScoredFactor Cytogenetics(RelapseFacts facts, List<string> cautions)
    {
        const string factor = "cytogenetic risk at diagnosis";
        var dx = facts.Diagnosis;
        KaryotypeFeatures? f = dx.Karyotype?.Features;
        if (dx.HasFusion("RUNX1", "RUNX1T1") || dx.HasFusion("CBFB", "MYH11") || dx.HasFusion("PML", "RARA") ||
            f?.T8And21 == true || f?.Inv16OrT16And16 == true || f?.T15And17 == true)
        {
            return ScoredFactor.Exact(factor, "favourable (core-binding factor or APL)", 0);
        }

        if (f is null)
        {
            cautions.Add("Karyotype at diagnosis unknown.");
            return ScoredFactor.Unknown(factor, "unknown: no karyotype at diagnosis", 0, 1);
        }

        bool adverse = f.Complex == true || f.Monosomal == true || f.Minus5OrDel5q == true || f.Minus7 == true ||
            f.Minus17OrAbn17p == true || f.Inv3OrT3And3 == true || f.MecomRearranged == true || f.T6And9 == true ||
            f.T9And22 == true || (f.Kmt2aRearranged == true && f.T9And11 != true);
        if (adverse)
        {
            cautions.Add("Cytogenetics scored poor from ELN 2022 adverse karyotype lesions; the paper's classification is not stated in its abstract.");
            return ScoredFactor.Exact(factor, "poor (adverse karyotype lesion)", 1);
        }

        if (f.Normal == true)
        {
            return ScoredFactor.Exact(factor, "intermediate (normal karyotype)", 0.5);
        }

        return new ScoredFactor(factor, "intermediate or poor depending on the classification used (0.5–1 point)", 0.5, 1);
    }

    private static ScoredFactor BloodBlasts(RelapseFacts facts)
    {
        const string factor = "peripheral blood blasts ≥20% at relapse";
        return facts.BloodBlastPercent is { } pb
            ? ScoredFactor.Exact(factor, pb.ToString("0.#", CultureInfo.InvariantCulture) + "%", pb >= 20 ? 1 : 0)
            : ScoredFactor.Unknown(factor, "unknown: blood blast percentage not recorded", 0, 1);
    }

    private static ScoredFactor TimeToRelapse(RelapseFacts facts)
    {
        const string factor = "relapse <9 months after the first transplant";
        var first = facts.PriorTransplants.Where(t => t.Date is not null).OrderBy(t => t.Date).FirstOrDefault();
        double? months = first?.Date is { } d && facts.RelapseDate is { } r ? RelapseFacts.Months(d, r) : null;
        return months is { } m
            ? ScoredFactor.Exact(factor, m.ToString("0.0", CultureInfo.InvariantCulture) + " months", m < 9 ? 1 : 0)
            : ScoredFactor.Unknown(factor, "unknown: transplant or relapse date not recorded", 0, 1);
    }
}
