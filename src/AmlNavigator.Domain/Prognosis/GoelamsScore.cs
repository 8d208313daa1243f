using System.Collections.Immutable;
using System.Globalization;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Prognosis;

/// <summary>
/// GOELAMS simplified score for relapsed/refractory AML (Chevallier P et al., Leukemia 2011;25:939). One point each
/// for relapse &lt;12 months (refractory included), FLT3-ITD, and "high-risk cytogenetics". The paper's definition
/// of high-risk cytogenetics is not verified (clinical-facts §13.5), so that factor is always left open (0–1) and
/// the score is a range; the group is stated only when the range allows it.
/// </summary>
public static class GoelamsScore
{
    public const string Id = "goelams";
    public const string Name = "GOELAMS relapsed/refractory AML score";

    public static ScoreSource Source { get; } = new(
        RelapseCitations.Chevallier2011,
        "138 relapsed/refractory AML patients (median age 55, range 19–70) given intensive chemotherapy with gemtuzumab ozogamicin salvage; validated in an independent cohort of 111",
        "French GOELAMS cohort, published 2011",
        "Relapsed or primary refractory AML considered for intensive salvage; age 19–70 (cohort range). The definition " +
        "of high-risk cytogenetics predates ELN 2017/2022 and is not verified here, so that factor is left open.");

    public static ImmutableArray<PublishedGroup> PublishedGroups { get; } =
    [
        new("favorable", "0 adverse factors", "n=36; 2-year OS 58%, 2-year EFS 45%"),
        new("intermediate", "1 adverse factor", "n=54; 2-year OS 37%, 2-year EFS 31%"),
        new("poor", "2–3 adverse factors", "n=43; 2-year OS 12%, 2-year EFS 12%"),
    ];

    public static RelapseScore NotComputed { get; } = Empty("not computed");

    public static string GroupOf(double score) => score <= 0 ? "favorable" : score <= 1 ? "intermediate" : "poor";

    public static RelapseScore Evaluate(RelapseFacts facts, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(log);

        string? reason = facts.Category switch
        {
            null => "disease status unknown: the GOELAMS score applies to first relapse or primary refractory disease",
            DiseaseCategory.SecondOrLaterRelapse => "second or later relapse: outside the GOELAMS cohort (first relapse or refractory)",
            DiseaseCategory.NoRelapseRecorded => "no relapse recorded",
            _ when facts.IsApl => "APL: outside the GOELAMS cohort",
            _ => null,
        };
        if (reason is not null)
        {
            return Empty(reason);
        }

        ImmutableArray<ScoredFactor> factors =
        [
            EarlyRelapseOrRefractory(facts),
            Flt3Itd(facts.Relapse),
            new("high-risk cytogenetics",
                "not scored: the paper's definition of high-risk cytogenetics is not verified (0 or 1 point)", 0, 1),
        ];

        if (facts.Age is { } age && (age.Max < 19 || age.Min > 70))
        {
            return Empty($"age {age}: outside the GOELAMS cohort (19–70 years)") with
            {
                Components = [.. factors.Select(f => f.ToComponent())],
            };
        }

        if (!factors[1].IsExact)
        {
            log.Missing("flt3-relapse", "FLT3 (ITD and TKD) at relapse, by an approved test",
                "FLT3 status changes between diagnosis and relapse; it decides FLT3-inhibitor options and is a GOELAMS factor.",
                "prognosis.goelams", "options.gilteritinib");
        }

        if (!factors[0].IsExact)
        {
            log.Missing("first-remission-date", "Date of first complete remission (CR1)",
                "The relapse-free interval after CR1 is a factor of the EPI and of the GOELAMS score.", "prognosis.goelams");
        }

        var cautions = new List<string>();
        if (facts.Age is not { } known || known.Min < 19 || known.Max > 70)
        {
            cautions.Add("Age not confirmed within the cohort's 19–70 years.");
        }

        return ScoreMath.Complete(Empty(null) with { Cautions = [.. cautions] }, factors, GroupOf,
            "the high-risk cytogenetics factor is not verified (and any unknown input is open): the score is a range; " +
            "the group is shown only when the whole range falls in one group");
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

    private static ScoredFactor EarlyRelapseOrRefractory(RelapseFacts facts)
    {
        const string factor = "relapse <12 months after CR1, or refractory";
        if (facts.Category == DiseaseCategory.PrimaryRefractory)
        {
            return ScoredFactor.Exact(factor, "primary refractory", 1);
        }

        if (facts.FirstRemissionMonths is not { } months)
        {
            return ScoredFactor.Unknown(factor, "unknown: CR1 date or relapse date not recorded", 0, 1);
        }

        string value = $"{months.ToString("0.0", CultureInfo.InvariantCulture)} months after CR1";
        return ScoredFactor.Exact(factor, value, months < 12 ? 1 : 0);
    }

    private static ScoredFactor Flt3Itd(GeneticProfile relapse)
    {
        const string factor = "FLT3-ITD at relapse";
        if (relapse.VariantsOf("FLT3").Any(v => v.Type == VariantType.Itd))
        {
            return ScoredFactor.Exact(factor, "FLT3-ITD detected", 1);
        }

        return relapse.Status("FLT3") switch
        {
            GeneStatus.WildType => ScoredFactor.Exact(factor, "FLT3 tested, no ITD", 0),
            GeneStatus.Mutated => relapse.VariantsOf("FLT3").All(v => v.Type is VariantType.Tkd or VariantType.Snv)
                ? ScoredFactor.Exact(factor, "FLT3 mutated without ITD (TKD/point mutation)", 0)
                : ScoredFactor.Unknown(factor, "FLT3 variant of unstated type: ITD not confirmed", 0, 1),
            _ => ScoredFactor.Unknown(factor, "unknown: FLT3 not tested at relapse", 0, 1),
        };
    }
}
