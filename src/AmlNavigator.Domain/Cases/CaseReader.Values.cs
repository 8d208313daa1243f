using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmlNavigator.Domain.Cases;

// Typed value readers: each returns null (and records a located error) when the value cannot be used, so reading goes
// on and every problem is reported at once. JSON null is read as "absent" (unknown), never as a value.
internal sealed partial class CaseReader
{
    /// <summary>Accepts a property of a known name seen once, returning the interned name; records unknown and duplicate
    /// properties (and returns null). Names are matched on their UTF-8 bytes, so no string is made for a known name.</summary>
    private string? Accept(JsonProperty p, PropertySet known, ref ulong seen)
    {
        int index = known.IndexOf(p);
        if (index < 0)
        {
            string written = p.Name;
            string suggestion = Suggestions.DidYouMean(written, known.Names);
            string elsewhere = suggestion.Length == 0 && WhereElse(written) is { } other ? $" '{written}' belongs in {other}." : "";
            ErrorAt(_path.Child(written), CaseErrorCodes.PropertyUnknown,
                $"Unknown property '{written}' (a misspelt field is never dropped silently).{suggestion}{elsewhere} Expected one of: {string.Join(", ", known.Names)}.");
            return null;
        }

        string name = known.Names[index];
        ulong bit = 1UL << index;
        if ((seen & bit) != 0)
        {
            ErrorAt(_path.Child(name), CaseErrorCodes.PropertyDuplicate,
                $"Property '{name}' appears more than once in this object; expected it once (which value is meant cannot be told).");
            return null;
        }

        seen |= bit;
        return name;
    }

    private static string? WhereElse(string name)
    {
        (string[] Names, string Where)[] objects =
        [
            (PatientProperties, "patient"), (DiagnosisProperties, "diagnosis"), (GeneticsProperties, "diagnosis.genetics or relapse.genetics"),
            (VariantProperties, "genetics.variants[] items"), (TherapyProperties, "therapies[] items"), (ResponseProperties, "therapies[].response"),
            (TransplantProperties, "transplants[] items"), (DonorSearchProperties, "donorSearch"), (RelapseProperties, "relapse"),
            (LabsProperties, "labs"), (MedicationProperties, "medications[] items"), (PreferencesProperties, "preferences"),
            (LocationProperties, "location"), (CaseProperties, "the top level of the case"), (ContextProperties, "context"),
        ];
        foreach ((string[] names, string where) in objects)
        {
            if (System.Array.IndexOf(names, name) >= 0)
            {
                return where;
            }
        }

        return null;
    }

    private T? Object<T>(JsonElement v, Func<JsonElement, T?> read)
        where T : class
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                return read(v);
            default:
                Error(CaseErrorCodes.TypeMismatch, $"Expected an object; got {Describe(v)}.");
                return null;
        }
    }

    private ImmutableArray<T> Array<T>(JsonElement v, Func<JsonElement, T?> readItem)
        where T : class
    {
        if (!IsArray(v))
        {
            return [];
        }

        ImmutableArray<T>.Builder items = ImmutableArray.CreateBuilder<T>(v.GetArrayLength());
        int i = 0;
        foreach (JsonElement e in v.EnumerateArray())
        {
            _path.Push(i++);
            if (e.ValueKind == JsonValueKind.Null)
            {
                Error(CaseErrorCodes.TypeMismatch, "Expected a list item; got null (leave unknown items out of the list).");
            }
            else if (readItem(e) is { } item)
            {
                items.Add(item);
            }

            _path.Pop();
        }

        return items.Count == items.Capacity ? items.MoveToImmutable() : items.ToImmutable();
    }

    private ImmutableArray<T> ArrayOfValues<T>(JsonElement v, Func<JsonElement, T?> readItem)
        where T : struct
    {
        if (!IsArray(v))
        {
            return [];
        }

        ImmutableArray<T>.Builder items = ImmutableArray.CreateBuilder<T>(v.GetArrayLength());
        int i = 0;
        foreach (JsonElement e in v.EnumerateArray())
        {
            _path.Push(i++);
            if (e.ValueKind == JsonValueKind.Null)
            {
                Error(CaseErrorCodes.TypeMismatch, "Expected a list item; got null (leave unknown items out of the list).");
            }
            else if (readItem(e) is { } item)
            {
                items.Add(item);
            }

            _path.Pop();
        }

        return items.ToImmutable();
    }

    private bool IsArray(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Array:
                return true;
            case JsonValueKind.Null:
                return false;
            case JsonValueKind.String:
                Error(CaseErrorCodes.TypeMismatch, $"Expected an array; got the string \"{v.GetString()}\" (write [\"{v.GetString()}\"]).");
                return false;
            default:
                Error(CaseErrorCodes.TypeMismatch, $"Expected an array; got {Describe(v)}.");
                return false;
        }
    }

    /// <summary>Keeps the first of repeated strings, warning about each repeat (lists are short: a quadratic scan
    /// allocates nothing when there is no repeat).</summary>
    private ImmutableArray<string> Distinct(ImmutableArray<string> items)
    {
        bool repeated = false;
        for (int i = 1; i < items.Length && !repeated; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (string.Equals(items[i], items[j], StringComparison.Ordinal))
                {
                    repeated = true;
                    break;
                }
            }
        }

        if (!repeated)
        {
            return items;
        }

        List<string> kept = new(items.Length);
        foreach (string item in items)
        {
            if (kept.Contains(item, StringComparer.Ordinal))
            {
                Warn(CaseErrorCodes.DuplicateItem, $"'{item}' is listed more than once; kept once.");
            }
            else
            {
                kept.Add(item);
            }
        }

        return [.. kept];
    }

    private ImmutableArray<T> DistinctValues<T>(ImmutableArray<T> items)
        where T : struct, Enum
    {
        if (items.Length < 2)
        {
            return items;
        }

        List<T> kept = [];
        foreach (T item in items)
        {
            if (kept.Contains(item))
            {
                Warn(CaseErrorCodes.DuplicateItem, $"'{EnumNames<T>.Name(item)}' is listed more than once; kept once.");
            }
            else
            {
                kept.Add(item);
            }
        }

        return [.. kept];
    }

    private string? RequiredString(JsonElement v, string what)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            Error(CaseErrorCodes.RequiredMissing, $"Expected {what}; got null, and it is required.");
            return null;
        }

        return NonEmptyString(v, what);
    }

    private string? NonEmptyString(JsonElement v, string what)
    {
        if (v.ValueKind != JsonValueKind.String)
        {
            Error(CaseErrorCodes.TypeMismatch, $"Expected {what} (a string); got {Describe(v)}.");
            return null;
        }

        string text = v.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(CaseErrorCodes.StringEmpty, $"Expected {what}; got an empty string (leave the field out when unknown).");
            return null;
        }

        return text;
    }

    private string? OptionalString(JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            Error(CaseErrorCodes.TypeMismatch, $"Expected a string; got {Describe(v)}.");
            return null;
        }

        string text = v.GetString()!;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private bool? Bool(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Null:
                return null;
            default:
                string hint = v.ValueKind == JsonValueKind.String && v.GetString() is "true" or "false" or "yes" or "no"
                    ? " (write true or false without quotes)"
                    : "";
                Error(CaseErrorCodes.TypeMismatch, $"Expected true or false; got {Describe(v)}{hint}.");
                return null;
        }
    }

    /// <summary>A finite JSON number, or null (with a type error unless the value is JSON null).</summary>
    private double? RawNumber(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number when v.TryGetDouble(out double d) && double.IsFinite(d):
                return d;
            case JsonValueKind.Number:
                Error(CaseErrorCodes.OutOfRange, $"Expected a number of ordinary size; got {v.GetRawText()}.");
                return null;
            case JsonValueKind.String:
                string text = v.GetString()!;
                string hint = double.TryParse(text.Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? " (write the number without quotes or units)"
                    : "";
                Error(CaseErrorCodes.TypeMismatch, $"Expected a number; got the string \"{text}\"{hint}.");
                return null;
            default:
                Error(CaseErrorCodes.TypeMismatch, $"Expected a number; got {Describe(v)}.");
                return null;
        }
    }

    private double? InRange(double? value, double min, double max, string unit)
    {
        if (value is not { } d)
        {
            return null;
        }

        if (d < min || d > max)
        {
            Error(CaseErrorCodes.OutOfRange, $"Expected a value from {Format(min)} to {Format(max)} {unit}; got {Format(d)}.");
            return null;
        }

        return d;
    }

    private double? Number(JsonElement v, double min, double max, string unit) => InRange(RawNumber(v), min, max, unit);

    private int? Integer(JsonElement v, int min, int max, string unit)
    {
        double? value = RawNumber(v);
        if (value is not { } d)
        {
            return null;
        }

        if (Math.Floor(d) != d)
        {
            Error(CaseErrorCodes.NotInteger, $"Expected a whole number from {min} to {max} {unit}; got {Format(d)}.");
            return null;
        }

        return InRange(d, min, max, unit) is { } ok ? (int)ok : null;
    }

    private DateOnly? Date(JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            Error(CaseErrorCodes.TypeMismatch, $"Expected a date written \"yyyy-mm-dd\" (a string); got {Describe(v)}.");
            return null;
        }

        if (TryReadIsoDate(JsonMarshal.GetRawUtf8Value(v), out DateOnly fast) && fast.Year >= 1900)
        {
            return fast;
        }

        string text = v.GetString()!;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            string hint = DateOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out DateOnly guess)
                ? $" (ISO 8601 would be {guess:yyyy-MM-dd}, but this reader does not guess day/month order)"
                : "";
            Error(CaseErrorCodes.DateInvalid, $"Expected an ISO 8601 calendar date \"yyyy-mm-dd\"; got \"{text}\"{hint}.");
            return null;
        }

        if (date.Year < 1900)
        {
            Error(CaseErrorCodes.DateInvalid, $"Expected a date from 1900 on; got \"{text}\".");
            return null;
        }

        return date;
    }

    /// <summary>Reads <c>"yyyy-MM-dd"</c> (raw JSON, with its quotes) without making a string; false for anything else
    /// (escaped text, other formats, impossible dates), which then takes the slow path with its message.</summary>
    private static bool TryReadIsoDate(ReadOnlySpan<byte> raw, out DateOnly date)
    {
        date = default;
        if (raw.Length != 12 || raw[0] != '"' || raw[11] != '"' || raw[5] != '-' || raw[8] != '-')
        {
            return false;
        }

        int year = 0, month = 0, day = 0;
        for (int i = 1; i <= 10; i++)
        {
            if (i is 5 or 8)
            {
                continue;
            }

            int digit = raw[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            if (i < 5)
            {
                year = (year * 10) + digit;
            }
            else if (i < 8)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private T? Enum<T>(JsonElement v)
        where T : struct, Enum
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            Error(CaseErrorCodes.TypeMismatch, $"Expected one of {EnumNames<T>.List} (a string); got {Describe(v)}.");
            return null;
        }

        if (EnumNames<T>.TryMatch(v, out T value))
        {
            return value;
        }

        string text = v.GetString()!;

        Error(CaseErrorCodes.ValueNotAllowed,
            $"Expected one of {EnumNames<T>.List}; got '{text}'.{Suggestions.DidYouMean(text, EnumNames<T>.Names)}");
        return null;
    }

    private void Error(string code, string message) => Errors.Add(new InputError(_path.ToString(), code, message));

    private void ErrorAt(string path, string code, string message) => Errors.Add(new InputError(path, code, message));

    private void Warn(string code, string message) => Warnings.Add(new InputError(_path.ToString(), code, message));

    private static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{v.GetString()}\"",
        JsonValueKind.Number => $"the number {v.GetRawText()}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => v.ValueKind.ToString(),
    };
}

/// <summary>The contract strings of an enum, read from its <see cref="JsonStringEnumMemberNameAttribute"/>s (the same
/// names the writer uses), so reader and writer cannot disagree.</summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly (string Name, T Value)[] Pairs =
    [
        .. typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name, (T)f.GetValue(null)!)),
    ];

    private static readonly byte[][] Utf8Names = [.. Pairs.Select(p => System.Text.Encoding.UTF8.GetBytes(p.Name))];

    public static IReadOnlyList<string> Names { get; } = [.. Pairs.Select(p => p.Name)];

    /// <summary>Matches a JSON string against the names on its UTF-8 bytes (no string is made).</summary>
    public static bool TryMatch(JsonElement v, out T value)
    {
        for (int i = 0; i < Utf8Names.Length; i++)
        {
            if (v.ValueEquals(Utf8Names[i]))
            {
                value = Pairs[i].Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string List { get; } = string.Join(", ", Pairs.Select(p => p.Name));

    public static bool TryParse(string text, out T value)
    {
        foreach ((string name, T v) in Pairs)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Name(T value)
    {
        foreach ((string name, T v) in Pairs)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return name;
            }
        }

        return value.ToString();
    }
}

/// <summary>The property names of one object of the case format, with their UTF-8 bytes for allocation-free matching.</summary>
internal sealed class PropertySet
{
    private readonly byte[][] _utf8;

    public PropertySet(string[] names)
    {
        Names = names;
        _utf8 = [.. names.Select(n => System.Text.Encoding.UTF8.GetBytes(n))];
    }

    public string[] Names { get; }

    public int IndexOf(JsonProperty property)
    {
        for (int i = 0; i < _utf8.Length; i++)
        {
            if (property.NameEquals(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
