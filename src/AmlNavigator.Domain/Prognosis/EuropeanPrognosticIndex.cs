using System.Collections.Immutable;
using System.Globalization;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;

namespace AmlNavigator.Domain.Prognosis;

/// <summary>
/// European Prognostic Index for AML in first relapse (Breems DA et al., J Clin Oncol 2005;23:1969; point table as
/// reproduced by bloodref.com). Decisions where the sources are ambiguous are in docs/relapse/epi.md.
/// </summary>
public static class EuropeanPrognosticIndex
{
    public const string Id = "epi";
    public const string Name = "European Prognostic Index (EPI)";

    public static ScoreSource Source { get; } = new(
        RelapseCitations.Breems2005,
        "667 patients in first relapse among 1,540 newly diagnosed non-M3 AML patients aged 15–60 in three HOVON/SAKK trials",
        "patients treated in HOVON/SAKK trials before 2005 (published 2005); externally validated at MD Anderson (Giles 2006, n=599, age ≤60)",
        "First relapse only (not primary refractory, not second or later relapse), age 15–60 at relapse, not APL, " +
        "haematological relapse. Derived before FLT3/IDH/menin inhibitors, venetoclax and current transplant practice: " +
        "the survival figures describe that cohort, not this patient.");

    public static ImmutableArray<PublishedGroup> PublishedGroups { get; } =
    [
        new("favorable", "0–6 points", "9% of the cohort; 1-year OS 70%, 5-year OS 46%"),
        new("intermediate", "7–9 points", "25% of the cohort; 1-year OS 49%, 5-year OS 18%"),
        new("poor", "10–14 points", "66% of the cohort; 1-year OS 16%, 5-year OS 4%"),
    ];

    public static RelapseScore NotComputed { get; } = Empty("not computed");

    private const string RfiFactor = "relapse-free interval after CR1";
    private const string CytogeneticsFactor = "cytogenetics at diagnosis";
    private const string AgeFactor = "age at relapse";
    private const string TransplantFactor = "previous stem-cell transplantation";

    /// <summary>Group by points: favourable 0–6, intermediate 7–9, poor 10–14 ([BLOODREF-EPI]).</summary>
    public static string GroupOf(double score) => score <= 6 ? "favorable" : score <= 9 ? "intermediate" : "poor";

    public static RelapseScore Evaluate(RelapseFacts facts, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(log);

        string? populationReason = OutsidePopulation(facts);
        if (populationReason is not null && facts.Category != DiseaseCategory.FirstRelapse)
        {
            // Not a first relapse: the inputs are irrelevant, so do not ask for them.
            return Empty(populationReason);
        }

        var cautions = new List<string>();
        ImmutableArray<ScoredFactor> factors =
        [
            RelapseFreeInterval(facts, cautions),
            Cytogenetics(facts),
            Age(facts),
            PreviousTransplant(facts, cautions),
        ];

        string? ageReason = AgeOutsideRange(facts.Age);
        string? reason = populationReason ?? ageReason;
        if (reason is not null)
        {
            if (ageReason is not null && populationReason is null && facts.Age is { IsExact: false })
            {
                log.Missing("age", "Date of birth (or age at relapse)",
                    "Age at relapse decides whether the EPI applies (15–60 years).", "prognosis.epi");
            }

            return Empty(reason) with { Components = [.. factors.Select(f => f.ToComponent())], Cautions = [.. cautions] };
        }

        if (!factors[0].IsExact)
        {
            log.Missing("first-remission-date", "Date of first complete remission (CR1)",
                "The relapse-free interval after CR1 is a factor of the EPI and of the GOELAMS score.", "prognosis.epi");
        }

        if (!factors[1].IsExact)
        {
            log.Missing("karyotype-diagnosis", "Karyotype at diagnosis",
                "Cytogenetics at diagnosis are a factor of the EPI and of ELN risk.", "prognosis.epi");
        }

        if (!factors[2].IsExact)
        {
            log.Missing("age", "Date of birth (or age at relapse)",
                "Age at relapse is an EPI factor and sets whether the EPI applies (15–60 years).", "prognosis.epi");
        }

        if (facts.Age is null)
        {
            cautions.Add("Age at relapse unknown: whether the case lies within the cohort's 15–60 years is not confirmed.");
        }

        RelapseScore score = Empty(null) with { Cautions = [.. cautions] };
        return ScoreMath.Complete(score, factors, GroupOf,
            "an input is unknown: the score is given as a range; the group is shown only if the whole range falls in one group");
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

    private static string? OutsidePopulation(RelapseFacts facts)
    {
        return facts.Category switch
        {
            null => "disease status unknown: the EPI applies to a first relapse after CR1 (record remission and relapse dates)",
            DiseaseCategory.PrimaryRefractory => "primary refractory disease: the EPI was derived in first relapse after CR1",
            DiseaseCategory.SecondOrLaterRelapse => "second or later relapse: the EPI was derived in first relapse",
            DiseaseCategory.NoRelapseRecorded => "no relapse recorded",
            _ when facts.IsApl => "APL (t(15;17)/PML::RARA): excluded from the EPI cohort (non-M3 AML)",
            _ when facts.MolecularOnly == true => "molecular-only relapse: the EPI cohort had haematological relapse",
            _ => null,
        };
    }

    private static string? AgeOutsideRange(AgeRange? age)
    {
        if (age is null)
        {
            return null; // unknown age is reported as a missing input and a score range, not as "outside"
        }

        if (age.Min >= 15 && age.Max <= 60)
        {
            return null;
        }

        if (age.Max < 15 || age.Min > 60)
        {
            return $"age at relapse {age}: outside the EPI cohort (15–60 years)";
        }

        return $"age at relapse {age}: cannot confirm it is within the EPI cohort (15–60 years); give the date of birth";
    }

    /// <summary>
    /// RFI points by completed months (floor of days/30.4375): ≤6 → 5, 7–18 → 3, ≥19 → 0. With completed months the
    /// "&lt;7" and "≤6" readings of the table agree; values in [6, 7) and [18, 19) months are flagged for review.
    /// </summary>
    private static ScoredFactor RelapseFreeInterval(RelapseFacts facts, List<string> cautions)
    {
        if (facts.FirstRemissionMonths is not { } months)
        {
            return ScoredFactor.Unknown(RfiFactor, "unknown: CR1 date or relapse date not recorded", 0, 5);
        }

        int completed = (int)Math.Floor(months);
        string value = $"{months.ToString("0.0", CultureInfo.InvariantCulture)} months ({completed} completed)";
        if (months is >= 6 and < 7)
        {
            cautions.Add($"Relapse-free interval {value} lies between 6 and 7 months: sources word the cut-off as " +
                "\"<7\" or \"≤6\" months; scored by completed months (5 points). Review.");
        }
        else if (months is >= 18 and < 19)
        {
            cautions.Add($"Relapse-free interval {value} lies between 18 and 19 months: scored by completed months as " +
                "7–18 (3 points); a reading of \">18\" in exact months would give 0. Review.");
        }

        double points = completed <= 6 ? 5 : completed <= 18 ? 3 : 0;
        return ScoredFactor.Exact(RfiFactor, value, points);
    }

    /// <summary>inv(16)/t(16;16) → 0; t(8;21) → 3; any other karyotype → 5. The CBF fusions count as the translocation.</summary>
    private static ScoredFactor Cytogenetics(RelapseFacts facts)
    {
        var dx = facts.Diagnosis;
        bool? inv16 = dx.HasFusion("CBFB", "MYH11") ? true : dx.Karyotype?.Features.Inv16OrT16And16;
        bool? t821 = dx.HasFusion("RUNX1", "RUNX1T1") ? true : dx.Karyotype?.Features.T8And21;
        if (inv16 == true)
        {
            return ScoredFactor.Exact(CytogeneticsFactor, "inv(16)/t(16;16) or CBFB::MYH11", 0);
        }

        if (t821 == true)
        {
            return ScoredFactor.Exact(CytogeneticsFactor, "t(8;21) or RUNX1::RUNX1T1", 3);
        }

        if (inv16 == false && t821 == false)
        {
            return ScoredFactor.Exact(CytogeneticsFactor, $"other karyotype ({dx.Karyotype!.Input})", 5);
        }

        return ScoredFactor.Unknown(CytogeneticsFactor,
            dx.Karyotype is null ? "unknown: no karyotype at diagnosis" : "unknown: the karyotype string cannot tell", 0, 5);
    }

    /// <summary>≤35 → 0; 36–45 → 1; &gt;45 → 2.</summary>
    private static ScoredFactor Age(RelapseFacts facts)
    {
        static double Points(int age) => age <= 35 ? 0 : age <= 45 ? 1 : 2;
        if (facts.Age is not { } age)
        {
            return ScoredFactor.Unknown(AgeFactor, "unknown: no date of birth, or no age at diagnosis with diagnosis and relapse dates", 0, 2);
        }

        double low = Points(age.Min), high = Points(age.Max);
        return low == high
            ? ScoredFactor.Exact(AgeFactor, age.ToString(), low)
            : new ScoredFactor(AgeFactor, $"{age} (the date of birth would decide: {low}–{high} points)", low, high);
    }

    /// <summary>Any stem-cell transplant before the relapse → 2. Autologous counts too (decision, see docs).</summary>
    private static ScoredFactor PreviousTransplant(RelapseFacts facts, List<string> cautions)
    {
        if (facts.PriorTransplants.IsEmpty)
        {
            return ScoredFactor.Exact(TransplantFactor, "none recorded", 0);
        }

        bool anyAllo = facts.PriorTransplants.Any(t => t.Type == TransplantType.Allogeneic);
        if (!anyAllo)
        {
            cautions.Add("Only an autologous transplant precedes the relapse; counted as \"previous stem-cell " +
                "transplantation\" (the abstract does not separate autologous from allogeneic). Verify in Breems 2005.");
        }

        string kinds = string.Join(", ", facts.PriorTransplants.Select(t =>
            (t.Type switch { TransplantType.Allogeneic => "allogeneic", TransplantType.Autologous => "autologous", _ => "type unknown" }) +
            (t.Date is { } d ? " " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")));
        return ScoredFactor.Exact(TransplantFactor, $"yes ({kinds})", 2);
    }
}
