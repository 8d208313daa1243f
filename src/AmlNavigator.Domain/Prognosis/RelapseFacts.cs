using System.Collections.Immutable;

using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Prognosis;

/// <summary>Age in whole years, possibly known only to within one year (age at diagnosis + elapsed time).</summary>
public sealed record AgeRange(int Min, int Max)
{
    public bool IsExact => Min == Max;

    public override string ToString() => IsExact ? $"{Min} years" : $"{Min} or {Max} years";
}

/// <summary>
/// The facts every relapse score reads, gathered once: disease status (from <see cref="DiseaseStatusAssessment"/>,
/// falling back to the case history where the status left a value empty), age at relapse, transplants before the
/// relapse, and the genetics of both time points.
/// </summary>
public sealed record RelapseFacts
{
    /// <summary>Average Gregorian month (365.25 / 12 days), the same divisor the disease-status step uses
    /// (clinical-facts §13.4 rounds it to 30.44).</summary>
    public const double DaysPerMonth = 30.4375;

    public DiseaseCategory? Category { get; init; }

    public DateOnly? RelapseDate { get; init; }

    public double? FirstRemissionMonths { get; init; }

    /// <summary>Age at relapse (or at diagnosis when no relapse date is recorded); null when unknown.</summary>
    public AgeRange? Age { get; init; }

    public bool? MolecularOnly { get; init; }

    /// <summary>Transplants done before the relapse (or of unknown date).</summary>
    public ImmutableArray<Transplant> PriorTransplants { get; init; } = [];

    /// <summary>The latest allogeneic transplant before the relapse, if any.</summary>
    public Transplant? LastAllogeneic { get; init; }

    /// <summary>True when an allogeneic transplant precedes the relapse.</summary>
    public bool AfterAllogeneic { get; init; }

    public double? MonthsFromAllogeneicToRelapse { get; init; }

    public double? BloodBlastPercent { get; init; }

    public required GeneticProfile Diagnosis { get; init; }

    public required GeneticProfile Relapse { get; init; }

    /// <summary>True when the diagnosis shows t(15;17) or PML::RARA (APL is outside every relapse score here).</summary>
    public bool IsApl => Diagnosis.Karyotype?.Features.T15And17 == true || Diagnosis.HasFusion("PML", "RARA");

    public static RelapseFacts From(PatientCase patientCase, CaseGenetics genetics, DiseaseStatusAssessment status)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(genetics);
        ArgumentNullException.ThrowIfNull(status);

        RelapseEpisode? relapse = patientCase.Relapse;
        DateOnly? relapseDate = relapse?.Date;
        DateOnly? firstRemission = FirstRemissionDate(patientCase, relapseDate);

        ImmutableArray<Transplant> prior = [.. patientCase.Transplants.Where(t => t.Date is null || relapseDate is null || t.Date <= relapseDate)];
        Transplant? lastAllo = prior
            .Where(t => t.Type == TransplantType.Allogeneic)
            .OrderBy(t => t.Date ?? DateOnly.MinValue)
            .LastOrDefault();

        double? monthsFromAllo = status.MonthsFromTransplantToRelapse;
        if (monthsFromAllo is null && lastAllo?.Date is { } hct && relapseDate is { } rel)
        {
            monthsFromAllo = Months(hct, rel);
        }

        double? crMonths = status.FirstRemissionMonths;
        if (crMonths is null && firstRemission is { } cr && relapseDate is { } r)
        {
            crMonths = Months(cr, r);
        }

        return new RelapseFacts
        {
            Category = status.Category ?? DeriveCategory(relapse, firstRemission),
            RelapseDate = relapseDate,
            FirstRemissionMonths = crMonths,
            Age = AgeAt(patientCase, relapseDate),
            MolecularOnly = status.MolecularOnly ?? relapse?.MolecularOnly,
            PriorTransplants = prior,
            LastAllogeneic = lastAllo,
            AfterAllogeneic = status.AfterAllogeneicTransplant || lastAllo is not null,
            MonthsFromAllogeneicToRelapse = monthsFromAllo,
            BloodBlastPercent = relapse?.BloodBlastPercent,
            Diagnosis = genetics.Diagnosis,
            Relapse = genetics.Relapse,
        };
    }

    /// <summary>Months between two dates as days / 30.4375.</summary>
    public static double Months(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / DaysPerMonth;

    /// <summary>Whole years from <paramref name="birth"/> to <paramref name="at"/>.</summary>
    public static int WholeYears(DateOnly birth, DateOnly at)
    {
        int years = at.Year - birth.Year;
        if (at.Month < birth.Month || (at.Month == birth.Month && at.Day < birth.Day))
        {
            years--;
        }

        return years;
    }

    /// <summary>
    /// Age at the relapse date (or at diagnosis without one). From a birth date it is exact; from the age at
    /// diagnosis plus elapsed whole years it is one of two values, because the birthday within the year is unknown.
    /// </summary>
    public static AgeRange? AgeAt(PatientCase patientCase, DateOnly? relapseDate)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        PatientInfo? patient = patientCase.Patient;
        DateOnly? diagnosisDate = patientCase.Diagnosis?.Date;
        DateOnly? at = relapseDate ?? diagnosisDate;
        if (patient?.BirthDate is { } birth && at is { } when)
        {
            int age = WholeYears(birth, when);
            return new AgeRange(age, age);
        }

        if (patient?.AgeAtDiagnosis is not { } ageAtDiagnosis)
        {
            return null;
        }

        if (relapseDate is null)
        {
            return new AgeRange(ageAtDiagnosis, ageAtDiagnosis);
        }

        if (diagnosisDate is not { } dx || dx > relapseDate.Value)
        {
            return null;
        }

        int elapsed = WholeYears(dx, relapseDate.Value);
        return new AgeRange(ageAtDiagnosis + elapsed, ageAtDiagnosis + elapsed + 1);
    }

    private static DateOnly? FirstRemissionDate(PatientCase patientCase, DateOnly? relapseDate) =>
        patientCase.Therapies
            .Where(t => t.Response?.Best is ResponseCategory.CR or ResponseCategory.CRh or ResponseCategory.CRi)
            .Select(t => t.Response!.Date)
            .Where(d => d is not null && (relapseDate is null || d <= relapseDate))
            .Min();

    private static DiseaseCategory? DeriveCategory(RelapseEpisode? relapse, DateOnly? firstRemission)
    {
        if (relapse is null)
        {
            return null;
        }

        if ((relapse.Number ?? 1) >= 2)
        {
            return DiseaseCategory.SecondOrLaterRelapse;
        }

        // A first relapse needs a first remission; without one the status cannot be told here.
        return firstRemission is null ? null : DiseaseCategory.FirstRelapse;
    }
}
