using System.Collections.Immutable;
using System.Globalization;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.DiseaseStatus;
using AmlNavigator.Domain.Genetics;

namespace AmlNavigator.Domain.Trials;

/// <summary>
/// Matches a case against trials, criterion by criterion (CONTRACT §6). <c>unlikely</c>: at least one criterion clearly
/// fails on a stated fact. <c>likely</c>: every recognised inclusion is met by stated facts and no recognised exclusion
/// applies; criteria the case cannot speak to (consent, contraception, pregnancy, washout, unrecognised exclusions)
/// do not block it and are listed to check. <c>possible</c>: otherwise. Unknown facts never make a trial unlikely.
/// </summary>
/// <remarks>Decision record: docs/trials/matching.md.</remarks>
public static class TrialMatcher
{
    private const int MaxSitesShown = 25;

    public static ImmutableArray<TrialMatch> Match(
        PatientCase patientCase,
        CaseGenetics genetics,
        DiseaseStatusAssessment status,
        IReadOnlyList<Trial> trials,
        DateOnly asOf,
        bool includeClosed,
        AssessmentLog log)
    {
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(log);
        TrialCaseFacts facts = TrialCaseFacts.From(patientCase, genetics, status, asOf);
        List<TrialMatch> matches = new(trials.Count);
        Scratch scratch = new();
        foreach (Trial trial in trials)
        {
            if (includeClosed || trial.IsOpen)
            {
                matches.Add(MatchOne(trial, facts, scratch));
            }
        }

        matches.Sort(static (a, b) =>
        {
            int byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(a.NctId, b.NctId);
        });
        return [.. matches];
    }

    /// <summary>Matches one trial (its eligibility compiled at index time when available).</summary>
    public static TrialMatch MatchOne(Trial trial, TrialCaseFacts facts) => MatchOne(trial, facts, new Scratch());

    /// <summary>Per-call buffers reused across the trials of one match run.</summary>
    private sealed class Scratch
    {
        public Outcome[] Own { get; private set; } = new Outcome[64];

        public Outcome[] Effective { get; private set; } = new Outcome[64];

        // Outcomes by CompiledCriterion.OutcomeId for this case (null = not evaluated yet).
        private Outcome?[] _byId = new Outcome?[Math.Max(256, OutcomeIds.Count)];

        public Outcome Evaluate(CompiledCriterion c, TrialCaseFacts facts)
        {
            int id = c.OutcomeId;
            if (id >= _byId.Length)
            {
                Array.Resize(ref _byId, Math.Max(id + 1, OutcomeIds.Count) * 2);
            }

            if (_byId[id] is not { } outcome)
            {
                outcome = TrialMatcher.Evaluate(c, facts);
                _byId[id] = outcome;
            }

            return outcome;
        }

        public void Ensure(int n)
        {
            if (Own.Length < n)
            {
                Own = new Outcome[n * 2];
                Effective = new Outcome[n * 2];
            }
        }
    }

    private static TrialMatch MatchOne(Trial trial, TrialCaseFacts facts, Scratch scratch)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(facts);
        CompiledEligibility eligibility = trial.Eligibility ?? CriterionRecognizer.Compile(trial.EligibilityCriteria);
        ImmutableArray<CompiledCriterion> compiled = eligibility.Criteria;
        int n = compiled.Length;
        scratch.Ensure(n);
        Outcome[] own = scratch.Own;
        for (int i = 0; i < n; i++)
        {
            own[i] = scratch.Evaluate(compiled[i], facts);
        }

        ResolveDiseaseMenus(compiled, own);

        // Children come after their parent: fold bottom-up into effective outcomes.
        Outcome[] effective = scratch.Effective;
        for (int i = n - 1; i >= 0; i--)
        {
            CompiledCriterion c = compiled[i];
            if (c.Children.IsEmpty || c.Role == CriterionRole.CountGroup)
            {
                effective[i] = own[i];
                continue;
            }

            bool anyOf = c.Role == CriterionRole.Group && c.AnyOf && c.Criterion.Kind == CriterionKind.Inclusion;
            effective[i] = c.Role == CriterionRole.Group
                ? Combine(effective, c.Children, null, anyOf) with { Fact = anyOf ? "at least one sub-item must be met" : "every sub-item must be met" }
                : Combine(effective, c.Children, own[i], anyOf: false) with { Fact = own[i].Fact };
        }

        List<CriterionMatch> registeredCriteria = trial.MinimumAgeYears is null && trial.MaximumAgeYears is null && trial.Sex is null
            ? []
            : [.. RegisteredCriteria(trial, facts)];
        var criteria = ImmutableArray.CreateBuilder<CriterionMatch>(n + registeredCriteria.Count);
        int blocking = 0;
        int manual = 0;
        int notMet = 0;
        bool fails = false;
        List<string> toSettle = [];
        foreach (CriterionMatch registered in registeredCriteria)
        {
            criteria.Add(registered);
            fails |= registered.Status == CriterionStatus.NotMet;
            if (registered.NeedsInformation)
            {
                blocking++;
                toSettle.Add(registered.Fact);
            }
        }

        for (int i = 0; i < n; i++)
        {
            CompiledCriterion c = compiled[i];
            Outcome shown = c.Role == CriterionRole.Group ? effective[i] : own[i];
            criteria.Add(new CriterionMatch(c.Criterion.Kind, c.Criterion.Text, c.Criterion.Start, c.Criterion.Length, shown.Status, shown.Fact)
            {
                Category = c.Category,
                Depth = c.Criterion.Depth,
                CheckManually = c.Role == CriterionRole.Unrecognised,
                NeedsInformation = shown.Status == CriterionStatus.Unknown && shown.Blocking,
            });
            if (c.Role == CriterionRole.Unrecognised)
            {
                manual++;
            }

            if (shown.Status == CriterionStatus.NotMet)
            {
                notMet++;
            }

            if (c.Criterion.Parent >= 0)
            {
                continue;
            }

            Outcome top = effective[i];
            fails |= top.Status == CriterionStatus.NotMet;
            if (top.Status == CriterionStatus.Unknown && top.Blocking)
            {
                blocking++;
                if (c.Role != CriterionRole.Unrecognised && c.Role != CriterionRole.Group)
                {
                    toSettle.Add(top.Fact);
                }
                else if (c.Role == CriterionRole.Unrecognised)
                {
                    toSettle.Add(c.ManualCheck);
                }
            }
        }

        TrialFit fit = fails ? TrialFit.Unlikely : blocking > 0 ? TrialFit.Possible : TrialFit.Likely;
        if (eligibility.Criteria.IsEmpty)
        {
            fit = fails ? TrialFit.Unlikely : TrialFit.Possible;
            toSettle.Add("no eligibility criteria text in the record: read the protocol");
        }

        ImmutableArray<SiteDistance> sites = Sites(trial, facts.Case.Location);
        return new TrialMatch
        {
            NctId = trial.NctId,
            Title = trial.Title,
            Phase = trial.Phases,
            Status = TrialStatuses.Display(trial.OverallStatus),
            Fit = fit,
            Score = Score(fit, blocking, manual, trial),
            Criteria = criteria.MoveToImmutable(),
            Sites = sites,
            Summary = Summarize(fit, notMet, blocking, manual),
            ToSettle = toSettle.Count == 0 ? [] : [.. toSettle.Distinct(StringComparer.Ordinal)],
            ManualChecks = manual,
            LastUpdate = trial.LastUpdate,
        };
    }

    private readonly record struct Outcome(CriterionStatus Status, bool Blocking, string Fact);

    private static Outcome Evaluate(CompiledCriterion c, TrialCaseFacts facts)
    {
        bool inclusion = c.Criterion.Kind == CriterionKind.Inclusion;
        switch (c.Role)
        {
            case CriterionRole.Group:
                return new Outcome(CriterionStatus.Unknown, false, "");
            case CriterionRole.Permissive:
                return new Outcome(CriterionStatus.Unknown, false, "permissive statement, not a requirement");
            case CriterionRole.Definition:
                return new Outcome(CriterionStatus.Unknown, false, "definition used by another criterion");
            case CriterionRole.CountGroup:
                return new Outcome(CriterionStatus.Unknown, true, "needs a count of the sub-items that apply: to check");
            case CriterionRole.Washout:
                return new Outcome(CriterionStatus.Unknown, false, "washout: confirm the dates of the last doses at enrolment");
            case CriterionRole.Unrecognised:
                return new Outcome(CriterionStatus.Unknown, inclusion, "not recognised: to check manually");
            case CriterionRole.Administrative:
                if (!c.Checks.IsEmpty && facts.Evaluate(c.Checks[0]) is { Truth: Truth.False } notFemale)
                {
                    return new Outcome(CriterionStatus.Met, false, $"does not apply ({notFemale.Fact})");
                }

                return new Outcome(CriterionStatus.Unknown, false, c.Category == "pregnancy"
                    ? "pregnancy/breastfeeding: to confirm at screening"
                    : "administrative (consent, contraception, life expectancy…): to confirm at screening");
            case CriterionRole.Conditional:
                Finding condition = Combine(c.Checks, c.AnyOf, facts);
                return condition.Truth switch
                {
                    Truth.False or Truth.NotApplicable => new Outcome(CriterionStatus.Met, false, $"does not apply: {condition.Fact}"),
                    Truth.True => new Outcome(CriterionStatus.Unknown, true, $"applies ({condition.Fact}): check the requirement"),
                    _ => new Outcome(CriterionStatus.Unknown, true, condition.Fact),
                };
            case CriterionRole.Qualified:
                Outcome plain = EvaluateRequirement(c, facts);
                return plain.Status == CriterionStatus.NotMet
                    ? new Outcome(CriterionStatus.Unknown, true, $"{plain.Fact} — but the criterion has a condition the case cannot settle")
                    : plain;
            default:
                return EvaluateRequirement(c, facts);
        }
    }

    private static Outcome EvaluateRequirement(CompiledCriterion c, TrialCaseFacts facts)
    {
        bool inclusion = c.Criterion.Kind == CriterionKind.Inclusion;
        Finding statement = Combine(c.Checks, c.AnyOf, facts);
        Truth truth = statement.Truth;
        if (c.Negated ^ !inclusion)
        {
            truth = truth switch { Truth.True => Truth.False, Truth.False => Truth.True, _ => truth };
        }

        return truth switch
        {
            Truth.True or Truth.NotApplicable => new Outcome(CriterionStatus.Met, false, statement.Fact),
            Truth.False => new Outcome(CriterionStatus.NotMet, false, statement.Fact),
            _ => new Outcome(CriterionStatus.Unknown, true, statement.Fact),
        };
    }

    // Registry eligibility often lists diseases or stages as alternatives without saying "one of": "AML beyond CR2",
    // "ALL beyond CR2", "CML in blast crisis"… When sibling inclusion items name other diseases and one sibling is met,
    // the failing siblings are alternatives, not requirements. An item naming only another disease in a trial that
    // never names AML stays "not met" (the trial is for another disease).
    private static void ResolveDiseaseMenus(ImmutableArray<CompiledCriterion> compiled, Outcome[] own)
    {
        bool trialNamesAml = false;
        bool anyOtherDisease = false;
        foreach (CompiledCriterion c in compiled)
        {
            foreach (CriterionCheck check in c.Checks)
            {
                trialNamesAml |= check is FlagCheck { Flag: CaseFlag.Aml };
                anyOtherDisease |= check is FlagCheck { Flag: CaseFlag.OtherDiseaseOnly };
            }
        }

        if (!anyOtherDisease && !compiled.Any(c => c.Checks.Any(k => k is FlagCheck { Flag: CaseFlag.SecondaryOrTherapyRelated })))
        {
            return;
        }

        for (int i = 0; i < compiled.Length; i++)
        {
            CompiledCriterion c = compiled[i];
            if (own[i].Status != CriterionStatus.NotMet || !IsDiseaseItem(c))
            {
                continue;
            }

            int parent = c.Criterion.Parent;
            bool inAnyGroup = parent >= 0 && compiled[parent].Role == CriterionRole.Group && compiled[parent].AnyOf;
            if (inAnyGroup)
            {
                continue;
            }

            bool siblingMet = false, siblingOther = false, siblingUnknown = false;
            for (int j = 0; j < compiled.Length; j++)
            {
                CompiledCriterion s = compiled[j];
                if (j == i || s.Criterion.Parent != parent || s.Criterion.Kind != c.Criterion.Kind || !IsDiseaseItem(s))
                {
                    continue;
                }

                siblingMet |= own[j].Status == CriterionStatus.Met;
                siblingUnknown |= own[j].Status == CriterionStatus.Unknown;
                siblingOther |= s.Checks.Any(k => k is FlagCheck { Flag: CaseFlag.OtherDiseaseOnly });
            }

            bool selfOther = c.Checks.Any(k => k is FlagCheck { Flag: CaseFlag.OtherDiseaseOnly });
            // A lone "secondary AML" / "therapy-related AML" inclusion item is one option of a disease list.
            bool secondaryItem = c.Checks.Any(k => k is FlagCheck { Flag: CaseFlag.SecondaryOrTherapyRelated });
            if (!(selfOther || siblingOther || secondaryItem))
            {
                continue;
            }

            if (siblingMet)
            {
                own[i] = new Outcome(CriterionStatus.Unknown, false, $"an alternative to another listed disease or stage that is met ({own[i].Fact})");
            }
            else if (siblingUnknown || (selfOther && trialNamesAml))
            {
                own[i] = new Outcome(CriterionStatus.Unknown, true, $"one of several listed diseases or stages ({own[i].Fact})");
            }
        }
    }

    private static bool IsDiseaseItem(CompiledCriterion c) =>
        c.Criterion.Kind == CriterionKind.Inclusion && c.Role is CriterionRole.Requirement or CriterionRole.Qualified
        && c.Category is "disease" or "disease-status" or "apl" or "secondary-aml";

    private static Finding Combine(ImmutableArray<CriterionCheck> checks, bool anyOf, TrialCaseFacts facts)
    {
        if (checks.Length == 1)
        {
            return facts.Evaluate(checks[0]);
        }

        return facts.EvaluateAll(checks, anyOf, CombineUncached);
    }

    private static Finding CombineUncached(ImmutableArray<CriterionCheck> checks, bool anyOf, TrialCaseFacts facts)
    {
        Finding[] all = new Finding[checks.Length];
        for (int i = 0; i < all.Length; i++)
        {
            all[i] = facts.Evaluate(checks[i]);
        }

        string Join(Func<Finding, bool> which) => string.Join("; ", all.Where(which).Select(f => f.Fact));
        if (anyOf)
        {
            if (all.Any(f => f.Truth == Truth.True))
            {
                return Finding.Yes(Join(f => f.Truth == Truth.True));
            }

            return all.All(f => f.Truth is Truth.False or Truth.NotApplicable) ? Finding.No(Join(_ => true)) : Finding.Missing(Join(f => f.Truth == Truth.Unknown));
        }

        if (all.Any(f => f.Truth == Truth.False))
        {
            return Finding.No(Join(f => f.Truth == Truth.False));
        }

        if (all.Any(f => f.Truth == Truth.Unknown))
        {
            return Finding.Missing(Join(f => f.Truth == Truth.Unknown));
        }

        return all.All(f => f.Truth == Truth.NotApplicable) ? Finding.NotApplicable(Join(_ => true)) : Finding.Yes(Join(_ => true));
    }

    // Folds the children's effective outcomes (and the item's own, when it is not a pure heading). Any-of: one met
    // child suffices, all must fail to fail. All-of: one failure fails, a blocking unknown blocks; non-blocking
    // unknowns (consent, washout, unrecognised exclusions) do not.
    private static Outcome Combine(Outcome[] effective, ImmutableArray<int> children, Outcome? self, bool anyOf)
    {
        bool anyMet = false, allNotMet = true, anyNotMet = false, anyBlocking = false;
        for (int i = -1; i < children.Length; i++)
        {
            Outcome o;
            if (i < 0)
            {
                if (self is not { } own)
                {
                    continue;
                }

                o = own;
            }
            else
            {
                o = effective[children[i]];
            }

            anyMet |= o.Status == CriterionStatus.Met;
            allNotMet &= o.Status == CriterionStatus.NotMet;
            anyNotMet |= o.Status == CriterionStatus.NotMet;
            anyBlocking |= o.Status == CriterionStatus.Unknown && o.Blocking;
        }

        if (anyOf)
        {
            return anyMet ? new Outcome(CriterionStatus.Met, false, "")
                : allNotMet ? new Outcome(CriterionStatus.NotMet, false, "")
                : new Outcome(CriterionStatus.Unknown, anyBlocking, "");
        }

        return anyNotMet ? new Outcome(CriterionStatus.NotMet, false, "")
            : anyBlocking ? new Outcome(CriterionStatus.Unknown, true, "")
            : new Outcome(CriterionStatus.Met, false, "");
    }

    // The registry's own age and sex fields, shown as criteria with an empty span.
    private static IEnumerable<CriterionMatch> RegisteredCriteria(Trial trial, TrialCaseFacts facts)
    {
        List<CriterionCheck> age = [];
        if (trial.MinimumAgeYears is { } min && min > 0)
        {
            age.Add(new AgeCheck(Comparison.GreaterOrEqual, min));
        }

        if (trial.MaximumAgeYears is { } max)
        {
            age.Add(new AgeCheck(Comparison.LessOrEqual, max));
        }

        if (age.Count > 0)
        {
            Finding f = Combine([.. age], anyOf: false, facts);
            string range = string.Join(" and ", age.Select(a => a.Describe()));
            yield return Registered($"Registered age limits: {range}", f, "age");
        }

        if (trial.Sex is "FEMALE" or "MALE")
        {
            Finding f = facts.SexIs(trial.Sex == "FEMALE" ? Sex.Female : Sex.Male);
            yield return Registered($"Registered sex: {trial.Sex.ToLowerInvariant()}", f, "sex");
        }
    }

    private static CriterionMatch Registered(string text, Finding f, string category)
    {
        CriterionStatus status = f.Truth switch
        {
            Truth.True or Truth.NotApplicable => CriterionStatus.Met,
            Truth.False => CriterionStatus.NotMet,
            _ => CriterionStatus.Unknown,
        };
        return new CriterionMatch(CriterionKind.Inclusion, text, 0, 0, status, f.Fact)
        {
            Category = category,
            NeedsInformation = status == CriterionStatus.Unknown,
        };
    }

    private static double Score(TrialFit fit, int blocking, int manual, Trial trial)
    {
        double score = fit switch { TrialFit.Likely => 300, TrialFit.Possible => 200, _ => 100 };
        score -= Math.Min(50, blocking * 5);
        score -= Math.Min(20, manual * 0.5);
        int phase = 0;
        foreach (string p in trial.Phases)
        {
            phase = Math.Max(phase, PhaseNumber(p));
        }

        score += phase * 2;
        if (trial.LastUpdate is { } updated)
        {
            score += Math.Clamp((updated.Year - 2000) / 5.0, 0, 6);
        }

        return Math.Round(score, 2);
    }

    private static int PhaseNumber(string phase) => phase.ToUpperInvariant() switch
    {
        "PHASE4" => 4,
        "PHASE3" => 3,
        "PHASE2" => 2,
        "PHASE1" => 1,
        _ => 0,
    };

    private static string Summarize(TrialFit fit, int notMet, int blocking, int manual)
    {
        return fit switch
        {
            TrialFit.Unlikely => $"{notMet} criterion/criteria not met on stated facts",
            TrialFit.Possible => $"{blocking} criterion/criteria need information; {manual} to check manually",
            _ => $"every recognised criterion met; {manual} to check manually",
        };
    }

    private static ImmutableArray<SiteDistance> Sites(Trial trial, CaseLocation? location)
    {
        if (trial.Sites.IsEmpty)
        {
            return [];
        }

        string? country = location?.Country is { } c ? Countries.Name(c) : null;
        IEnumerable<SiteDistance> sites = trial.Sites.Select(s => new SiteDistance(s.Name, s.City, s.Country,
            location is { Latitude: { } lat, Longitude: { } lon } && s.Latitude is { } slat && s.Longitude is { } slon
                ? Math.Round(Geo.HaversineKm(lat, lon, slat, slon), 1)
                : null)
        { Status = s.Status });
        return [.. sites
            .OrderBy(s => s.DistanceKm ?? double.MaxValue)
            .ThenBy(s => country is not null && string.Equals(s.Country, country, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(s => s.Country, StringComparer.Ordinal)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(MaxSitesShown)];
    }
}

/// <summary>Great-circle distance (haversine, mean Earth radius 6371.0088 km).</summary>
public static class Geo
{
    public static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0088;
        double dLat = double.DegreesToRadians(lat2 - lat1);
        double dLon = double.DegreesToRadians(lon2 - lon1);
        double a = Math.Pow(Math.Sin(dLat / 2), 2) +
            (Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}

/// <summary>ISO 3166 alpha-2 codes to the country names ClinicalTrials.gov uses (the common ones).</summary>
public static class Countries
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "United States",
        ["CA"] = "Canada",
        ["GB"] = "United Kingdom",
        ["UK"] = "United Kingdom",
        ["DE"] = "Germany",
        ["FR"] = "France",
        ["IT"] = "Italy",
        ["ES"] = "Spain",
        ["NL"] = "Netherlands",
        ["BE"] = "Belgium",
        ["AT"] = "Austria",
        ["CH"] = "Switzerland",
        ["SE"] = "Sweden",
        ["NO"] = "Norway",
        ["DK"] = "Denmark",
        ["FI"] = "Finland",
        ["PL"] = "Poland",
        ["CZ"] = "Czechia",
        ["IE"] = "Ireland",
        ["PT"] = "Portugal",
        ["GR"] = "Greece",
        ["AU"] = "Australia",
        ["JP"] = "Japan",
        ["CN"] = "China",
        ["KR"] = "Korea, Republic of",
        ["IL"] = "Israel",
        ["BR"] = "Brazil",
    };

    /// <summary>The registry's country name for a code (the input itself when it is already a name).</summary>
    public static string Name(string codeOrName) =>
        Names.TryGetValue(codeOrName.Trim(), out string? name) ? name : codeOrName.Trim();

    internal static string Format(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
