using System.Text;

namespace AmlNavigator.Domain.Cytogenetics;

/// <summary>
/// Writes the model as canonical ISCN: no spaces, lower-case symbols, <c>;</c> separators, <c>~</c> ranges, <c>x</c>
/// multipliers, clones joined by <c>/</c> (<c>//</c> before donor cells), the <c>ish</c> part appended after <c>.</c>.
/// </summary>
/// <remarks>Property: for every karyotype k the parser accepts, <c>Parse(Format(k))</c> formats to the same text and has
/// the same clones and abnormalities (tests/AmlNavigator.Domain.Tests/Cytogenetics/RoundTripTests.cs).</remarks>
public static class KaryotypeFormatter
{
    // One reusable builder per thread: formatting runs for every abnormality of every result (hot path).
    [ThreadStatic]
    private static StringBuilder? _cached;

    private static StringBuilder Rent()
    {
        StringBuilder sb = _cached ?? new StringBuilder(128);
        _cached = null;
        sb.Clear();
        return sb;
    }

    private static string Return(StringBuilder sb)
    {
        string text = sb.ToString();
        if (sb.Capacity <= 1024)
        {
            _cached = sb;
        }

        return text;
    }

    public static string Format(Karyotype karyotype)
    {
        ArgumentNullException.ThrowIfNull(karyotype);
        StringBuilder sb = Rent();
        for (int i = 0; i < karyotype.Clones.Length; i++)
        {
            KaryotypeClone clone = karyotype.Clones[i];
            if (i > 0)
            {
                sb.Append(clone.Donor && !karyotype.Clones[i - 1].Donor ? "//" : "/");
            }

            Append(sb, clone);
        }

        if (karyotype.Fish is { } fish)
        {
            if (sb.Length > 0)
            {
                sb.Append(fish.StartsWith("nuc", StringComparison.OrdinalIgnoreCase) ? " " : ".");
            }

            sb.Append(fish);
        }

        return Return(sb);
    }

    public static string Format(KaryotypeClone clone)
    {
        ArgumentNullException.ThrowIfNull(clone);
        StringBuilder sb = Rent();
        Append(sb, clone);
        return Return(sb);
    }

    public static string Format(Abnormality abnormality)
    {
        ArgumentNullException.ThrowIfNull(abnormality);
        StringBuilder sb = Rent();
        Append(sb, abnormality);
        return Return(sb);
    }

    private static void Append(StringBuilder sb, KaryotypeClone clone)
    {
        sb.Append(clone.Count?.Text ?? "?");
        if (clone.Sex is { } sex)
        {
            sb.Append(',').Append(sex);
        }

        if (clone.Reference != CloneReferenceKind.None)
        {
            sb.Append(',').Append(clone.Reference switch
            {
                CloneReferenceKind.Idem => "idem",
                CloneReferenceKind.Stemline => "sl",
                _ => "sdl",
            });
            if (clone.ReferenceNumber is { } n)
            {
                sb.Append(n);
            }

            if (clone.ReferenceMultiplier is { } m)
            {
                sb.Append('x').Append(m);
            }
        }

        foreach (Abnormality a in clone.Written)
        {
            sb.Append(',');
            Append(sb, a);
        }

        if (clone.Incomplete)
        {
            sb.Append(",inc");
        }

        if (clone.Cells is not null || clone.Composite)
        {
            sb.Append('[');
            if (clone.Composite)
            {
                sb.Append("cp");
            }

            sb.Append(clone.Cells);
            sb.Append(']');
        }
    }

    private static void Append(StringBuilder sb, Abnormality a)
    {
        if (a.Kind == AbnormalityKind.Unreadable)
        {
            sb.Append(a.Text);
            return;
        }

        bool structuralSymbol = a.Symbol.Length > 0 && a.Kind is not (AbnormalityKind.Marker or AbnormalityKind.DoubleMinute);
        if (a.Uncertain && structuralSymbol && a.Sign == CopySign.None)
        {
            sb.Append('?');
        }

        if (a.Sign != CopySign.None)
        {
            sb.Append(a.Sign == CopySign.Plus ? '+' : '-');
        }

        if (a.Uncertain && !(structuralSymbol && a.Sign == CopySign.None))
        {
            sb.Append('?');
        }

        switch (a.Kind)
        {
            case AbnormalityKind.Gain or AbnormalityKind.Loss:
                sb.Append(a.Chromosomes.IsEmpty ? "?" : a.Chromosomes[0]);
                break;
            case AbnormalityKind.Heteromorphism:
                sb.Append(a.Text);
                break;
            case AbnormalityKind.Marker or AbnormalityKind.DoubleMinute:
                sb.Append(a.Count).Append(a.Symbol).Append(a.Index);
                break;
            default:
                AppendStructural(sb, a);
                break;
        }

        if (a.Multiplier is { } m)
        {
            sb.Append('x').Append(m);
        }

        if (a.Constitutional)
        {
            sb.Append('c');
        }

        foreach (Abnormality alternative in a.Alternatives)
        {
            sb.Append(" or ");
            Append(sb, alternative);
        }
    }

    private static void AppendStructural(StringBuilder sb, Abnormality a)
    {
        sb.Append(a.Symbol);
        if (a.Chromosomes.IsEmpty)
        {
            return; // bare hsr
        }

        sb.Append('(');
        AppendJoined(sb, a.Chromosomes);
        if (a.ArmForm)
        {
            sb.Append(a.Breakpoints[0]);
        }

        sb.Append(')');
        if (!a.ArmForm && a.Breakpoints.Length > 0)
        {
            sb.Append('(');
            AppendJoined(sb, a.Breakpoints);
            sb.Append(')');
        }

        if (a.Detailed is { } detailed)
        {
            sb.Append('(').Append(detailed).Append(')');
        }

        foreach (Abnormality component in a.Components)
        {
            if (component.Uncertain)
            {
                sb.Append('?');
            }

            AppendStructural(sb, component);
        }
    }

    private static void AppendJoined(StringBuilder sb, System.Collections.Immutable.ImmutableArray<string> items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(';');
            }

            sb.Append(items[i]);
        }
    }
}
