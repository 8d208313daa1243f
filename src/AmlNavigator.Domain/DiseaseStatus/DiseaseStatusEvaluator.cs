using System.Collections.Immutable;
using System.Globalization;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Domain.DiseaseStatus;

/// <summary>
/// Derives <see cref="DiseaseStatusAssessment"/> from the case history: relapse number, primary refractory disease,
/// CR1 duration and early/late relapse, relapse after allogeneic transplant, extramedullary and molecular-only relapse.
/// </summary>
/// <remarks>
/// Definitions: ELN 2022 response criteria (Döhner et al., Blood 2022) — remission is CR, CRh or CRi; refractory
/// disease is no CR/CRh/CRi at the response landmark, after 2 courses of intensive induction. Early relapse is the
/// convention "relapse within 6 months of CR1" (Thol et al., Blood 2015). Months are days ÷ 30.4375 (the mean Gregorian
/// month), rounded to one decimal for output only; comparisons use days. docs/adr/0005-disease-status-conventions.md.
/// Where the case cannot tell, the value is null and a missing-information item says what would tell; nothing is guessed.
/// </remarks>
public static class DiseaseStatusEvaluator
{
    /// <summary>Days per month for every month figure: 365.25 / 12.</summary>
    public const double DaysPerMonth = 30.4375;

    /// <summary>Early relapse: CR1 shorter than 6 months (Thol 2015 convention), i.e. fewer than 182.625 days.</summary>
    public const double EarlyRelapseMonths = 6;

    /// <summary>ELN 2022: refractory disease is judged after 2 courses of intensive induction.</summary>
    public const int IntensiveCoursesAtLandmark = 2;

    public const string CitationResponse = "status-eln2022-response";
    public const string CitationRefractory2017 = "status-eln2017-response";
    public const string CitationEarlyRelapse = "status-thol2015";
    public const string CitationRelapseDefinition = "status-relapse-definition";
    public const string CitationPostTransplant = "status-bejanyan2015";

    public static DiseaseStatusAssessment Evaluate(PatientCase patientCase, DateOnly asOf, AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(log);
        _ = asOf; // every date is already checked against asOf by the reader; the status only orders dated events
        List<Basis> basis = [];
        return patientCase.Relapse is { } relapse
            ? Relapsed(patientCase, relapse, basis, log)
            : NotRelapsed(patientCase, basis, log);
    }

    // ---- Relapse recorded -------------------------------------------------------------------------------------------

    private static DiseaseStatusAssessment Relapsed(PatientCase c, RelapseEpisode relapse, List<Basis> basis, AssessmentLog log)
    {
        int number = relapse.Number ?? 1;
        DiseaseCategory category = number >= 2 ? DiseaseCategory.SecondOrLaterRelapse : DiseaseCategory.FirstRelapse;
        basis.Add(new Basis("relapse-number",
            relapse.Number is null
                ? "A relapse is recorded without a number: read as the first relapse (CONTRACT §2 default)."
                : $"relapse.number = {number}: {(number >= 2 ? "second or later relapse" : "first relapse")}.",
            CitationRelapseDefinition));

        if (relapse.Date is null)
        {
            log.Missing("relapse-date", "Date of the relapse",
                "Without it, CR1 duration, early/late relapse and time from transplant cannot be computed.",
                "diseaseStatus.firstRemissionMonths", "diseaseStatus.relapseTiming", "diseaseStatus.monthsFromTransplantToRelapse");
        }

        ImmutableArray<TherapyLine> therapies = c.Therapies;
        bool anyRemission = therapies.Any(t => IsRemission(t.Response?.Best));
        bool anyResponse = therapies.Any(t => t.Response?.Best is not null);
        if (!anyRemission && anyResponse)
        {
            log.Warn("/relapse", "relapse-without-remission",
                "A relapse is recorded but no therapy response is CR, CRh or CRi; a relapse ends a remission (ELN 2022). " +
                "If remission was never reached, the disease is refractory, not relapsed: check the responses.");
        }

        double? firstRemissionMonths = null;
        RelapseTiming? timing = null;
        if (number == 1)
        {
            (firstRemissionMonths, timing) = FirstRemission(therapies, relapse.Date, basis, log);
        }
        else
        {
            basis.Add(new Basis("relapse-timing",
                "Early/late relapse and CR1 duration describe the first relapse; the case records a later relapse without the first relapse's date, so they are not computed.",
                CitationEarlyRelapse));
        }

        (bool afterAllo, double? monthsFromTransplant) = AfterAllogeneicTransplant(c.Transplants, relapse.Date, basis, log);

        if (!relapse.ExtramedullarySites.IsEmpty)
        {
            basis.Add(new Basis("extramedullary",
                $"Extramedullary disease at relapse: {string.Join(", ", relapse.ExtramedullarySites)} (new extramedullary disease is a relapse).",
                CitationRelapseDefinition));
        }

        if (relapse.MolecularOnly == true)
        {
            basis.Add(new Basis("molecular-only",
                "Recorded as a molecular-only relapse (measurable residual disease without haematological relapse: marrow blasts < 5 %, no extramedullary disease).",
                CitationRelapseDefinition));
        }

        return new DiseaseStatusAssessment
        {
            Category = category,
            RelapseNumber = number,
            RelapseTiming = timing,
            FirstRemissionMonths = firstRemissionMonths,
            AfterAllogeneicTransplant = afterAllo,
            MonthsFromTransplantToRelapse = monthsFromTransplant,
            Extramedullary = relapse.ExtramedullarySites,
            MolecularOnly = relapse.MolecularOnly,
            Basis = [.. basis],
        };
    }

    /// <summary>CR1 = the earliest dated CR/CRh/CRi before the relapse; its duration runs to the relapse date.</summary>
    private static (double? Months, RelapseTiming? Timing) FirstRemission(
        ImmutableArray<TherapyLine> therapies, DateOnly? relapseDate, List<Basis> basis, AssessmentLog log)
    {
        DateOnly? firstRemission = therapies
            .Where(t => IsRemission(t.Response?.Best) && t.Response!.Date is { } d && (relapseDate is null || d < relapseDate))
            .Select(t => t.Response!.Date)
            .Min();
        if (firstRemission is null)
        {
            bool undated = therapies.Any(t => IsRemission(t.Response?.Best) && t.Response!.Date is null);
            log.Missing("first-remission-date", "Date of first complete remission (CR, CRh or CRi)",
                undated
                    ? "A remission is recorded without its date; CR1 duration (early vs late relapse) cannot be computed."
                    : "No dated CR/CRh/CRi is recorded; CR1 duration (early vs late relapse) cannot be computed.",
                "diseaseStatus.firstRemissionMonths", "diseaseStatus.relapseTiming", "prognosis.epi");
            return (null, null);
        }

        if (relapseDate is not { } relapsed)
        {
            return (null, null);
        }

        int days = relapsed.DayNumber - firstRemission.Value.DayNumber;
        double exactMonths = days / DaysPerMonth;
        double months = Math.Round(exactMonths, 1, MidpointRounding.AwayFromZero);
        RelapseTiming timing = exactMonths < EarlyRelapseMonths ? RelapseTiming.Early : RelapseTiming.Late;
        basis.Add(new Basis("cr1-duration",
            $"CR1 {Iso(firstRemission.Value)} → relapse {Iso(relapsed)}: {days} days = {Months(months)} months (days ÷ {DaysPerMonth.ToString(CultureInfo.InvariantCulture)}).",
            CitationResponse));
        basis.Add(new Basis("relapse-timing",
            timing == RelapseTiming.Early
                ? $"CR1 lasted {Months(months)} months, less than 6: early relapse."
                : $"CR1 lasted {Months(months)} months, 6 or more: late relapse.",
            CitationEarlyRelapse));
        return (months, timing);
    }

    /// <summary>After an allogeneic HCT when one is dated before the relapse; months from the latest such HCT.</summary>
    private static (bool After, double? Months) AfterAllogeneicTransplant(
        ImmutableArray<Transplant> transplants, DateOnly? relapseDate, List<Basis> basis, AssessmentLog log)
    {
        Transplant[] allogeneic = [.. transplants.Where(t => t.Type == TransplantType.Allogeneic)];
        if (allogeneic.Length == 0)
        {
            return (false, null);
        }

        DateOnly? latestBefore = relapseDate is { } r
            ? allogeneic.Where(t => t.Date is { } d && d < r).Select(t => t.Date).Max()
            : null;
        if (latestBefore is { } hct && relapseDate is { } relapsed)
        {
            int days = relapsed.DayNumber - hct.DayNumber;
            double months = Math.Round(days / DaysPerMonth, 1, MidpointRounding.AwayFromZero);
            basis.Add(new Basis("post-allogeneic-transplant",
                $"Allogeneic HCT {Iso(hct)} → relapse {Iso(relapsed)}: {days} days = {Months(months)} months (time from transplant to relapse is the strongest post-transplant prognostic factor).",
                CitationPostTransplant));
            return (true, months);
        }

        if (allogeneic.Any(t => t.Date is null) || relapseDate is null)
        {
            log.Missing("transplant-date", "Date of the allogeneic transplant and of the relapse",
                "An allogeneic transplant is recorded but whether the relapse came after it cannot be told from the dates; " +
                "relapse after transplant changes prognosis and options (second transplant, donor lymphocyte infusion).",
                "diseaseStatus.afterAllogeneicTransplant", "diseaseStatus.monthsFromTransplantToRelapse", "options");
            basis.Add(new Basis("post-allogeneic-transplant",
                "An allogeneic transplant is recorded, but the dates do not show that the relapse followed it: not counted as relapse after transplant.",
                CitationPostTransplant));
        }

        return (false, null);
    }

    // ---- No relapse recorded: in remission, primary refractory, or not yet known --------------------------------------

    private static DiseaseStatusAssessment NotRelapsed(PatientCase c, List<Basis> basis, AssessmentLog log)
    {
        ImmutableArray<TherapyLine> therapies = c.Therapies;
        if (therapies.Any(t => IsRemission(t.Response?.Best)))
        {
            TherapyLine first = therapies.First(t => IsRemission(t.Response?.Best));
            basis.Add(new Basis("remission",
                $"Remission recorded ({Name(first.Response!.Best!.Value)}{(first.Response.Date is { } d ? " on " + Iso(d) : "")}) and no relapse recorded.",
                CitationResponse));
            return Status(DiseaseCategory.NoRelapseRecorded, basis);
        }

        // Courses of intensive (re-)induction or salvage before any remission, in the order given.
        TherapyLine[] intensive = [.. therapies.Where(t => t.Intensity == TherapyIntensity.Intensive &&
            t.Intent is TherapyIntent.Induction or TherapyIntent.ReInduction or TherapyIntent.Salvage)];
        int failed = intensive.Count(t => t.Response?.Best is ResponseCategory.MLFS or ResponseCategory.PR or ResponseCategory.NR or ResponseCategory.PD);
        int unknown = intensive.Count(t => t.Response?.Best is null or ResponseCategory.NotEvaluable);

        if (failed >= IntensiveCoursesAtLandmark)
        {
            basis.Add(new Basis("primary-refractory",
                $"No CR, CRh or CRi after {failed} courses of intensive induction ({string.Join(", ", intensive.Select(t => t.Regimen ?? "unnamed regimen"))}): refractory at the ELN 2022 response landmark (2 courses).",
                CitationResponse));
            basis.Add(new Basis("primary-refractory-2017", "Same definition as ELN 2017 (no CR/CRi after 2 courses of intensive induction).", CitationRefractory2017));
            return Status(DiseaseCategory.PrimaryRefractory, basis);
        }

        if (therapies.IsEmpty)
        {
            basis.Add(new Basis("no-treatment", "No treatment and no relapse recorded.", CitationResponse));
            return Status(DiseaseCategory.NoRelapseRecorded, basis);
        }

        if (failed + unknown >= IntensiveCoursesAtLandmark && unknown > 0)
        {
            log.Missing("induction-response", "Best response (CR, CRh, CRi, MLFS, PR, NR, PD) to each intensive induction course, with its date",
                $"{intensive.Length} intensive courses are recorded, {unknown} without an evaluable response: primary refractory disease (no CR/CRh/CRi after 2 courses) cannot be confirmed or excluded.",
                "diseaseStatus.category");
            basis.Add(new Basis("primary-refractory", "Not determinable: responses to intensive induction are missing.", CitationResponse));
            return Status(null, basis);
        }

        if (failed == 1)
        {
            basis.Add(new Basis("induction-failure",
                "No CR, CRh or CRi after 1 course of intensive induction; the ELN 2022 landmark for refractory disease is after 2 courses, so the category is left open until then.",
                CitationResponse));
            return Status(null, basis);
        }

        if (therapies.Any(t => t.Intensity != TherapyIntensity.Intensive && t.Response?.Best is ResponseCategory.MLFS or ResponseCategory.PR or ResponseCategory.NR or ResponseCategory.PD))
        {
            // The landmark after less-intensive therapy is not encoded: it could not be verified from the ELN 2022 text.
            basis.Add(new Basis("non-intensive-no-remission",
                "No CR, CRh or CRi after less-intensive therapy; the ELN 2022 response landmark for less-intensive therapy is not encoded here, so refractoriness is left to the treating team.",
                CitationResponse));
            return Status(null, basis);
        }

        if (therapies.All(t => t.Response?.Best is null or ResponseCategory.NotEvaluable))
        {
            log.Missing("induction-response", "Best response (CR, CRh, CRi, MLFS, PR, NR, PD) to each course, with its date",
                "Treatment is recorded without a response: remission, refractory disease or ongoing induction cannot be told apart.",
                "diseaseStatus.category");
        }

        basis.Add(new Basis("no-relapse", "Treatment recorded, no remission, no refractory landmark reached and no relapse recorded.", CitationResponse));
        return Status(DiseaseCategory.NoRelapseRecorded, basis);
    }

    private static DiseaseStatusAssessment Status(DiseaseCategory? category, List<Basis> basis) =>
        new() { Category = category, AfterAllogeneicTransplant = false, Basis = [.. basis] };

    private static bool IsRemission(ResponseCategory? best) => best is ResponseCategory.CR or ResponseCategory.CRh or ResponseCategory.CRi;

    private static string Name(ResponseCategory best) => EnumNames<ResponseCategory>.Name(best);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Months(double m) => m.ToString("0.0", CultureInfo.InvariantCulture);
}
