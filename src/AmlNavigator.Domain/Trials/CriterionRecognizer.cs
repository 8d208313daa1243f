using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AmlNavigator.Domain.Trials;

/// <summary>How a criterion takes part in the fit (CONTRACT §6).</summary>
public enum CriterionRole
{
    /// <summary>Recognised, checkable against case facts; unknown facts make the fit "possible".</summary>
    Requirement,

    /// <summary>Requirement is met unless the condition applies ("Patients with APL must …").</summary>
    Conditional,

    /// <summary>Consent, contraception, pregnancy, life expectancy: the case file cannot speak to it; never blocks.</summary>
    Administrative,

    /// <summary>"… is allowed": not a requirement.</summary>
    Permissive,

    /// <summary>Time since last dose of a drug: settled at enrolment; never blocks.</summary>
    Washout,

    /// <summary>A heading item whose sub-items carry the requirement ("one of the following:").</summary>
    Group,

    /// <summary>Not recognised: stays text, status unknown, to check manually.</summary>
    Unrecognised,

    /// <summary>
    /// Recognised, but the requirement holds only under a condition the case cannot settle ("if serum creatinine is
    /// above normal, then GFR > 60", "… unless due to Gilbert's"): a failure reads as unknown, never as not met.
    /// </summary>
    Qualified,

    /// <summary>A definition ("refractory disease is defined as …") that qualifies another criterion; never blocks.</summary>
    Definition,

    /// <summary>A heading that needs a count of its sub-items ("at least 2 of the following"); needs a person.</summary>
    CountGroup,
}

/// <summary>A criterion with what was recognised in it, compiled once per trial.</summary>
/// <param name="Category">Recognised category (age, performance-status, genetics…; unrecognised).</param>
/// <param name="Checks">Statements read from the text, combined with <paramref name="AnyOf"/> (or) or all (and).</param>
/// <param name="Negated">The criterion states the opposite of its checks ("No active CNS leukaemia").</param>
public sealed record CompiledCriterion(
    Criterion Criterion,
    CriterionRole Role,
    string Category,
    ImmutableArray<CriterionCheck> Checks,
    bool AnyOf,
    bool Negated,
    ImmutableArray<int> Children)
{
    /// <summary>
    /// Dense id shared by every criterion that evaluates identically (same role, list, negation and checks), so that a
    /// match run evaluates each distinct statement once per case and looks the rest up by index.
    /// </summary>
    public int OutcomeId { get; } = OutcomeIds.Of(
        $"{Role}|{Criterion.Kind}|{Negated}|{AnyOf}|{Category}|{string.Join("&", Checks.Select(c => c.Describe()))}");

    /// <summary>"check: …" line for the to-settle list of an unrecognised criterion (built once at index time).</summary>
    public string ManualCheck { get; } = "check: " + (Criterion.Text.Length <= 100 ? Criterion.Text : string.Concat(Criterion.Text.AsSpan(0, 97), "..."));
}

/// <summary>Interns evaluation signatures into dense ids (thread-safe; ids are never part of any output).</summary>
public static class OutcomeIds
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static int _next;

    /// <summary>Number of ids handed out so far.</summary>
    public static int Count => Volatile.Read(ref _next);

    public static int Of(string signature) => Ids.GetOrAdd(signature, static _ => Interlocked.Increment(ref _next) - 1);
}

/// <summary>The compiled eligibility of one trial (criteria in text order).</summary>
public sealed record CompiledEligibility(ImmutableArray<CompiledCriterion> Criteria, bool HadSections)
{
    public static CompiledEligibility Empty { get; } = new([], false);
}

/// <summary>
/// Recognises, in each criterion, what it can: age, performance status, disease and stage, APL, secondary AML,
/// genetics, prior therapy and lines, transplant and time since it, GVHD, blasts, WBC, organ function, QTc, LVEF, CNS,
/// washout, interacting medicines, administrative items. Runs at index time; matching never touches text.
/// </summary>
/// <remarks>Negations ("no prior…", "without"), exceptions ("other than APL", "except…") and conditions
/// ("patients with … must") are read before the checks. ECOG/Karnofsky conversion: Oken 1982 (trial-oken-1982).
/// </remarks>
public static partial class CriterionRecognizer
{
    // Keyword families checked with one vectorised search each before any regular expression runs (index-time speed:
    // most criteria mention none of a family's words, so most regexes never run).
    private static readonly SearchValues<string> PermissiveWords = Words("allow", "permit", "accept", "eligible", "includ", "exclude", "count", "particip", "candidate", "enroll");
    private static readonly SearchValues<string> PregnancyWords = Words("pregnan", "breast", "lactat", "nursing");
    private static readonly SearchValues<string> TransplantWords = Words("transplant", "hct", "sct", "bmt", "hsc", "stem cell");
    private static readonly SearchValues<string> AgeWords = Words("age", "old");
    private static readonly SearchValues<string> PerformanceWords = Words("ecog", "performance", "zubrod", "karnofsky", "kps");
    private static readonly SearchValues<string> AmlWords = Words("aml", "myel", "lymph", "leuk");
    private static readonly SearchValues<string> AplWords = Words("promyelo", "apl", "m3", "15;", "pml");
    private static readonly SearchValues<string> StatusWords = Words("relaps", "refract", "recurr", "salvage", "failure", "resistant", "cr2", "newly", "untreated", "naïve", "naive", "remission", "cr1", "mrd", "residual", "prior", "previous");
    private static readonly SearchValues<string> SecondaryWords = Words("secondary", "related", "t-aml", "s-aml", "antecedent");
    private static readonly SearchValues<string> GeneWords = Words("flt", "idh", "npm", "kmt", "mll", "11q23", "p53", "cd33");
    private static readonly SearchValues<string> AgentWords = Words(
        "venetoclax", "abt-199", "bcl", "hypomethyl", "demethyl", "hma", "azac", "aza", "decitabine", "flt", "midostaurin", "gilteritinib",
        "quizartinib", "sorafenib", "crenolanib", "lestaurtinib", "idh", "ivosidenib", "enasidenib", "olutasidenib", "gemtuzumab",
        "mylotarg", "menin", "revumenib", "ziftomenib");
    private static readonly SearchValues<string> LineWords = Words("line", "regimen", "course", "salvage", "prior", "previous");
    private static readonly SearchValues<string> CnsWords = Words("cns", "central nervous", "intracranial", "mening", "cerebrospinal");
    private static readonly SearchValues<string> LabWords = Words(
        "bilirubin", "ast", "alt", "sgot", "sgpt", "transaminase", "aminotransferase", "creatinine", "clearance", "crcl", "gfr", "qt",
        "ejection", "lvef", "ef", "wbc", "white", "leukocyte", "blast");
    private static readonly SearchValues<string> WashoutWords = Words("within", "at least", "≥", ">", "minimum", "wash", "half-li");
    private static readonly SearchValues<string> GvhdWords = Words("graft", "gvhd");
    private static readonly SearchValues<string> Cyp3aWords = Words("cyp3a");

    private static SearchValues<string> Words(params string[] words) => SearchValues.Create(words, StringComparison.Ordinal);

    private static bool Has(string t, SearchValues<string> words) => t.AsSpan().IndexOfAny(words) >= 0;

    public static CompiledEligibility Compile(string? eligibilityText)
    {
        CriteriaList list = CriteriaReader.Read(eligibilityText);
        var children = new List<int>[list.Criteria.Length];
        for (int i = 0; i < list.Criteria.Length; i++)
        {
            children[i] = [];
            if (list.Criteria[i].Parent >= 0)
            {
                children[list.Criteria[i].Parent].Add(i);
            }
        }

        ImmutableArray<CompiledCriterion> compiled = [.. list.Criteria.Select((c, i) => Recognize(c, [.. children[i]]))];
        return new CompiledEligibility(compiled, list.HadSections);
    }

    public static CompiledCriterion Recognize(Criterion criterion, ImmutableArray<int> children)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        string text = criterion.Text;
        string t = text.ToLowerInvariant();
        bool inclusion = criterion.Kind == CriterionKind.Inclusion;

        if (CountingPattern().IsMatch(t))
        {
            return new CompiledCriterion(criterion, CriterionRole.CountGroup, "group-count", [], false, false, children);
        }

        if (!children.IsEmpty && (t.EndsWith(':') || t.Contains("following", StringComparison.Ordinal)))
        {
            bool any = AnyOfPattern().IsMatch(t);
            return new CompiledCriterion(criterion, CriterionRole.Group, any ? "group-any" : "group-all", [], any, false, children);
        }

        CompiledCriterion Make(CriterionRole role, string category, List<CriterionCheck>? checks = null, bool anyOf = false, bool negated = false) =>
            new(criterion, role, category, checks is null ? [] : [.. checks], anyOf, negated, children);

        if (IsPermissive(t))
        {
            return Make(CriterionRole.Permissive, "permissive");
        }

        if (DefinitionPattern().IsMatch(t))
        {
            return Make(CriterionRole.Definition, "definition");
        }

        if (Administrative(t) is { } admin)
        {
            // Pregnancy and breastfeeding do not apply to men: settle them when the case says so.
            bool pregnancy = admin == "pregnancy";
            return Make(CriterionRole.Administrative, admin, pregnancy ? [new SexCheck(Cases.Sex.Female)] : null);
        }

        // In an exclusion list "Must not have APL" restates the exclusion; only inclusion items are flipped by "no…".
        bool negated = inclusion && StartsNegated(t);
        List<CriterionCheck> checks = [];
        string? category = null;
        bool anyOf = false;

        void Add(string cat, CriterionCheck check)
        {
            category ??= cat;
            if (!checks.Contains(check))
            {
                checks.Add(check);
            }
        }

        // Washout before transplant timing: "within 14 days of prior chemotherapy".
        bool transplantWords = Has(t, TransplantWords) && TransplantPattern().IsMatch(t);
        if (!transplantWords && Has(t, WashoutWords) && WashoutPattern().IsMatch(t))
        {
            return Make(CriterionRole.Washout, "washout");
        }

        RecognizeAge(t, Add);
        RecognizePerformance(t, Add);
        RecognizeDisease(t, inclusion, Add);
        RecognizeGenetics(t, Add);
        RecognizePriorTherapy(t, Add);
        RecognizeLines(t, Add);
        if (transplantWords && category != "prior-lines")
        {
            RecognizeTransplant(t, Add);
        }

        // GVHD as a state of the patient ("active GVHD", "no evidence of GVHD"), not GVHD prophylaxis or the
        // "GvHD direction" of an HLA mismatch.
        if (Has(t, GvhdWords) && GvhdStatePattern().IsMatch(t) && !GvhdNotAStatePattern().IsMatch(t))
        {
            Match g = GvhdWordPattern().Match(t);
            bool localNo = g.Success && !negated && GvhdLocalNegation().IsMatch(t[Math.Max(0, g.Index - 45)..g.Index]);
            Add("gvhd", localNo ? new NotCheck(new FlagCheck(CaseFlag.ActiveGvhd)) : new FlagCheck(CaseFlag.ActiveGvhd));
        }

        if (transplantWords && TransplantCountPattern().Match(NumberWords(t)) is { Success: true } count)
        {
            checks.RemoveAll(c => c is FlagCheck { Flag: CaseFlag.PriorAllogeneicTransplant or CaseFlag.PriorAutologousTransplant });
            Add("transplant", new TransplantCountCheck(Comparison.LessOrEqual, (int)Parse(count.Groups["n"].Value)));
        }

        if (Has(t, CnsWords) && CnsPattern().IsMatch(t) && !t.Contains("toxicity", StringComparison.Ordinal))
        {
            // "CNS1 or CNS2 only" (COG CNS status) means no overt CNS leukaemia.
            bool cnsStatusOneOrTwo = t.Contains("cns1", StringComparison.Ordinal) || t.Contains("cns 1", StringComparison.Ordinal);
            Add("cns", cnsStatusOneOrTwo ? new NotCheck(new FlagCheck(CaseFlag.CnsDisease)) : new FlagCheck(CaseFlag.CnsDisease));
        }

        if (Has(t, Cyp3aWords) && !t.Contains("moderate", StringComparison.Ordinal))
        {
            if (t.Contains("inhibitor", StringComparison.Ordinal))
            {
                Add("interacting-medication", new FlagCheck(CaseFlag.StrongCyp3aInhibitor));
            }

            if (t.Contains("inducer", StringComparison.Ordinal))
            {
                Add("interacting-medication", new FlagCheck(CaseFlag.StrongCyp3aInducer));
            }

            anyOf = checks.Count > 1 && checks.All(c => c is FlagCheck { Flag: CaseFlag.StrongCyp3aInhibitor or CaseFlag.StrongCyp3aInducer });
        }

        int beforeLabs = checks.Count;
        if (Has(t, LabWords))
        {
            RecognizeLabs(t, Add);
        }

        // "creatinine ≤ 2 mg/dL or creatinine clearance ≥ 50 mL/min": alternatives.
        if (checks.Count - beforeLabs > 1 && beforeLabs == 0 && checks.Any(c => c is QuantityCheck { Quantity: Quantity.SerumCreatinine })
            && checks.Any(c => c is QuantityCheck { Quantity: Quantity.CreatinineClearance })
            && checks.All(c => c is QuantityCheck { Quantity: Quantity.SerumCreatinine or Quantity.CreatinineClearance }))
        {
            anyOf = true;
        }

        if (checks.Count == 0)
        {
            return Make(CriterionRole.Unrecognised, "unrecognised");
        }

        if (ConditionalPattern().IsMatch(t))
        {
            return Make(CriterionRole.Conditional, category!, checks, anyOf);
        }

        if (QualifierPattern().IsMatch(t))
        {
            return Make(CriterionRole.Qualified, category!, checks, anyOf, negated);
        }

        return Make(CriterionRole.Requirement, category!, checks, anyOf, negated);
    }

    private static bool IsPermissive(string t) =>
        Has(t, PermissiveWords) && PermissivePattern().IsMatch(t) && !NotPermittedPattern().IsMatch(t);

    private static string? Administrative(string t)
    {
        if (Has(t, PregnancyWords) && PregnancyPattern().IsMatch(t))
        {
            return "pregnancy";
        }

        return AdministrativePattern().IsMatch(t) ? "administrative" : null;
    }

    private static bool StartsNegated(string t) =>
        NegationStart().IsMatch(t) && !t.StartsWith("no more than", StringComparison.Ordinal) && !t.StartsWith("not more than", StringComparison.Ordinal);

    private static void RecognizeAge(string t, Action<string, CriterionCheck> add)
    {
        // Age limits that only select which other rule applies ("Lansky for patients ≤ 16 years") are not age limits.
        if (!Has(t, AgeWords) || !AgeGate().IsMatch(t) || t.Contains("for patients", StringComparison.Ordinal) || t.Contains("for subjects", StringComparison.Ordinal)
            || t.Contains("lansky", StringComparison.Ordinal))
        {
            return;
        }

        string s = NumberWords(t);
        if (AgeRange().Match(s) is { Success: true } range)
        {
            add("age", new AgeCheck(Comparison.GreaterOrEqual, Parse(range.Groups["lo"].Value)));
            add("age", new AgeCheck(Comparison.LessOrEqual, Parse(range.Groups["hi"].Value)));
            return;
        }

        foreach (Match m in AgeCompared().Matches(s))
        {
            add("age", new AgeCheck(ComparisonOf(m.Groups["cmp"].Value), Parse(m.Groups["n"].Value)));
        }

        foreach (Match m in AgeOrOlder().Matches(s))
        {
            bool older = m.Groups["dir"].Value is "older" or "over" or "above" or "greater";
            add("age", new AgeCheck(older ? Comparison.GreaterOrEqual : Comparison.LessOrEqual, Parse(m.Groups["n"].Value)));
        }
    }

    private static void RecognizePerformance(string t, Action<string, CriterionCheck> add)
    {
        if (!Has(t, PerformanceWords))
        {
            return;
        }

        if (EcogWord().Match(t) is { Success: true } ecog)
        {
            string after = t[ecog.Index..Math.Min(t.Length, ecog.Index + 90)];
            if (EcogRange().Match(after) is { Success: true } range)
            {
                add("performance-status", new QuantityCheck(Quantity.Ecog, Comparison.LessOrEqual, Parse(range.Groups["hi"].Value)));
                return;
            }

            if (EcogList().Match(after) is { Success: true } list)
            {
                add("performance-status", new QuantityCheck(Quantity.Ecog, Comparison.LessOrEqual, Parse(list.Groups["hi"].Value)));
                return;
            }

            if (CompareNumber().Match(after) is { Success: true } cmp && Parse(cmp.Groups["n"].Value) <= 4)
            {
                add("performance-status", new QuantityCheck(Quantity.Ecog, ComparisonOf(cmp.Groups["cmp"].Value), Parse(cmp.Groups["n"].Value)));
                return;
            }
        }

        if (KarnofskyWord().Match(t) is { Success: true } kps)
        {
            string after = t[kps.Index..Math.Min(t.Length, kps.Index + 60)];
            if (KarnofskyValue().Match(after) is { Success: true } v)
            {
                // Oken 1982: KPS 90–100 ≈ ECOG 0, 70–80 ≈ 1, 50–60 ≈ 2, 30–40 ≈ 3.
                double k = Parse(v.Groups["n"].Value);
                bool minimum = !v.Groups["cmp"].Success || ComparisonOf(v.Groups["cmp"].Value) is Comparison.Greater or Comparison.GreaterOrEqual;
                if (minimum && k is >= 10 and <= 100)
                {
                    int ecogMax = k >= 90 ? 0 : k >= 70 ? 1 : k >= 50 ? 2 : k >= 30 ? 3 : 4;
                    add("performance-status", new QuantityCheck(Quantity.Ecog, Comparison.LessOrEqual, ecogMax));
                }
            }
        }
    }

    private static void RecognizeDisease(string t, bool inclusion, Action<string, CriterionCheck> add)
    {
        bool amlWords = Has(t, AmlWords);
        bool aml = amlWords && AmlPattern().IsMatch(t);
        bool apl = Has(t, AplWords) && AplPattern().IsMatch(t);
        bool negated = StartsNegated(t);
        if (inclusion && aml && !apl && !negated)
        {
            add("disease", new FlagCheck(CaseFlag.Aml));
        }
        else if (inclusion && !aml && amlWords && OtherDiseasePattern().IsMatch(t) && !t.Contains("history", StringComparison.Ordinal)
            && !t.Contains("prior", StringComparison.Ordinal) && !t.Contains("other", StringComparison.Ordinal))
        {
            add("disease", new FlagCheck(CaseFlag.OtherDiseaseOnly));
        }

        if (apl)
        {
            // "AML other than APL" excludes APL; "AML … if participants have APL, they must …" only qualifies it;
            // "relapsed APL" alone requires it.
            Match m = AplPattern().Match(t);
            bool excluded = AplExceptPattern().IsMatch(t[..m.Index]);
            if (aml && inclusion && !negated)
            {
                add("disease", new FlagCheck(CaseFlag.Aml));
            }

            if (excluded)
            {
                add("apl", new NotCheck(new FlagCheck(CaseFlag.Apl)));
            }
            else if (!(aml && inclusion) && !t.Contains("if ", StringComparison.Ordinal))
            {
                add("apl", new FlagCheck(CaseFlag.Apl));
            }
        }

        if (!Has(t, StatusWords))
        {
            RecognizeSecondary(t, add);
            return;
        }

        bool diseaseContext = aml || t.Contains("leukemi", StringComparison.Ordinal) || t.Contains("disease", StringComparison.Ordinal);
        if (inclusion && RelapsedPattern().IsMatch(t) && (diseaseContext || t.Length < 40))
        {
            add("disease-status", new FlagCheck(CaseFlag.RelapsedOrRefractory));
        }
        else if (inclusion && NewlyDiagnosedPattern().IsMatch(t))
        {
            add("disease-status", new FlagCheck(CaseFlag.NewlyDiagnosed));
        }
        else if (inclusion && RemissionPattern().IsMatch(t) && !t.Contains("duration", StringComparison.Ordinal))
        {
            add("disease-status", new FlagCheck(CaseFlag.InRemission));
        }

        if (PriorAmlTherapyPattern().IsMatch(t))
        {
            add("disease-status", new FlagCheck(CaseFlag.PriorAmlTherapy));
        }

        RecognizeSecondary(t, add);
    }

    private static void RecognizeSecondary(string t, Action<string, CriterionCheck> add)
    {
        // "de novo or secondary AML", "may be secondary", "including therapy-related": any type, no requirement.
        if (Has(t, SecondaryWords) && SecondaryPattern().Match(t) is { Success: true } sec && !t[..sec.Index].Contains("includ", StringComparison.Ordinal)
            && !t.Contains("de novo", StringComparison.Ordinal) && !t.Contains("may be", StringComparison.Ordinal))
        {
            add("secondary-aml", new FlagCheck(CaseFlag.SecondaryOrTherapyRelated));
        }
    }

    private static readonly (string Gene, Regex Pattern)[] Genes =
    [
        ("FLT3", FltPattern()), ("IDH1", Idh1Pattern()), ("IDH2", Idh2Pattern()), ("NPM1", NpmPattern()),
        ("KMT2A", KmtPattern()), ("TP53", Tp53Pattern()), ("CD33", Cd33Pattern()),
    ];

    private static void RecognizeGenetics(string t, Action<string, CriterionCheck> add)
    {
        if (!Has(t, GeneWords) || !GeneGate().IsMatch(t))
        {
            return;
        }

        bool mutationContext = MutationWords().IsMatch(t);
        foreach ((string gene, Regex pattern) in Genes)
        {
            Match m = pattern.Match(t);
            if (!m.Success)
            {
                continue;
            }

            string after = t[m.Index..Math.Min(t.Length, m.Index + m.Length + 14)];
            if (after.Contains("inhibitor", StringComparison.Ordinal) || after.Contains("directed", StringComparison.Ordinal)
                || after.Contains("targeted", StringComparison.Ordinal) || after.Contains("antibod", StringComparison.Ordinal))
            {
                continue;
            }

            string before = t[Math.Max(0, m.Index - 30)..m.Index];
            if (before.Contains("regardless", StringComparison.Ordinal) || before.Contains("irrespective", StringComparison.Ordinal)
                || before.Contains("independent", StringComparison.Ordinal))
            {
                continue;
            }

            if (gene != "CD33" && gene != "KMT2A" && !mutationContext)
            {
                continue;
            }

            string? type = null;
            if (gene == "FLT3")
            {
                bool itd = t.Contains("itd", StringComparison.Ordinal);
                bool tkd = t.Contains("tkd", StringComparison.Ordinal) || t.Contains("d835", StringComparison.Ordinal);
                type = itd && !tkd ? "ITD" : tkd && !itd ? "TKD" : null;
            }

            CriterionCheck check = new MutationCheck(gene, type);
            string near = t[Math.Max(0, m.Index - 25)..Math.Min(t.Length, m.Index + m.Length + 25)];
            if (!StartsNegated(t) && GeneNegation().IsMatch(near))
            {
                check = new NotCheck(check);
            }

            add("genetics", check);
        }
    }

    private static readonly (string Label, Regex Pattern, FrozenSet<string> Agents)[] AgentClasses =
    [
        ("venetoclax", VenetoclaxPattern(), Set("venetoclax")),
        ("hypomethylating agent", HmaPattern(), Set("azacitidine", "decitabine", "guadecitabine", "oral azacitidine", "decitabine-cedazuridine")),
        ("FLT3 inhibitor", Flt3iPattern(), Set("midostaurin", "gilteritinib", "quizartinib", "sorafenib", "crenolanib", "lestaurtinib")),
        ("IDH inhibitor", IdhiPattern(), Set("ivosidenib", "enasidenib", "olutasidenib")),
        ("gemtuzumab ozogamicin", GoPattern(), Set("gemtuzumab ozogamicin", "gemtuzumab-ozogamicin", "gemtuzumab")),
        ("menin inhibitor", MeninPattern(), Set("revumenib", "ziftomenib")),
    ];

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);

    private static void RecognizePriorTherapy(string t, Action<string, CriterionCheck> add)
    {
        if (!Has(t, AgentWords) || !PriorContext().IsMatch(t) || AdverseContext().IsMatch(t))
        {
            return;
        }

        foreach ((string label, Regex pattern, FrozenSet<string> agents) in AgentClasses)
        {
            if (pattern.Match(t) is { Success: true } m)
            {
                string before = t[Math.Max(0, m.Index - 30)..m.Index];
                CriterionCheck check = new PriorAgentCheck(label, agents);
                add("prior-therapy", before.Contains("other than", StringComparison.Ordinal) || before.Contains("except", StringComparison.Ordinal)
                    ? new NotCheck(check) : check);
            }
        }
    }

    private static void RecognizeLines(string t, Action<string, CriterionCheck> add)
    {
        if (!Has(t, LineWords) || !LinesGate().IsMatch(t))
        {
            return;
        }

        string s = NumberWords(t);
        if (LinesMax().Match(s) is { Success: true } max)
        {
            add("prior-lines", new PriorLinesCheck(ComparisonOf(max.Groups["cmp"].Value), (int)Parse(max.Groups["n"].Value)));
        }
        else if (LinesOrFewer().Match(s) is { Success: true } fewer)
        {
            bool more = fewer.Groups["dir"].Value == "more";
            add("prior-lines", new PriorLinesCheck(more ? Comparison.GreaterOrEqual : Comparison.LessOrEqual, (int)Parse(fewer.Groups["n"].Value)));
        }
    }

    private static void RecognizeTransplant(string t, Action<string, CriterionCheck> add)
    {
        if (TransplantJudgement().IsMatch(t))
        {
            return;
        }

        if ((TransplantWithin().Match(t) is { Success: true } w1 ? w1 : TransplantThenWithin().Match(t)) is { Success: true } within)
        {
            add("transplant-timing", new DaysSinceTransplantCheck(Comparison.Less, Days(within)));
            return;
        }

        if (TransplantSince().Match(t) is { Success: true } since)
        {
            add("transplant-timing", new DaysSinceTransplantCheck(Comparison.GreaterOrEqual, Days(since)));
            return;
        }

        if (t.Contains("autologous", StringComparison.Ordinal) && !t.Contains("allogeneic", StringComparison.Ordinal))
        {
            add("transplant", new FlagCheck(CaseFlag.PriorAutologousTransplant));
        }
        else if (AlloPattern().IsMatch(t))
        {
            add("transplant", new FlagCheck(CaseFlag.PriorAllogeneicTransplant));
        }
    }

    private static double Days(Match m)
    {
        double n = Parse(m.Groups["n"].Value);
        return m.Groups["unit"].Value switch
        {
            var u when u.StartsWith("week", StringComparison.Ordinal) => n * 7,
            var u when u.StartsWith("month", StringComparison.Ordinal) => n * 30,
            var u when u.StartsWith("year", StringComparison.Ordinal) => n * 365,
            _ => n,
        };
    }

    private static void RecognizeLabs(string t, Action<string, CriterionCheck> add)
    {
        if (t.Contains("bilirubin", StringComparison.Ordinal) && Threshold(t, "bilirubin") is { } bili)
        {
            add("organ-function", new QuantityCheck(bili.Uln ? Quantity.BilirubinUln : Quantity.BilirubinMass, bili.Op, bili.Value));
        }

        if (TransaminasePattern().Match(t) is { Success: true } tx && Threshold(t, tx.Value) is { Uln: true } ast)
        {
            bool both = tx.Value.Contains("transaminase", StringComparison.Ordinal) || tx.Value.Contains("aminotransferase", StringComparison.Ordinal)
                || (AstWord().IsMatch(t) && AltWord().IsMatch(t));
            if (both || AstWord().IsMatch(t))
            {
                add("organ-function", new QuantityCheck(Quantity.AstUln, ast.Op, ast.Value));
            }

            if (both || AltWord().IsMatch(t))
            {
                add("organ-function", new QuantityCheck(Quantity.AltUln, ast.Op, ast.Value));
            }
        }

        if (ClearancePattern().Match(t) is { Success: true } cl && Threshold(t, cl.Value) is { Uln: false } crcl)
        {
            add("organ-function", new QuantityCheck(Quantity.CreatinineClearance, crcl.Op, crcl.Value));
        }

        if (SerumCreatininePattern().Match(t) is { Success: true } cr && Threshold(t, cr.Value) is { } creat)
        {
            add("organ-function", new QuantityCheck(Quantity.SerumCreatinine, creat.Op, creat.Value));
        }

        if (QtcPattern().Match(t) is { Success: true } qt && Threshold(t, qt.Value) is { Uln: false } qtc && qtc.Value >= 300)
        {
            add("qtc", new QuantityCheck(Quantity.QtcMs, qtc.Op, qtc.Value));
        }

        if (LvefPattern().Match(t) is { Success: true } ef && Threshold(t, ef.Value) is { Uln: false } lvef && lvef.Value <= 100)
        {
            add("lvef", new QuantityCheck(Quantity.Lvef, lvef.Op, lvef.Value));
        }

        if (WbcPattern().Match(t) is { Success: true } wbcWord && Threshold(t, wbcWord.Value) is { Uln: false } wbc)
        {
            string window = t[wbcWord.Index..Math.Min(t.Length, wbcWord.Index + 80)];
            // Counts written per µL or mm³ ("25,000/µL") are ×10⁹/L after dividing by 1,000.
            double value = wbc.Value >= 1000 || PerMicrolitre().IsMatch(window) ? wbc.Value / 1000 : wbc.Value;
            add("wbc", new QuantityCheck(Quantity.Wbc, wbc.Op, value));
        }

        if (t.Contains("blast", StringComparison.Ordinal) && t.Contains('%', StringComparison.Ordinal) && !t.Contains("defin", StringComparison.Ordinal)
            && !t.Contains("classification", StringComparison.Ordinal) && BlastPercent().Match(t) is { Success: true } b)
        {
            bool blood = BloodWords().IsMatch(t) && !t.Contains("marrow", StringComparison.Ordinal);
            add("blasts", new QuantityCheck(blood ? Quantity.BloodBlastPercent : Quantity.MarrowBlastPercent,
                ComparisonOf(b.Groups["cmp"].Value), Parse(b.Groups["n"].Value)));
        }
    }

    private readonly record struct Limit(Comparison Op, double Value, bool Uln);

    /// <summary>The first "comparator number" after <paramref name="keyword"/>, and whether it is a multiple of ULN.</summary>
    private static Limit? Threshold(string t, string keyword)
    {
        int at = t.IndexOf(keyword, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        string window = t[at..Math.Min(t.Length, at + keyword.Length + 90)];
        Match m = CompareNumber().Match(window);
        if (!m.Success)
        {
            if (WithinNormal().IsMatch(window))
            {
                return new Limit(Comparison.LessOrEqual, 1, true);
            }

            return null;
        }

        string rest = window[(m.Index + m.Length)..Math.Min(window.Length, m.Index + m.Length + 40)];
        bool uln = UlnAfter().IsMatch(rest);
        return new Limit(ComparisonOf(m.Groups["cmp"].Value), Parse(m.Groups["n"].Value), uln);
    }

    private static Comparison ComparisonOf(string cmp) => cmp.Trim() switch
    {
        "<" or "less than" or "lower than" or "below" or "under" or "younger than" => Comparison.Less,
        ">" or "greater than" or "more than" or "higher than" or "above" or "over" or "exceeding" or "exceeds" or "older than" => Comparison.Greater,
        "≥" or ">=" or "=>" or "at least" or "greater than or equal to" or "no less than" or "not less than" or "minimum of" or "of at least" => Comparison.GreaterOrEqual,
        _ => Comparison.LessOrEqual,
    };

    private static double Parse(string s) =>
        double.TryParse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN;

    private static string NumberWords(string t)
    {
        if (!NumberWordPattern().IsMatch(t))
        {
            return t;
        }

        return NumberWordPattern().Replace(t, m => m.Value switch
        {
            "one" => "1",
            "two" => "2",
            "three" => "3",
            "four" => "4",
            "five" => "5",
            "eighteen" => "18",
            "twenty-one" => "21",
            "sixty" => "60",
            "sixty-five" => "65",
            "seventy" => "70",
            "seventy-five" => "75",
            _ => m.Value,
        });
    }

    private const string Cmp =
        @"(?<cmp>≤|≥|<=|>=|=<|=>|<|>|less than or equal to|greater than or equal to|less than|lower than|greater than|more than|higher than|" +
        @"at least|at most|no more than|not more than|no greater than|not greater than|not to exceed|not exceed|up to|maximum of|minimum of|" +
        @"no less than|not less than|below|above|under|over|exceeding|exceeds|younger than|older than)";

    [GeneratedRegex(Cmp + @"\s*(?:of\s*)?(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex CompareNumber();

    [GeneratedRegex(@"\b(?:one|two|three|four|five|eighteen|twenty-one|sixty-five|sixty|seventy-five|seventy)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWordPattern();

    [GeneratedRegex(@"(?:age[ds]?|aged)\s*(?:of\s*|between\s*)?(?<lo>\d{1,3})\s*(?:-|–|to|and)\s*(?<hi>\d{1,3})\s*(?:years|yrs)?", RegexOptions.CultureInvariant)]
    private static partial Regex AgeRange();

    [GeneratedRegex(@"(?:age|aged|patients?|subjects?|participants?)[^.;0-9]{0,25}?" + Cmp + @"\s*(?<n>\d{1,3})\s*(?:years|yrs|y\b)|" + Cmp + @"\s*(?<n>\d{1,3})\s*(?:years|yrs)\s*(?:of age|old)", RegexOptions.CultureInvariant)]
    private static partial Regex AgeCompared();

    [GeneratedRegex(@"\bage\b|\baged\b|\bages\b|years old|of age", RegexOptions.CultureInvariant)]
    private static partial Regex AgeGate();

    [GeneratedRegex(@"(?<n>\d{1,3})\s*(?:years|yrs)\s*(?:of age|old)?\s*(?:or|and)\s*(?<dir>older|over|above|greater|younger|under|below|less)", RegexOptions.CultureInvariant)]
    private static partial Regex AgeOrOlder();

    [GeneratedRegex(@"\b(?:ecog|zubrod|who performance|eastern cooperative)|performance status", RegexOptions.CultureInvariant)]
    private static partial Regex EcogWord();

    [GeneratedRegex(@"^[^0-9]{0,50}?(?<lo>[0-4])\s*(?:-|–|to)\s*(?<hi>[0-4])\b", RegexOptions.CultureInvariant)]
    private static partial Regex EcogRange();

    [GeneratedRegex(@"^[^0-9]{0,50}?0\s*(?:,\s*1\s*,?)?\s*(?:or|and)\s*(?<hi>[1-3])\b", RegexOptions.CultureInvariant)]
    private static partial Regex EcogList();

    [GeneratedRegex(@"karnofsky|\bkps\b", RegexOptions.CultureInvariant)]
    private static partial Regex KarnofskyWord();

    [GeneratedRegex(@"^[^0-9]{0,40}?(?:" + Cmp + @"\s*)?(?<n>\d{2,3})\s*%?", RegexOptions.CultureInvariant)]
    private static partial Regex KarnofskyValue();

    [GeneratedRegex(@"acute myeloid|acute myelogenous|acute non-?lymphocytic|\baml\b|(?<!chronic )myeloid leuk|(?<!chronic )myelogenous leuk", RegexOptions.CultureInvariant)]
    private static partial Regex AmlPattern();

    [GeneratedRegex(@"\b(?:cml|chronic myelo\w*|acute lymphoblastic|acute lymphocytic|lymphoma|myeloma|cll|myelofibrosis|myelodysplastic syndrome)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherDiseasePattern();

    [GeneratedRegex(@"promyelocytic|\bapl\b|fab m3|\(m3\)|\bm3 classification|aml[- ]m3|t\s?\(15;\s?17\)|pml[-/:]{1,2}rara", RegexOptions.CultureInvariant)]
    private static partial Regex AplPattern();

    [GeneratedRegex(@"other than|except|excluding|exclusion of|non-|excluded|with the exception|not including", RegexOptions.CultureInvariant)]
    private static partial Regex AplExceptPattern();

    [GeneratedRegex(@"relapsed|refractory|recurrent|\brelapse\b|salvage|primary induction failure|resistant disease|\bcr2\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelapsedPattern();

    [GeneratedRegex(@"newly diagnosed|previously untreated|treatment[- ]na[iï]ve|\buntreated\b", RegexOptions.CultureInvariant)]
    private static partial Regex NewlyDiagnosedPattern();

    [GeneratedRegex(@"complete remission|\bcr1\b|first remission|in remission|\bmrd\b|residual disease", RegexOptions.CultureInvariant)]
    private static partial Regex RemissionPattern();

    [GeneratedRegex(@"(?:prior|previous)\s+(?:\w+\s+){0,2}(?:therapy|treatment|chemotherapy)\s+(?:\([^)]{0,40}\)\s+)?(?:for|of)\s+(?:the\s+)?(?:treatment\s+of\s+)?(?:aml|acute myeloid|leukemia|the leukemia|any myeloid|myeloid|this disease)", RegexOptions.CultureInvariant)]
    private static partial Regex PriorAmlTherapyPattern();

    [GeneratedRegex(@"secondary aml|secondary acute|therapy[- ]related|treatment[- ]related aml|\bt-aml\b|\bs-aml\b|antecedent hematologic", RegexOptions.CultureInvariant)]
    private static partial Regex SecondaryPattern();

    [GeneratedRegex(@"flt-?3|idh|npm1|kmt2a|\bmll\b|11q23|tp53|\bp53\b|cd33", RegexOptions.CultureInvariant)]
    private static partial Regex GeneGate();

    [GeneratedRegex(@"mutat|\bitd\b|\btkd\b|positive|\+|rearrang|alteration|variant|translocation|abnormalit|wild[- ]type|negative", RegexOptions.CultureInvariant)]
    private static partial Regex MutationWords();

    [GeneratedRegex(@"wild[- ]type|negative|without|absence of|lacking|\bno\b|\bnon-", RegexOptions.CultureInvariant)]
    private static partial Regex GeneNegation();

    [GeneratedRegex(@"flt-?3", RegexOptions.CultureInvariant)]
    private static partial Regex FltPattern();

    [GeneratedRegex(@"idh-?1(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Idh1Pattern();

    [GeneratedRegex(@"idh-?2(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Idh2Pattern();

    [GeneratedRegex(@"npm-?1", RegexOptions.CultureInvariant)]
    private static partial Regex NpmPattern();

    [GeneratedRegex(@"kmt2a|\bmll\b(?!-?ptd)|11q23", RegexOptions.CultureInvariant)]
    private static partial Regex KmtPattern();

    [GeneratedRegex(@"tp53|\bp53\b", RegexOptions.CultureInvariant)]
    private static partial Regex Tp53Pattern();

    [GeneratedRegex(@"cd33[- ]?(?:positive|\+|express)|express\w* (?:of )?cd33", RegexOptions.CultureInvariant)]
    private static partial Regex Cd33Pattern();

    [GeneratedRegex(@"\bprior\b|previous|previously|received|treated with|treatment with|exposure|exposed|pretreated|failed|refractory to|relapsed after|progressed on|history of (?:treatment|therapy)", RegexOptions.CultureInvariant)]
    private static partial Regex PriorContext();

    [GeneratedRegex(@"toxicit|allerg|hypersensitiv|intoleran|neurotoxic|related |adverse", RegexOptions.CultureInvariant)]
    private static partial Regex AdverseContext();

    [GeneratedRegex(@"venetoclax|abt-199|bcl-?2 inhibitor", RegexOptions.CultureInvariant)]
    private static partial Regex VenetoclaxPattern();

    [GeneratedRegex(@"hypomethylating|demethylating|\bhmas?\b|azacitidine|azacytidine|5-aza|decitabine|guadecitabine", RegexOptions.CultureInvariant)]
    private static partial Regex HmaPattern();

    [GeneratedRegex(@"flt-?3 (?:tyrosine kinase )?inhibitor|midostaurin|gilteritinib|quizartinib|sorafenib|crenolanib|lestaurtinib", RegexOptions.CultureInvariant)]
    private static partial Regex Flt3iPattern();

    [GeneratedRegex(@"idh-?[12]? inhibitor|ivosidenib|enasidenib|olutasidenib", RegexOptions.CultureInvariant)]
    private static partial Regex IdhiPattern();

    [GeneratedRegex(@"gemtuzumab|mylotarg", RegexOptions.CultureInvariant)]
    private static partial Regex GoPattern();

    [GeneratedRegex(@"menin inhibitor|revumenib|ziftomenib", RegexOptions.CultureInvariant)]
    private static partial Regex MeninPattern();

    [GeneratedRegex(@"lines?\b|regimens?|courses?|salvage|prior (?:therap|treatment|induction)", RegexOptions.CultureInvariant)]
    private static partial Regex LinesGate();

    [GeneratedRegex(Cmp + @"\s*(?<n>\d)\s*(?:prior|previous)?\s*(?:lines?|regimens?|courses?|salvage|induction|therap|treatment|cycles? of induction)", RegexOptions.CultureInvariant)]
    private static partial Regex LinesMax();

    [GeneratedRegex(@"(?<n>\d)\s*or\s*(?<dir>fewer|less|more)\s*(?:prior|previous)?\s*(?:lines?|regimens?|courses?|salvage|induction|therap|treatment)", RegexOptions.CultureInvariant)]
    private static partial Regex LinesOrFewer();

    [GeneratedRegex(@"transplant|\bhct\b|\bhsct\b|\bsct\b|\bbmt\b|\bhsc\b|stem cell infusion", RegexOptions.CultureInvariant)]
    private static partial Regex TransplantPattern();

    [GeneratedRegex(@"candidate|eligible for|planned|scheduled|intend|willing|donor|suitable|treatable|considered|indicated", RegexOptions.CultureInvariant)]
    private static partial Regex TransplantJudgement();

    [GeneratedRegex(@"within\s*(?:the\s*(?:past|last)\s*)?(?<n>\d+)\s*(?<unit>days?|weeks?|months?|years?)\s*(?:of|after|from|since|following|prior to|before)?[^.;]{0,40}?(?:transplant|hct|hsct|sct|bmt)", RegexOptions.CultureInvariant)]
    private static partial Regex TransplantWithin();

    [GeneratedRegex(@"(?:transplant|\bhct\b|\bhsct\b|\bsct\b|\bbmt\b)[^.;]{0,30}?within\s*(?:the\s*(?:past|last|previous)\s*)?(?<n>\d+)\s*(?<unit>days?|weeks?|months?|years?)", RegexOptions.CultureInvariant)]
    private static partial Regex TransplantThenWithin();

    [GeneratedRegex(@"(?:at least|≥|>=|>|more than|greater than|minimum of)\s*(?<n>\d+)\s*(?<unit>days?|weeks?|months?|years?)\s*(?:since|after|from|post|following|have elapsed since|must have elapsed since)?[^.;]{0,40}?(?:transplant|hct|hsct|sct|bmt)", RegexOptions.CultureInvariant)]
    private static partial Regex TransplantSince();

    [GeneratedRegex(@"allogen(?:e)?ic|allo-?(?:geneic)?\s*(?:hct|hsct|sct|transplant|bmt)|\ballo\b", RegexOptions.CultureInvariant)]
    private static partial Regex AlloPattern();

    [GeneratedRegex(@"\bcns\b|central nervous system|intracranial|leptomeningeal|meningeal leuk|cerebrospinal", RegexOptions.CultureInvariant)]
    private static partial Regex CnsPattern();

    [GeneratedRegex(@"within\s*(?:the\s*(?:past|last)\s*)?\d+\s*(?:hours?|days?|weeks?|months?)\s*(?:of|before|prior)|(?:at least|≥|>=|minimum of|>)\s*\d+\s*(?:hours?|days?|weeks?|half-lives)\s*(?:since|from|after|must|have|prior|before|between|elapsed)|wash-?out|half-lives", RegexOptions.CultureInvariant)]
    private static partial Regex WashoutPattern();

    [GeneratedRegex(@"\bast\b|\balt\b|sgot|sgpt|transaminase|aminotransferase", RegexOptions.CultureInvariant)]
    private static partial Regex TransaminasePattern();

    [GeneratedRegex(@"\bast\b|sgot|aspartate", RegexOptions.CultureInvariant)]
    private static partial Regex AstWord();

    [GeneratedRegex(@"\balt\b|sgpt|alanine", RegexOptions.CultureInvariant)]
    private static partial Regex AltWord();

    [GeneratedRegex(@"creatinine clearance|\bcrcl\b|\bgfr\b|\begfr\b|glomerular filtration|clearance", RegexOptions.CultureInvariant)]
    private static partial Regex ClearancePattern();

    [GeneratedRegex(@"creatinine(?! clearance)", RegexOptions.CultureInvariant)]
    private static partial Regex SerumCreatininePattern();

    [GeneratedRegex(@"qtc[fb]?|qt interval|corrected qt", RegexOptions.CultureInvariant)]
    private static partial Regex QtcPattern();

    [GeneratedRegex(@"lvef|ejection fraction|\bef\b", RegexOptions.CultureInvariant)]
    private static partial Regex LvefPattern();

    [GeneratedRegex(@"\bwbc\b|white blood cell|white cell count|leukocyte count|leukocytes", RegexOptions.CultureInvariant)]
    private static partial Regex WbcPattern();

    [GeneratedRegex(@"/\s*(?:µl|μl|ul|mcl|mm3|mm³|cu mm)|per\s*(?:µl|μl|ul|mcl|mm3|mm³|cubic)", RegexOptions.CultureInvariant)]
    private static partial Regex PerMicrolitre();

    [GeneratedRegex(Cmp + @"\s*(?<n>\d+(?:\.\d+)?)\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex BlastPercent();

    [GeneratedRegex(@"peripheral|circulating|\bblood\b", RegexOptions.CultureInvariant)]
    private static partial Regex BloodWords();

    [GeneratedRegex(@"^\s*(?:x|×|times|-?fold|\*)?\s*(?:the\s*)?(?:institutional\s*)?(?:upper limit|\buln\b|the upper|upper normal|normal upper|iuln)", RegexOptions.CultureInvariant)]
    private static partial Regex UlnAfter();

    [GeneratedRegex(@"within (?:the )?(?:institutional )?normal limits|\bwnl\b|normal range", RegexOptions.CultureInvariant)]
    private static partial Regex WithinNormal();

    [GeneratedRegex(@"\b(?:at least|≥|>=)\s*(?:2|two|3|three)\s*(?:of the following|of these)|need more than one|two or more of", RegexOptions.CultureInvariant)]
    private static partial Regex CountingPattern();

    [GeneratedRegex(@"\b(?:is|are) defined as\b|\bdefinition of\b|^definitions?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionPattern();

    [GeneratedRegex(@"\bif\b|\bunless\b|immunosuppress|requiring|no more than grade|must have discontinued|for patients (?:with|who)|in patients (?:with|who)|for those|for subjects|for (?:allogeneic|autologous)|for secondary", RegexOptions.CultureInvariant)]
    private static partial Regex QualifierPattern();

    [GeneratedRegex(@"active|acute|chronic|grade|evidence|uncontrolled|ongoing|moderate|severe|clinically significant|\bno\b|history", RegexOptions.CultureInvariant)]
    private static partial Regex GvhdStatePattern();

    [GeneratedRegex(@"direction|prophyla|prednisone|steroid|for gvhd|of gvhd|treatment of", RegexOptions.CultureInvariant)]
    private static partial Regex GvhdNotAStatePattern();

    [GeneratedRegex(@"graft|gvhd", RegexOptions.CultureInvariant)]
    private static partial Regex GvhdWordPattern();

    [GeneratedRegex(@"\bno\b|\bnot\b|without|absence|free of", RegexOptions.CultureInvariant)]
    private static partial Regex GvhdLocalNegation();

    [GeneratedRegex(@"(?:no more than|not more than|at most|maximum of|≤)\s*(?<n>\d)\s*(?:prior\s*)?(?:autologous or allogeneic\s*|allogeneic or autologous\s*|allogeneic\s*|autologous\s*)?(?:hematopoietic\s*)?(?:stem cell\s*)?(?:transplant|hct|hsct|sct)", RegexOptions.CultureInvariant)]
    private static partial Regex TransplantCountPattern();

    [GeneratedRegex(@"\b(?:one|1) (?:or more )?of the following|any of the following|either|at least (?:one|1) of|one or more of|any one of|to be eligible for|\bcohort\b|\bpart [a-z0-9]\b|\barm [a-z0-9]\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnyOfPattern();

    [GeneratedRegex(@"\b(?:is|are|will be|be)\s+(?:allowed|permitted|acceptable|eligible)\b|\ballowed\b|\bpermitted\b|may be (?:enrolled|included|eligible)|does not exclude|do not exclude|do not count|may participate|\bacceptable\b|(?:are|is) (?:also )?included|can be included|(?:are|is) (?:also )?(?:eligible|candidates?) if|are candidates", RegexOptions.CultureInvariant)]
    private static partial Regex PermissivePattern();

    [GeneratedRegex(@"not (?:be )?(?:allowed|permitted|eligible|acceptable)|ineligible|prohibited", RegexOptions.CultureInvariant)]
    private static partial Regex NotPermittedPattern();

    [GeneratedRegex(@"pregnan|breast[- ]?feed|lactat|nursing", RegexOptions.CultureInvariant)]
    private static partial Regex PregnancyPattern();

    [GeneratedRegex(@"consent|willing|able to comply|comply with|compliance|contracepti|childbearing|child-bearing|fertile|sexually active|life expectancy|swallow|understand|signed|geographic|follow-up|barrier method|sterile|postmenopausal|abstinen|birth control|sperm|enroll(?:ed|ment) in (?:another|other)|investigational (?:agent|drug|product)s?\b(?! for)", RegexOptions.CultureInvariant)]
    private static partial Regex AdministrativePattern();

    [GeneratedRegex(@"^(?:no|not|without|absence of|must not|may not|should not|cannot|has not|have not|never|free of|patients? (?:must|should) not|subjects? (?:must|should) not|(?:patients?|subjects?) (?:with|who have) no)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NegationStart();

    [GeneratedRegex(@"^(?:if|when|for patients?|for subjects?|in patients?|in subjects?|in case of)\b|^age\s*[^:]{0,30}:|^(?:patients?|subjects?|participants?) with (?:a )?(?:prior|previous|history of)\b|^(?:patients?|subjects?|participants?|those) (?:with|who|whose|that)\b[^.]{0,120}?\b(?:must|should|are required|need|will need|require)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionalPattern();
}
