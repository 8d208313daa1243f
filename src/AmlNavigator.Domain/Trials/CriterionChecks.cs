using System.Collections.Frozen;
using System.Globalization;

using AmlNavigator.Domain.Cases;

namespace AmlNavigator.Domain.Trials;

/// <summary>Comparison read from criterion text ("≤ 2", "at least 18").</summary>
public enum Comparison
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// <summary>Case quantities a numeric criterion can compare (units of CONTRACT §2).</summary>
public enum Quantity
{
    Ecog,
    BilirubinUln,
    AstUln,
    AltUln,
    CreatinineClearance,
    /// <summary>Serum creatinine (mg/dL or × ULN): not in the case file, always unknown.</summary>
    SerumCreatinine,
    /// <summary>Bilirubin in mg/dL: not in the case file (it stores × ULN), always unknown.</summary>
    BilirubinMass,
    Wbc,
    QtcMs,
    Lvef,
    MarrowBlastPercent,
    BloodBlastPercent,
}

/// <summary>Flags about the patient a criterion can state.</summary>
public enum CaseFlag
{
    Aml,
    OtherDiseaseOnly,
    RelapsedOrRefractory,
    NewlyDiagnosed,
    PriorAmlTherapy,
    InRemission,
    Apl,
    SecondaryOrTherapyRelated,
    PriorAllogeneicTransplant,
    PriorAutologousTransplant,
    ActiveGvhd,
    CnsDisease,
    StrongCyp3aInhibitor,
    StrongCyp3aInducer,
}

/// <summary>
/// One machine-checkable statement read from a criterion (closed set of shapes). Compiled once per trial (index time);
/// evaluation is arithmetic over <see cref="TrialCaseFacts"/>, no text processing.
/// </summary>
public abstract record CriterionCheck
{
    private protected CriterionCheck()
    {
    }

    public abstract Finding Evaluate(TrialCaseFacts facts);

    /// <summary>Short description for docs and tests ("ECOG ≤ 2").</summary>
    public abstract string Describe();

    internal static bool Compare(double value, Comparison op, double limit) => op switch
    {
        Comparison.Less => value < limit,
        Comparison.LessOrEqual => value <= limit,
        Comparison.Greater => value > limit,
        _ => value >= limit,
    };

    internal static string Symbol(Comparison op) => op switch
    {
        Comparison.Less => "<",
        Comparison.LessOrEqual => "≤",
        Comparison.Greater => ">",
        _ => "≥",
    };

    internal static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>The negation of a statement ("non-APL", "FLT3 wild-type", "other than …").</summary>
public sealed record NotCheck(CriterionCheck Inner) : CriterionCheck
{
    public override Finding Evaluate(TrialCaseFacts facts)
    {
        Finding f = Inner.Evaluate(facts);
        return f.Truth switch
        {
            Truth.True => Finding.No(f.Fact),
            Truth.False => Finding.Yes(f.Fact),
            _ => f,
        };
    }

    public override string Describe() => $"not ({Inner.Describe()})";
}

/// <summary>Patient age compared with a limit in years.</summary>
public sealed record AgeCheck(Comparison Op, double Years) : CriterionCheck
{
    public override Finding Evaluate(TrialCaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        string req = $"age {Symbol(Op)} {Num(Years)}";
        bool? low = facts.AgeLow is { } l ? Compare(l, Op, Years) : null;
        bool? high = facts.AgeHigh is { } h ? Compare(h, Op, Years) : null;
        // The age is known to lie in [low, high]; the statement holds when it holds at both ends.
        if (low == true && high == true)
        {
            return Finding.Yes($"{facts.AgeFact} ({req})");
        }

        if (low == false && high == false)
        {
            return Finding.No($"{facts.AgeFact} ({req})");
        }

        // Only a lower bound known: enough to decide minimum ages, and to fail maximum ages.
        if (high is null && low is { } lo)
        {
            bool minimum = Op is Comparison.Greater or Comparison.GreaterOrEqual;
            if (minimum && lo)
            {
                return Finding.Yes($"{facts.AgeFact} ({req})");
            }

            if (!minimum && !lo)
            {
                return Finding.No($"{facts.AgeFact} ({req})");
            }
        }

        return Finding.Missing($"{facts.AgeFact}: cannot tell {req}");
    }

    public override string Describe() => $"age {Symbol(Op)} {Num(Years)}";
}

/// <summary>A numeric case value compared with a limit.</summary>
public sealed record QuantityCheck(Quantity Quantity, Comparison Op, double Limit) : CriterionCheck
{
    public override Finding Evaluate(TrialCaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        (double? value, string name, string unit) = Read(facts);
        string req = $"{name} {Symbol(Op)} {Num(Limit)}{unit}";
        if (Quantity is Quantity.SerumCreatinine or Quantity.BilirubinMass)
        {
            return Finding.Missing($"{name} in these units is not in the case file ({req})");
        }

        return value is { } v
            ? new Finding(Compare(v, Op, Limit) ? Truth.True : Truth.False, $"{name} {Num(v)}{unit} ({req})")
            : Finding.Missing($"{name} not recorded ({req})");
    }

    private (double?, string, string) Read(TrialCaseFacts f) => Quantity switch
    {
        Quantity.Ecog => (f.Case.Patient?.Ecog, "ECOG", ""),
        Quantity.BilirubinUln => (f.Case.Labs?.BilirubinUln, "bilirubin", "× ULN"),
        Quantity.AstUln => (f.Case.Labs?.AstUln, "AST", "× ULN"),
        Quantity.AltUln => (f.Case.Labs?.AltUln, "ALT", "× ULN"),
        Quantity.CreatinineClearance => (f.Case.Labs?.CreatinineClearance, "creatinine clearance", " mL/min"),
        Quantity.SerumCreatinine => (null, "serum creatinine", ""),
        Quantity.BilirubinMass => (null, "bilirubin (mg/dL)", ""),
        Quantity.Wbc => (f.Case.Labs?.Wbc, "WBC", " ×10⁹/L"),
        Quantity.QtcMs => (f.Case.Labs?.QtcMs, "QTc", " ms"),
        Quantity.Lvef => (f.Case.Labs?.Lvef, "LVEF", "%"),
        Quantity.MarrowBlastPercent => (f.Case.Relapse?.MarrowBlastPercent, "marrow blasts", "%"),
        _ => (f.Case.Relapse?.BloodBlastPercent, "blood blasts", "%"),
    };

    public override string Describe() => $"{Quantity} {Symbol(Op)} {Num(Limit)}";
}

/// <summary>A yes/no fact about the patient.</summary>
public sealed record FlagCheck(CaseFlag Flag) : CriterionCheck
{
    public override Finding Evaluate(TrialCaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Flag switch
        {
            CaseFlag.Aml => Finding.Yes("AML (the case file describes AML)"),
            CaseFlag.OtherDiseaseOnly => Finding.No("the patient has AML, not this disease"),
            CaseFlag.RelapsedOrRefractory => facts.RelapsedOrRefractory(),
            CaseFlag.NewlyDiagnosed => facts.NewlyDiagnosed(),
            CaseFlag.PriorAmlTherapy => Flip(facts.NewlyDiagnosed(), "prior AML therapy"),
            CaseFlag.InRemission => facts.InRemission(),
            CaseFlag.Apl => facts.Apl(),
            CaseFlag.SecondaryOrTherapyRelated => facts.SecondaryOrTherapyRelated(),
            CaseFlag.PriorAllogeneicTransplant => facts.PriorTransplant(TransplantType.Allogeneic),
            CaseFlag.PriorAutologousTransplant => facts.PriorTransplant(TransplantType.Autologous),
            CaseFlag.ActiveGvhd => facts.ActiveGvhd(),
            CaseFlag.CnsDisease => facts.CnsDisease(),
            CaseFlag.StrongCyp3aInhibitor => facts.TakesAny("strong CYP3A inhibitor", inhibitors: true),
            _ => facts.TakesAny("strong CYP3A inducer", inhibitors: false),
        };
    }

    private static Finding Flip(Finding f, string _) => f.Truth switch
    {
        Truth.True => Finding.No(f.Fact),
        Truth.False => Finding.Yes(f.Fact),
        _ => f,
    };

    public override string Describe() => Flag.ToString();
}

/// <summary>A gene mutation (or lesion: KMT2A rearrangement, CD33 expression), optionally of one type (ITD, TKD).</summary>
public sealed record MutationCheck(string Gene, string? Type) : CriterionCheck
{
    public override Finding Evaluate(TrialCaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Mutation(Gene, Type);
    }

    public override string Describe() => Type is null ? $"{Gene} mutated" : $"{Gene}-{Type}";
}

/// <summary>Any of several mutations (e.g. "IDH1 or IDH2").</summary>
public sealed record AnyCheck(CriterionCheck[] Options) : CriterionCheck
{
    public override Finding Evaluate(TrialCaseFacts facts)
    {
        Finding[] all = [.. Options.Select(o => o.Evaluate(facts))];
        string fact = string.Join("; ", all.Select(a => a.Fact));
        if (all.Any(a => a.Truth == Truth.True))
        {
            return Finding.Yes(all.First(a => a.Truth == Truth.True).Fact);
        }

        return all.All(a => a.Truth is Truth.False or Truth.NotApplicable) ? Finding.No(fact) : Finding.Missing(fact);
    }

    public override string Describe() => string.Join(" or ", Options.Select(o => o.Describe()));

    public bool Equals(AnyCheck? other) => other is not null && Options.SequenceEqual(other.Options);

    public override int GetHashCode() => Options.Length;
}

/// <summary>Prior exposure to a drug or drug class.</summary>
public sealed record PriorAgentCheck(string Label, FrozenSet<string> Agents) : CriterionCheck
{
    public override Finding Evaluate(TrialCaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.ReceivedAny(Label, Agents);
    }

    public override string Describe() => $"prior {Label}";

    public bool Equals(PriorAgentCheck? other) => other is not null && Label == other.Label;

    public override int GetHashCode() => Label.GetHashCode(StringComparison.Ordinal);
}

/// <summary>Number of prior lines of therapy compared with a limit.</summary>
public sealed record PriorLinesCheck(Comparison Op, int Lines) : CriterionCheck
{
    public override Finding Evaluate(TrialCaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.PriorLines(n => Compare(n, Op, Lines), $"prior lines {Symbol(Op)} {Lines}");
    }

    public override string Describe() => $"prior lines {Symbol(Op)} {Lines}";
}

/// <summary>Days since the last transplant compared with a limit; without a transplant the statement does not apply.</summary>
public sealed record DaysSinceTransplantCheck(Comparison Op, double Days) : CriterionCheck
{
    public override Finding Evaluate(TrialCaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.DaysSinceTransplant(d => Compare(d, Op, Days), $"days since transplant {Symbol(Op)} {Num(Days)}");
    }

    public override string Describe() => $"days since transplant {Symbol(Op)} {Num(Days)}";
}

/// <summary>Registered sex restriction (pregnancy criteria use it to settle "not applicable" for men).</summary>
public sealed record SexCheck(Sex Sex) : CriterionCheck
{
    public override Finding Evaluate(TrialCaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.SexIs(Sex);
    }

    public override string Describe() => $"sex {Sex}";
}

/// <summary>Number of prior transplants (any type) compared with a limit.</summary>
public sealed record TransplantCountCheck(Comparison Op, int Count) : CriterionCheck
{
    public override Finding Evaluate(TrialCaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        int n = facts.Case.Transplants.Length;
        return new Finding(Compare(n, Op, Count) ? Truth.True : Truth.False, $"{n} transplant(s) recorded (transplants {Symbol(Op)} {Count})");
    }

    public override string Describe() => $"transplants {Symbol(Op)} {Count}";
}
