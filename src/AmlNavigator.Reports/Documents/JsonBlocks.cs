using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AmlNavigator.Reports.Documents;

/// <summary>
/// Turns any part of the assessment JSON into report blocks, so fields added to the assessment later appear in the
/// report without a change here. Null is shown as "not determined", never as a value; citation keys become citations.
/// </summary>
internal sealed class JsonBlocks(DocumentBuilder builder)
{
    /// <summary>Properties whose values are categories, shown as badges.</summary>
    private static readonly HashSet<string> BadgeProperties = new(StringComparer.Ordinal)
    {
        "group", "category", "suitability", "fit", "relapseTiming", "status", "severity", "change", "approval",
    };

    public void Object(JsonElement obj, int level)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            builder.Paragraph([.. Value("", obj)]);
            return;
        }

        List<Definition> scalars = [];
        List<JsonProperty> nested = [];
        foreach (JsonProperty p in obj.EnumerateObject())
        {
            if (IsScalar(p.Value) || IsScalarArray(p.Value) && p.Name is not ("notes" or "basis"))
            {
                scalars.Add(new Definition(Humanize(p.Name), Value(p.Name, p.Value)));
            }
            else
            {
                nested.Add(p);
            }
        }

        if (scalars.Count > 0)
        {
            builder.Add(new Block.Definitions([.. scalars]));
        }

        foreach (JsonProperty p in nested)
        {
            Property(p.Name, p.Value, level);
        }
    }

    public void Property(string name, JsonElement value, int level)
    {
        switch (name)
        {
            case "basis" when value.ValueKind == JsonValueKind.Array:
                if (value.GetArrayLength() > 0)
                {
                    builder.Add(new Block.Details("Basis and sources", [Basis(value)]));
                }

                return;
            case "notes" when value.ValueKind == JsonValueKind.Array:
                if (value.GetArrayLength() > 0)
                {
                    builder.Add(new Block.BulletList([.. value.EnumerateArray().Select(v => Value("", v))]));
                }

                return;
            case "features" when value.ValueKind == JsonValueKind.Object:
                Features(value);
                return;
            default:
                break;
        }

        builder.Heading(level, Humanize(name));
        if (value.ValueKind == JsonValueKind.Array)
        {
            Array(value, level + 1);
        }
        else
        {
            Object(value, level + 1);
        }
    }

    public void Array(JsonElement array, int level)
    {
        if (array.GetArrayLength() == 0)
        {
            builder.Paragraph(new Inline.Text("None.", Muted: true));
            return;
        }

        JsonElement[] items = [.. array.EnumerateArray()];
        if (items.All(i => i.ValueKind == JsonValueKind.Object && i.EnumerateObject().All(p => IsScalar(p.Value) || IsScalarArray(p.Value))))
        {
            List<string> columns = [];
            foreach (JsonProperty p in items.SelectMany(i => i.EnumerateObject()))
            {
                if (!columns.Contains(p.Name))
                {
                    columns.Add(p.Name);
                }
            }

            builder.Add(new Block.Table([.. columns.Select(Humanize)],
                [.. items.Select(i => columns.Select(c => i.TryGetProperty(c, out JsonElement v) ? Value(c, v) : [new Inline.Text("—", Muted: true)]).ToImmutableArray())]));
            return;
        }

        if (items.All(i => IsScalar(i)))
        {
            builder.Add(new Block.BulletList([.. items.Select(i => Value("", i))]));
            return;
        }

        int n = 1;
        foreach (JsonElement item in items)
        {
            builder.Heading(level, ItemTitle(item, n++));
            Object(item, level + 1);
        }
    }

    /// <summary>A basis list: "finding — rule [citation]".</summary>
    public Block.BulletList Basis(JsonElement basis) =>
        new Block.BulletList([.. basis.EnumerateArray().Select(b =>
        {
            List<Inline> line = [];
            if (b.ValueKind != JsonValueKind.Object)
            {
                return Value("", b);
            }

            if (Str(b, "finding") is { } finding)
            {
                line.Add(new Inline.Text(finding));
            }

            if (Str(b, "rule") is { } rule)
            {
                line.Add(new Inline.Text((line.Count > 0 ? " — " : "") + rule, Muted: true));
            }

            foreach (JsonProperty p in b.EnumerateObject().Where(p => p.Name is not ("finding" or "rule")))
            {
                line.Add(new Inline.Text(" "));
                line.AddRange(Value(p.Name, p.Value));
            }

            return line.ToImmutableArray();
        })]);

    private void Features(JsonElement features)
    {
        List<string> present = [], unknown = [];
        foreach (JsonProperty p in features.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.True)
            {
                present.Add(p.Name);
            }
            else if (p.Value.ValueKind == JsonValueKind.Null)
            {
                unknown.Add(p.Name);
            }
        }

        builder.Add(new Block.Definitions([
            new Definition("Features present", [new Inline.Text(present.Count == 0 ? "none established" : string.Join(", ", present))]),
            new Definition("Features the karyotype cannot establish", [new Inline.Text(unknown.Count == 0 ? "none" : string.Join(", ", unknown), Muted: unknown.Count > 0)]),
        ]));
    }

    public ImmutableArray<Inline> Value(string property, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return [new Inline.Text("not determined", Muted: true)];
            case JsonValueKind.True:
                return [new Inline.Text("yes")];
            case JsonValueKind.False:
                return [new Inline.Text("no")];
            case JsonValueKind.Number:
                return [new Inline.Text(Number(value))];
            case JsonValueKind.String:
                string s = value.GetString()!;
                if (property is "citation" or "citations" or "source" || builder.IsCitation(s))
                {
                    return [new Inline.Cite(s)];
                }

                return BadgeProperties.Contains(property) ? [new Inline.Badge(s)] : [new Inline.Text(s)];
            case JsonValueKind.Array:
                if (value.GetArrayLength() == 0)
                {
                    return [new Inline.Text("none", Muted: true)];
                }

                List<Inline> parts = [];
                foreach (JsonElement item in value.EnumerateArray())
                {
                    if (parts.Count > 0 && !(item.ValueKind == JsonValueKind.String && builder.IsCitation(item.GetString()!)))
                    {
                        parts.Add(new Inline.Text(", "));
                    }

                    parts.AddRange(Value(property, item));
                }

                return [.. parts];
            default:
                return [new Inline.Text(Compact(value))];
        }
    }

    public static string Number(JsonElement value) =>
        value.TryGetInt64(out long l) ? l.ToString(CultureInfo.InvariantCulture) : value.GetDouble().ToString("0.###", CultureInfo.InvariantCulture);

    public static string? Str(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static bool IsScalar(JsonElement v) => v.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);

    private static bool IsScalarArray(JsonElement v) => v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(IsScalar);

    private static string ItemTitle(JsonElement item, int n) =>
        Str(item, "name") ?? Str(item, "title") ?? Str(item, "finding") ?? Str(item, "id") ?? $"Item {n}";

    private static string Compact(JsonElement v) => JsonSerializer.Serialize(v);

    /// <summary><c>firstRemissionMonths</c> → "First remission months"; known abbreviations kept.</summary>
    public static string Humanize(string name)
    {
        if (KnownNames.TryGetValue(name, out string? known))
        {
            return known;
        }

        StringBuilder sb = new();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                sb.Append(' ');
            }

            sb.Append(i == 0 ? char.ToUpperInvariant(c) : (char.IsUpper(c) && i + 1 < name.Length && char.IsLower(name[i + 1]) ? char.ToLowerInvariant(c) : c));
        }

        return sb.ToString().Replace('_', ' ');
    }

    private static readonly Dictionary<string, string> KnownNames = new(StringComparer.Ordinal)
    {
        ["eln2022"] = "ELN 2022",
        ["eln2017"] = "ELN 2017",
        ["eln2024LessIntensive"] = "ELN 2024 (less-intensive therapy)",
        ["epi"] = "European Prognostic Index (EPI)",
        ["hctCi"] = "HCT-CI",
        ["ecog"] = "ECOG",
        ["nctId"] = "NCT id",
        ["vaf"] = "VAF",
        ["qtcMs"] = "QTc (ms)",
        ["diseaseStatus"] = "Disease status",
        ["missingInformation"] = "Missing information",
        ["supportiveCare"] = "Supportive care",
    };
}
