using System.Globalization;

namespace AmlNavigator.Domain.Cases;

/// <summary>
/// Cross-field rules of a case: dates in a possible order and nothing after <c>asOf</c>, age consistent with birth date,
/// neutrophils within white cells, a molecular-only relapse without morphological disease. Runs on the (possibly
/// partly read) case, so these errors are reported together with the reader's. See docs/adr/0003-case-validation.md.
/// </summary>
internal static class CaseConsistency
{
    private const double MorphologicalRelapseBlastPercent = 5; // ELN 2022 / IWG: relapse = bone-marrow blasts ≥ 5 %.

    public static void Check(PatientCase c, DateOnly? asOf, List<InputError> errors, List<InputError> warnings)
    {
        DateOnly? diagnosed = c.Diagnosis?.Date;

        // Paths are built only when an error needs them: (prefix, index, suffix) → "/therapies/2/start".
        void NotAfterAsOf(DateOnly? date, string prefix, int index = -1, string suffix = "")
        {
            if (asOf is { } limit && date is { } d && d > limit)
            {
                errors.Add(new InputError(At(prefix, index, suffix), CaseErrorCodes.DateAfterAsOf,
                    $"Expected a date on or before the assessment date {Iso(limit)}; got {Iso(d)} (a date in the future is a typing error or the wrong --as-of)."));
            }
        }

        // Patient
        if (c.Patient is { } patient)
        {
            NotAfterAsOf(patient.BirthDate, "/patient/birthDate");
            if (patient.BirthDate is { } born && diagnosed is { } dx)
            {
                if (born > dx)
                {
                    errors.Add(new InputError("/patient/birthDate", CaseErrorCodes.BirthDateAfterDiagnosis,
                        $"Expected a birth date before the diagnosis ({Iso(dx)}); got {Iso(born)}."));
                }
                else if (patient.AgeAtDiagnosis is { } age && Math.Abs(WholeYears(born, dx) - age) > 0)
                {
                    errors.Add(new InputError("/patient/ageAtDiagnosis", CaseErrorCodes.AgeBirthDateMismatch,
                        $"Expected the age implied by birthDate {Iso(born)} and diagnosis date {Iso(dx)} ({WholeYears(born, dx)} years); got {age}. Give one of the two, or correct one."));
                }
            }
        }

        // Diagnosis
        NotAfterAsOf(diagnosed, "/diagnosis/date");

        // Therapies
        List<DateOnly>? remissions = null;
        for (int i = 0; i < c.Therapies.Length; i++)
        {
            TherapyLine t = c.Therapies[i];
            NotAfterAsOf(t.Start, "/therapies", i, "/start");
            NotAfterAsOf(t.End, "/therapies", i, "/end");
            NotAfterAsOf(t.Response?.Date, "/therapies", i, "/response/date");
            if (t.Start is { } start && t.End is { } end && end < start)
            {
                errors.Add(new InputError(At("/therapies", i, "/end"), CaseErrorCodes.TherapyEndBeforeStart,
                    $"Expected the end on or after the start ({Iso(start)}); got {Iso(end)}."));
            }

            if (t.Start is { } s && t.Response?.Date is { } responded && responded <= s)
            {
                errors.Add(new InputError(At("/therapies", i, "/response/date"), CaseErrorCodes.ResponseBeforeTherapyStart,
                    $"Expected the response to be assessed after the therapy started ({Iso(s)}); got {Iso(responded)}."));
            }

            if (t.Start is { } begun && diagnosed is { } dx && begun < dx)
            {
                warnings.Add(new InputError(At("/therapies", i, "/start"), CaseErrorCodes.TherapyBeforeDiagnosis,
                    $"This therapy starts ({Iso(begun)}) before the diagnosis date ({Iso(dx)}); check both dates (pre-phase cytoreduction is the usual reason)."));
            }

            if (t.Response is { Best: ResponseCategory.CR or ResponseCategory.CRh or ResponseCategory.CRi, Date: { } remissionDate })
            {
                (remissions ??= []).Add(remissionDate);
            }
        }

        // Transplants
        for (int i = 0; i < c.Transplants.Length; i++)
        {
            DateOnly? date = c.Transplants[i].Date;
            NotAfterAsOf(date, "/transplants", i, "/date");
            if (date is { } d && diagnosed is { } dx && d <= dx)
            {
                errors.Add(new InputError(At("/transplants", i, "/date"), CaseErrorCodes.TransplantBeforeDiagnosis,
                    $"Expected a transplant after the diagnosis ({Iso(dx)}); got {Iso(d)}."));
            }
        }

        // Relapse
        if (c.Relapse is { } relapse)
        {
            NotAfterAsOf(relapse.Date, "/relapse/date");
            if (relapse.Date is { } relapsed)
            {
                if (diagnosed is { } dx && relapsed <= dx)
                {
                    errors.Add(new InputError("/relapse/date", CaseErrorCodes.RelapseBeforeDiagnosis,
                        $"Expected a relapse after the diagnosis ({Iso(dx)}); got {Iso(relapsed)}."));
                }

                // A relapse ends a remission (ELN 2022): if remissions are recorded, one must precede the relapse.
                if (remissions is { Count: > 0 } && !remissions.Exists(r => r < relapsed))
                {
                    errors.Add(new InputError("/relapse/date", CaseErrorCodes.RelapseBeforeRemission,
                        $"Expected the relapse after the remission it ends; the earliest recorded CR/CRh/CRi is {Iso(remissions.Min())}, the relapse {Iso(relapsed)}."));
                }
            }

            if (relapse.MolecularOnly == true)
            {
                if (relapse.MarrowBlastPercent is { } blasts and >= MorphologicalRelapseBlastPercent)
                {
                    errors.Add(new InputError("/relapse/molecularOnly", CaseErrorCodes.MolecularRelapseWithBlasts,
                        $"Expected molecularOnly only without morphological relapse; marrow blasts are {blasts.ToString(CultureInfo.InvariantCulture)} % (≥ 5 % is a haematological relapse)."));
                }
                else if (!relapse.ExtramedullarySites.IsEmpty)
                {
                    errors.Add(new InputError("/relapse/molecularOnly", CaseErrorCodes.MolecularRelapseWithBlasts,
                        "Expected molecularOnly only without morphological relapse; extramedullary disease is recorded (new extramedullary disease is a relapse)."));
                }
            }
        }

        // Labs
        if (c.Labs is { } labs)
        {
            NotAfterAsOf(labs.Date, "/labs/date");
            if (labs is { Anc: { } anc, Wbc: { } wbc } && anc > wbc)
            {
                errors.Add(new InputError("/labs/anc", CaseErrorCodes.AncAboveWbc,
                    $"Expected neutrophils (anc {anc.ToString(CultureInfo.InvariantCulture)}) not above the white-cell count they are part of (wbc {wbc.ToString(CultureInfo.InvariantCulture)}); check the units (both ×10⁹/L)."));
            }
        }
    }

    private static string At(string prefix, int index, string suffix) =>
        index < 0 ? prefix + suffix : $"{prefix}/{index.ToString(CultureInfo.InvariantCulture)}{suffix}";

    private static int WholeYears(DateOnly born, DateOnly on)
    {
        int years = on.Year - born.Year;
        return on < born.AddYears(years) ? years - 1 : years;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
