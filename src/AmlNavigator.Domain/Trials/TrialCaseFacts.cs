using System.Collections.Frozen;
using System.Collections.Immutable;

using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Trials;

/// <summary>Three-valued truth of a statement about the patient. Unknown is never read as false.</summary>
public enum Truth
{
    Unknown,
    True,
    False,

    /// <summary>The statement is about a situation the patient is not in (e.g. time since a transplant never done).</summary>
    NotApplicable,
}

/// <summary>A truth value with the case fact it rests on (or the fact that is missing).</summary>
public readonly record struct Finding(Truth Truth, string Fact)
{
    public static Finding Yes(string fact) => new(Truth.True, fact);

    public static Finding No(string fact) => new(Truth.False, fact);

    public static Finding Missing(string fact) => new(Truth.Unknown, fact);

    public static Finding NotApplicable(string fact) => new(Truth.NotApplicable, fact);
}

/// <summary>
/// The case facts a trial criterion can be checked against, computed once per case so that matching thousands of
/// trials does no parsing and no allocation-heavy lookups. Every fact keeps "not stated" apart from "no".
/// </summary>
public sealed class TrialCaseFacts
{
    // Strong CYP3A inhibitors named in the venetoclax HCP interaction table (trial-strong-cyp3a-inhibitors).
    private static readonly FrozenNames StrongCyp3aInhibitors = new(
        "clarithromycin", "itraconazole", "ketoconazole", "posaconazole", "voriconazole", "ritonavir");

    // Classic strong CYP3A inducers (trial-strong-cyp3a-inducers, secondary: verify others in the label).
    private static readonly FrozenNames StrongCyp3aInducers = new("rifampin", "rifampicin", "carbamazepine", "phenytoin");

    private TrialCaseFacts(PatientCase patientCase, CaseGenetics genetics, DiseaseStatusAssessment status, DateOnly asOf)
    {
        Case = patientCase;
        Genetics = genetics;
        Status = status;
        AsOf = asOf;
        Agents = [.. patientCase.Therapies.SelectMany(t => t.Agents).Select(a => a.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Medications = [.. patientCase.Medications.Select(m => m.Name.Trim().ToLowerInvariant())];
        (AgeLow, AgeHigh, AgeFact) = ComputeAge(patientCase, asOf);
    }

    // Findings per distinct check: trials share most thresholds ("ECOG ≤ 2", "bilirubin ≤ 1.5 × ULN"), so matching
    // thousands of trials evaluates each distinct statement once per case. Single-threaded use per case.
    private readonly Dictionary<CriterionCheck, Finding> _findings = [];

    /// <summary>Evaluates a check once per case (memoised; checks are value-equal records).</summary>
    public Finding Evaluate(CriterionCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!_findings.TryGetValue(check, out Finding finding))
        {
            finding = check.Evaluate(this);
            _findings[check] = finding;
        }

        return finding;
    }

    private readonly Dictionary<CheckSet, Finding> _combined = [];

    /// <summary>Evaluates a combination of checks once per case (memoised by the checks' values).</summary>
    public Finding EvaluateAll(
        ImmutableArray<CriterionCheck> checks, bool anyOf, Func<ImmutableArray<CriterionCheck>, bool, TrialCaseFacts, Finding> combine)
    {
        ArgumentNullException.ThrowIfNull(combine);
        CheckSet key = new(checks, anyOf);
        if (!_combined.TryGetValue(key, out Finding finding))
        {
            finding = combine(checks, anyOf, this);
            _combined[key] = finding;
        }

        return finding;
    }

    private readonly struct CheckSet(ImmutableArray<CriterionCheck> checks, bool anyOf) : IEquatable<CheckSet>
    {
        private readonly ImmutableArray<CriterionCheck> _checks = checks;
        private readonly bool _anyOf = anyOf;

        public bool Equals(CheckSet other) => _anyOf == other._anyOf && _checks.SequenceEqual(other._checks);

        public override bool Equals(object? obj) => obj is CheckSet other && Equals(other);

        public override int GetHashCode()
        {
            HashCode hash = new();
            hash.Add(_anyOf);
            foreach (CriterionCheck c in _checks)
            {
                hash.Add(c);
            }

            return hash.ToHashCode();
        }
    }

    public PatientCase Case { get; }

    public CaseGenetics Genetics { get; }

    public DiseaseStatusAssessment Status { get; }

    public DateOnly AsOf { get; }

    /// <summary>Every agent in every recorded therapy line, lower case, ordinal order.</summary>
    public ImmutableArray<string> Agents { get; }

    public ImmutableArray<string> Medications { get; }

    /// <summary>Lowest possible current age in years (null when unknown).</summary>
    public double? AgeLow { get; }

    /// <summary>Highest possible current age in years (null when unknown).</summary>
    public double? AgeHigh { get; }

    public string AgeFact { get; }

    public static TrialCaseFacts From(PatientCase patientCase, CaseGenetics genetics, DiseaseStatusAssessment status, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(genetics);
        ArgumentNullException.ThrowIfNull(status);
        return new TrialCaseFacts(patientCase, genetics, status, asOf);
    }

    private static (double?, double?, string) ComputeAge(PatientCase c, DateOnly asOf)
    {
        if (c.Patient?.BirthDate is { } birth)
        {
            int age = asOf.Year - birth.Year - (asOf < birth.AddYears(asOf.Year - birth.Year) ? 1 : 0);
            return (age, age, $"age {age} (birthDate {birth:yyyy-MM-dd})");
        }

        if (c.Patient?.AgeAtDiagnosis is { } atDx)
        {
            if (c.Diagnosis?.Date is { } dx && dx <= asOf)
            {
                double years = (asOf.DayNumber - dx.DayNumber) / 365.25;
                double low = atDx + Math.Floor(years);
                double high = atDx + Math.Ceiling(years);
                return (low, high, low == high ? $"age {low:0}" : $"age {low:0}–{high:0} ({atDx} at diagnosis {dx:yyyy-MM-dd})");
            }

            return (atDx, null, $"age {atDx} at diagnosis (diagnosis date unknown)");
        }

        return (null, null, "age not recorded (patient.ageAtDiagnosis or patient.birthDate)");
    }

    /// <summary>Has relapsed or refractory disease.</summary>
    public Finding RelapsedOrRefractory() => Status.Category switch
    {
        DiseaseCategory.FirstRelapse => Finding.Yes("first relapse"),
        DiseaseCategory.SecondOrLaterRelapse => Finding.Yes("second or later relapse"),
        DiseaseCategory.PrimaryRefractory => Finding.Yes("primary refractory"),
        _ => Finding.Missing("disease status not established (relapse or response to therapy not recorded)"),
    };

    /// <summary>Newly diagnosed, untreated AML.</summary>
    public Finding NewlyDiagnosed()
    {
        if (Status.Category is DiseaseCategory.FirstRelapse or DiseaseCategory.SecondOrLaterRelapse or DiseaseCategory.PrimaryRefractory)
        {
            return Finding.No($"{Describe(Status.Category)}: previously treated");
        }

        return Case.Therapies.IsEmpty
            ? Finding.Missing("no therapy recorded: whether the patient is untreated is not stated")
            : Finding.No("prior therapy recorded");
    }

    /// <summary>Currently in remission (CR/CRi/CRh).</summary>
    public Finding InRemission()
    {
        if (Status.Category is DiseaseCategory.FirstRelapse or DiseaseCategory.SecondOrLaterRelapse)
        {
            DateOnly? relapse = Case.Relapse?.Date;
            bool laterRemission = Case.Therapies.Any(t =>
                t.Start is { } s && relapse is { } r && s >= r && t.Response?.Best is ResponseCategory.CR or ResponseCategory.CRi or ResponseCategory.CRh);
            return laterRemission
                ? Finding.Yes("remission after relapse recorded")
                : Finding.No($"{Describe(Status.Category)} with no later remission recorded (active disease)");
        }

        return Status.Category == DiseaseCategory.PrimaryRefractory
            ? Finding.No("primary refractory (never in remission)")
            : Finding.Missing("current remission status not recorded");
    }

    public Finding SecondaryOrTherapyRelated() => Case.Diagnosis?.AmlType switch
    {
        AmlType.Secondary => Finding.Yes("secondary AML (diagnosis.amlType)"),
        AmlType.TherapyRelated => Finding.Yes("therapy-related AML (diagnosis.amlType)"),
        AmlType.DeNovo => Finding.No("de novo AML (diagnosis.amlType)"),
        _ => Finding.Missing("AML type not recorded (diagnosis.amlType)"),
    };

    /// <summary>Acute promyelocytic leukaemia: PML::RARA or t(15;17).</summary>
    public Finding Apl()
    {
        foreach (GeneticProfile p in Profiles())
        {
            if (p.HasFusion("PML", "RARA"))
            {
                return Finding.Yes("PML::RARA fusion recorded");
            }

            if (p.Karyotype?.Features.T15And17 == true || (p.Findings?.Karyotype?.Contains("t(15;17)", StringComparison.Ordinal) ?? false))
            {
                return Finding.Yes("t(15;17) in karyotype");
            }
        }

        string? karyotype = Case.Relapse?.Genetics?.Karyotype ?? Case.Diagnosis?.Genetics?.Karyotype;
        return karyotype is not null
            ? Finding.No($"not APL: karyotype {karyotype} without t(15;17), no PML::RARA recorded")
            : Finding.Missing("karyotype / PML::RARA not recorded (needed to exclude APL)");
    }

    private IEnumerable<GeneticProfile> Profiles()
    {
        yield return Genetics.Relapse;
        yield return Genetics.Diagnosis;
    }

    /// <summary>
    /// Whether the gene (optionally a variant type such as ITD/TKD) is mutated now: relapse results first; a diagnosis
    /// result alone is not enough to say "now" (clones change), so it gives unknown with the fact.
    /// </summary>
    public Finding Mutation(string gene, string? type)
    {
        string label = type is null ? gene : $"{gene}-{type}";
        bool relapseRecorded = Case.Relapse is not null;
        GeneticProfile current = relapseRecorded ? Genetics.Relapse : Genetics.Diagnosis;
        string when = relapseRecorded ? "at relapse" : "at diagnosis";
        Finding now = MutationIn(current, gene, type, label, when);
        if (now.Truth != Truth.Unknown || !relapseRecorded)
        {
            return now;
        }

        Finding atDiagnosis = MutationIn(Genetics.Diagnosis, gene, type, label, "at diagnosis");
        return atDiagnosis.Truth == Truth.Unknown
            ? Finding.Missing($"{label} not tested (relapse.genetics)")
            : Finding.Missing($"{atDiagnosis.Fact}; not retested at relapse");
    }

    private static Finding MutationIn(GeneticProfile profile, string gene, string? type, string label, string when)
    {
        if (gene == "KMT2A")
        {
            if (profile.HasFusionInvolving("KMT2A") || profile.Karyotype?.Features.Kmt2aRearranged == true)
            {
                return Finding.Yes($"KMT2A rearrangement {when}");
            }

            return profile.Status("KMT2A") == GeneStatus.WildType || profile.Karyotype?.Features.Kmt2aRearranged == false
                ? Finding.No($"no KMT2A rearrangement {when}")
                : Finding.Missing($"KMT2A rearrangement not tested {when}");
        }

        if (gene == "CD33")
        {
            return profile.Findings?.Cd33Positive switch
            {
                true => Finding.Yes($"CD33 positive {when}"),
                false => Finding.No($"CD33 negative {when}"),
                null => Finding.Missing($"CD33 expression not recorded {when}"),
            };
        }

        List<GeneVariant> variants = [.. profile.VariantsOf(gene)];
        if (variants.Count > 0)
        {
            if (type is null)
            {
                return Finding.Yes($"{gene} mutated {when}");
            }

            if (variants.Exists(v => string.Equals(v.Type?.ToString(), type, StringComparison.OrdinalIgnoreCase)))
            {
                return Finding.Yes($"{label} {when}");
            }

            return variants.TrueForAll(v => v.Type is not null)
                ? Finding.No($"{gene} mutated {when} but not {type}")
                : Finding.Missing($"{gene} mutated {when}, type not stated");
        }

        return profile.Status(gene) == GeneStatus.WildType
            ? Finding.No($"{gene} wild-type {when}")
            : Finding.Missing($"{label} not tested {when}");
    }

    /// <summary>Received any of the agents (generic names, lower case).</summary>
    public Finding ReceivedAny(string what, IReadOnlyCollection<string> agents)
    {
        string? hit = Agents.FirstOrDefault(a => agents.Contains(a));
        if (hit is not null)
        {
            return Finding.Yes($"prior {hit}");
        }

        return Case.Therapies.IsEmpty
            ? Finding.Missing("prior therapies not recorded (therapies)")
            : Finding.No($"no {what} among recorded therapies ({string.Join(", ", Agents)})");
    }

    /// <summary>Number of prior lines: each induction, re-induction or salvage starts a line.</summary>
    public Finding PriorLines(Func<int, bool> test, string requirement)
    {
        if (Case.Therapies.IsEmpty)
        {
            return Finding.Missing("prior therapies not recorded (therapies)");
        }

        int lines = Case.Therapies.Count(t => t.Intent is TherapyIntent.Induction or TherapyIntent.ReInduction or TherapyIntent.Salvage);
        if (lines == 0)
        {
            lines = 1;
        }

        return new Finding(test(lines) ? Truth.True : Truth.False, $"{lines} prior line(s) of therapy recorded ({requirement})");
    }

    public Finding PriorTransplant(TransplantType type)
    {
        Transplant? t = Case.Transplants.FirstOrDefault(x => x.Type == type);
        string name = type == TransplantType.Allogeneic ? "allogeneic" : "autologous";
        if (t is not null)
        {
            return Finding.Yes($"prior {name} transplant{(t.Date is { } d ? $" on {d:yyyy-MM-dd}" : "")}");
        }

        return Case.Transplants.Any(x => x.Type is null)
            ? Finding.Missing("transplant type not recorded")
            : Finding.No($"no {name} transplant recorded");
    }

    /// <summary>Days since the most recent transplant (any type); no transplant → the statement does not apply.</summary>
    public Finding DaysSinceTransplant(Func<double, bool> test, string requirement)
    {
        if (Case.Transplants.IsEmpty)
        {
            return Finding.NotApplicable("no transplant recorded");
        }

        if (Case.Transplants.Any(t => t.Date is null))
        {
            return Finding.Missing("transplant date not recorded");
        }

        DateOnly last = Case.Transplants.Max(t => t.Date!.Value);
        int days = AsOf.DayNumber - last.DayNumber;
        return new Finding(test(days) ? Truth.True : Truth.False, $"{days} days since transplant on {last:yyyy-MM-dd} ({requirement})");
    }

    public Finding ActiveGvhd()
    {
        Transplant[] allo = [.. Case.Transplants.Where(t => t.Type == TransplantType.Allogeneic)];
        if (allo.Length == 0)
        {
            return Case.Transplants.IsEmpty ? Finding.No("no allogeneic transplant recorded") : Finding.No("no allogeneic transplant");
        }

        GvhdStatus?[] states = [.. allo.Select(t => t.Gvhd)];
        if (states.Any(s => s is GvhdStatus.Active or GvhdStatus.Acute or GvhdStatus.Chronic))
        {
            return Finding.Yes($"GVHD recorded ({string.Join(", ", states.Where(s => s is not null and not GvhdStatus.None))})");
        }

        return states.All(s => s == GvhdStatus.None) ? Finding.No("no GVHD recorded (transplants[].gvhd none)") : Finding.Missing("GVHD status not recorded (transplants[].gvhd)");
    }

    public Finding CnsDisease()
    {
        if (Case.Relapse is null)
        {
            return Finding.Missing("CNS involvement not recorded");
        }

        return Case.Relapse.ExtramedullarySites.Any(s => s.Contains("cns", StringComparison.OrdinalIgnoreCase) || s.Contains("central", StringComparison.OrdinalIgnoreCase))
            ? Finding.Yes("CNS involvement recorded (relapse.extramedullarySites)")
            : Finding.No("no CNS involvement recorded (relapse.extramedullarySites)");
    }

    public Finding TakesAny(string what, bool inhibitors)
    {
        FrozenNames names = inhibitors ? StrongCyp3aInhibitors : StrongCyp3aInducers;
        string? hit = Medications.FirstOrDefault(names.Contains);
        if (hit is not null)
        {
            return Finding.Yes($"takes {hit} ({what})");
        }

        return Medications.IsEmpty
            ? Finding.Missing("current medications not recorded (medications)")
            : Finding.No($"none of the recognised {what}s among current medications ({string.Join(", ", Medications)}); verify");
    }

    public Finding SexIs(Sex sex) => Case.Patient?.Sex switch
    {
        null or Cases.Sex.Unknown => Finding.Missing("sex not recorded"),
        { } s when s == sex => Finding.Yes($"sex {s.ToString().ToLowerInvariant()}"),
        { } s => Finding.No($"sex {s.ToString().ToLowerInvariant()}"),
    };

    private static string Describe(DiseaseCategory? c) => c switch
    {
        DiseaseCategory.FirstRelapse => "first relapse",
        DiseaseCategory.SecondOrLaterRelapse => "second or later relapse",
        DiseaseCategory.PrimaryRefractory => "primary refractory",
        _ => "no relapse recorded",
    };

    /// <summary>A small immutable name set (ordinal).</summary>
    private sealed class FrozenNames(params string[] names)
    {
        private readonly FrozenSet<string> _set = names.ToFrozenSet(StringComparer.Ordinal);

        public bool Contains(string name) => _set.Contains(name);
    }
}
