using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

using AmlNavigator.Domain.Trials;

namespace AmlNavigator.ClinicalTrialsGov;

/// <summary>One record read from ClinicalTrials.gov input: the trial (null when the record was rejected) and its diagnostics.</summary>
public sealed record CtGovRecord(Trial? Trial, ImmutableArray<CtGovDiagnostic> Diagnostics);

/// <summary>
/// Reads ClinicalTrials.gov API v2 study records (anti-corruption layer: API v2 JSON → domain <see cref="Trial"/>).
/// Accepted inputs: one study object, a saved API page <c>{"studies":[…],"nextPageToken":…}</c>, a JSON array of
/// studies, NDJSON (one study per line), or a folder of such files (read in ordinal name order). Streaming: records
/// are yielded one at a time; NDJSON is read line by line.
/// </summary>
/// <remarks>
/// Never throws on data: invalid JSON, a record without a valid <c>nctId</c> or without <c>protocolSection</c> yields a
/// record with a located error and no trial; a field of the wrong type yields a warning and is treated as absent.
/// Fields kept: identification, status, phases, conditions, interventions, eligibility (criteria text, ages, sex),
/// locations with geo points, central contacts, last update and start dates.
/// </remarks>
public static partial class CtGovReader
{
    public const string ApiVersion = "v2";

    /// <summary>Reads a file or every <c>*.json</c>/<c>*.ndjson</c>/<c>*.jsonl</c> file of a folder.</summary>
    public static IEnumerable<CtGovRecord> ReadPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            string[] files = [.. Directory.EnumerateFiles(path)
                .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                    || f.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
                    || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)];
            return files.SelectMany(f => ReadFile(f, Path.GetFileName(f)));
        }

        return ReadFile(path, Path.GetFileName(path));
    }

    /// <summary>Reads one file; NDJSON (by extension, or when more than one JSON value follows) is streamed.</summary>
    public static IEnumerable<CtGovRecord> ReadFile(string file, string source)
    {
        ArgumentNullException.ThrowIfNull(file);
        bool ndjson = file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
        if (ndjson)
        {
            return ReadLines(File.ReadLines(file, Encoding.UTF8), source);
        }

        return ReadText(File.ReadAllText(file, Encoding.UTF8), source);
    }

    /// <summary>Reads NDJSON lines: each non-blank line is one study (or one saved page); a bad line is reported and skipped.</summary>
    public static IEnumerable<CtGovRecord> ReadLines(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        int number = 0;
        foreach (string line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            foreach (CtGovRecord record in ReadDocument(line, source, number))
            {
                yield return record;
            }
        }
    }

    /// <summary>Reads a whole JSON text: a study, a page, an array, or NDJSON when several values follow one another.</summary>
    public static IEnumerable<CtGovRecord> ReadText(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (LooksLikeNdjson(json))
        {
            return ReadLines(json.Split('\n'), source);
        }

        return ReadDocument(json, source, line: null);
    }

    // Several top-level values → NDJSON. Detected by reading the first value and looking past it.
    private static bool LooksLikeNdjson(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        Utf8JsonReader reader = new(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            reader.Skip();
            return reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static List<CtGovRecord> ReadDocument(string json, string source, int? line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            int? at = line ?? (ex.LineNumber is { } l ? (int)l + 1 : null);
            string column = ex.BytePositionInLine is { } b ? $" (byte {b + 1} of the line)" : "";
            return [Rejected(source, at, "", "ctgov-invalid-json", $"invalid JSON{column}: {FirstSentence(ex.Message)}")];
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            List<CtGovRecord> records = [];
            switch (root.ValueKind)
            {
                case JsonValueKind.Object when root.TryGetProperty("studies", out JsonElement studies):
                    if (studies.ValueKind != JsonValueKind.Array)
                    {
                        records.Add(Rejected(source, line, "/studies", "ctgov-expected-array", "expected an array of studies"));
                        break;
                    }

                    int i = 0;
                    foreach (JsonElement study in studies.EnumerateArray())
                    {
                        records.Add(ReadStudy(study, source, line, $"/studies/{i++}"));
                    }

                    break;
                case JsonValueKind.Object:
                    records.Add(ReadStudy(root, source, line, ""));
                    break;
                case JsonValueKind.Array:
                    int j = 0;
                    foreach (JsonElement study in root.EnumerateArray())
                    {
                        records.Add(ReadStudy(study, source, line, $"/{j++}"));
                    }

                    break;
                default:
                    records.Add(Rejected(source, line, "", "ctgov-expected-object",
                        "expected a study object, an API page {\"studies\":[…]} or an array of studies"));
                    break;
            }

            return records;
        }
    }

    /// <summary>Maps one API v2 study object to a <see cref="Trial"/>; <paramref name="at"/> is its JSON path.</summary>
    public static CtGovRecord ReadStudy(JsonElement study, string source, int? line, string at)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(at);
        Fields f = new(source, line);
        if (study.ValueKind != JsonValueKind.Object)
        {
            return Rejected(source, line, at, "ctgov-expected-object", $"expected a study object, found {Describe(study.ValueKind)}");
        }

        if (!study.TryGetProperty("protocolSection", out JsonElement protocol) || protocol.ValueKind != JsonValueKind.Object)
        {
            return Rejected(source, line, at + "/protocolSection", "ctgov-missing-protocol",
                "expected the API v2 object protocolSection (is this a study record?)");
        }

        string p = at + "/protocolSection";
        JsonElement? identification = f.Object(protocol, "identificationModule", p);
        string? nctId = identification is { } idm ? f.String(idm, "nctId", p + "/identificationModule") : null;
        if (nctId is null || !NctIdPattern().IsMatch(nctId))
        {
            f.Error(p + "/identificationModule/nctId", "ctgov-missing-nct-id",
                nctId is null ? "expected the trial's NCT number" : $"expected an NCT number like NCT01234567, found '{nctId}'");
            return new CtGovRecord(null, f.Diagnostics.ToImmutable());
        }

        string idPath = p + "/identificationModule";
        string title = f.String(identification!.Value, "briefTitle", idPath)
            ?? f.String(identification.Value, "officialTitle", idPath)
            ?? nctId;

        JsonElement? status = f.Object(protocol, "statusModule", p);
        string sp = p + "/statusModule";
        JsonElement? conditions = f.Object(protocol, "conditionsModule", p);
        JsonElement? design = f.Object(protocol, "designModule", p);
        JsonElement? arms = f.Object(protocol, "armsInterventionsModule", p);
        JsonElement? eligibility = f.Object(protocol, "eligibilityModule", p);
        string ep = p + "/eligibilityModule";
        JsonElement? contacts = f.Object(protocol, "contactsLocationsModule", p);
        string cp = p + "/contactsLocationsModule";

        Trial trial = new()
        {
            NctId = nctId,
            Title = title,
            OverallStatus = status is { } s ? f.String(s, "overallStatus", sp) ?? "UNKNOWN" : "UNKNOWN",
            Phases = design is { } d ? f.Strings(d, "phases", p + "/designModule") : [],
            Conditions = conditions is { } c ? f.Strings(c, "conditions", p + "/conditionsModule") : [],
            Interventions = arms is { } a ? f.Interventions(a, p + "/armsInterventionsModule") : [],
            EligibilityCriteria = eligibility is { } e ? f.String(e, "eligibilityCriteria", ep) : null,
            MinimumAgeYears = eligibility is { } e1 ? f.Age(e1, "minimumAge", ep) : null,
            MaximumAgeYears = eligibility is { } e2 ? f.Age(e2, "maximumAge", ep) : null,
            Sex = eligibility is { } e3 ? f.String(e3, "sex", ep)?.ToUpperInvariant() : null,
            Sites = contacts is { } cl ? f.Sites(cl, cp) : [],
            Contacts = contacts is { } cc ? f.Contacts(cc, cp) : [],
            LastUpdate = status is { } s1 ? f.DateStruct(s1, "lastUpdatePostDateStruct", sp) : null,
            StartDate = status is { } s2 ? f.DateStruct(s2, "startDateStruct", sp) : null,
        };

        if (trial.EligibilityCriteria is null)
        {
            f.Warn(ep + "/eligibilityCriteria", "ctgov-no-criteria", "no eligibility criteria text: every criterion will be unknown");
        }

        return new CtGovRecord(trial, f.Diagnostics.ToImmutable());
    }

    private static CtGovRecord Rejected(string source, int? line, string path, string code, string message) =>
        new(null, [new CtGovDiagnostic(CtGovSeverity.Error, source, line, path.Length == 0 ? "/" : path, code, message)]);

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    [GeneratedRegex(@"^NCT\d{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex NctIdPattern();

    /// <summary>Typed field access that records a located warning for each field of the wrong type.</summary>
    private sealed class Fields(string source, int? line)
    {
        public ImmutableArray<CtGovDiagnostic>.Builder Diagnostics { get; } = ImmutableArray.CreateBuilder<CtGovDiagnostic>();

        public void Error(string path, string code, string message) =>
            Diagnostics.Add(new CtGovDiagnostic(CtGovSeverity.Error, source, line, path, code, message));

        public void Warn(string path, string code, string message) =>
            Diagnostics.Add(new CtGovDiagnostic(CtGovSeverity.Warning, source, line, path, code, message));

        private bool Get(JsonElement parent, string name, string at, JsonValueKind expected, out JsonElement value)
        {
            if (!parent.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
            {
                return false;
            }

            if (value.ValueKind == expected)
            {
                return true;
            }

            Warn($"{at}/{name}", "ctgov-wrong-type", $"expected {Describe(expected)}, found {Describe(value.ValueKind)}; field ignored");
            return false;
        }

        public JsonElement? Object(JsonElement parent, string name, string at) =>
            Get(parent, name, at, JsonValueKind.Object, out JsonElement v) ? v : null;

        public string? String(JsonElement parent, string name, string at) =>
            Get(parent, name, at, JsonValueKind.String, out JsonElement v) && v.GetString() is { Length: > 0 } s ? s : null;

        public double? Number(JsonElement parent, string name, string at) =>
            Get(parent, name, at, JsonValueKind.Number, out JsonElement v) && v.TryGetDouble(out double d) ? d : null;

        public ImmutableArray<string> Strings(JsonElement parent, string name, string at)
        {
            if (!Get(parent, name, at, JsonValueKind.Array, out JsonElement array))
            {
                return [];
            }

            var builder = ImmutableArray.CreateBuilder<string>();
            int i = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s)
                {
                    builder.Add(s);
                }
                else
                {
                    Warn($"{at}/{name}/{i}", "ctgov-wrong-type", $"expected a string, found {Describe(item.ValueKind)}; item ignored");
                }

                i++;
            }

            return builder.ToImmutable();
        }

        private IEnumerable<(JsonElement Item, string Path)> Objects(JsonElement parent, string name, string at)
        {
            if (!Get(parent, name, at, JsonValueKind.Array, out JsonElement array))
            {
                yield break;
            }

            int i = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string path = $"{at}/{name}/{i++}";
                if (item.ValueKind == JsonValueKind.Object)
                {
                    yield return (item, path);
                }
                else
                {
                    Warn(path, "ctgov-wrong-type", $"expected an object, found {Describe(item.ValueKind)}; item ignored");
                }
            }
        }

        public ImmutableArray<string> Interventions(JsonElement arms, string at) =>
            [.. Objects(arms, "interventions", at).Select(o => String(o.Item, "name", o.Path)).OfType<string>()];

        public ImmutableArray<TrialSite> Sites(JsonElement module, string at) =>
            [.. Objects(module, "locations", at).Select(o =>
            {
                JsonElement? geo = Object(o.Item, "geoPoint", o.Path);
                double? lat = geo is { } g ? Number(g, "lat", o.Path + "/geoPoint") : null;
                double? lon = geo is { } g2 ? Number(g2, "lon", o.Path + "/geoPoint") : null;
                if (lat is < -90 or > 90 || lon is < -180 or > 180)
                {
                    Warn(o.Path + "/geoPoint", "ctgov-bad-geo", $"latitude/longitude out of range ({lat}, {lon}); ignored");
                    (lat, lon) = (null, null);
                }

                return new TrialSite(
                    String(o.Item, "facility", o.Path) ?? String(o.Item, "city", o.Path) ?? "(unnamed site)",
                    String(o.Item, "city", o.Path),
                    String(o.Item, "state", o.Path),
                    String(o.Item, "country", o.Path),
                    String(o.Item, "zip", o.Path),
                    String(o.Item, "status", o.Path),
                    lat,
                    lon);
            })];

        public ImmutableArray<TrialContact> Contacts(JsonElement module, string at) =>
            [.. Objects(module, "centralContacts", at)
                .Select(o => new TrialContact(String(o.Item, "name", o.Path) ?? "(unnamed contact)",
                    String(o.Item, "phone", o.Path), String(o.Item, "email", o.Path)))];

        // API v2 ages: "18 Years", "6 Months", "4 Weeks", "N/A".
        public double? Age(JsonElement parent, string name, string at)
        {
            if (String(parent, name, at) is not { } text)
            {
                return null;
            }

            string[] parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double n))
            {
                double? years = parts[1].ToUpperInvariant() switch
                {
                    "YEAR" or "YEARS" => n,
                    "MONTH" or "MONTHS" => n / 12,
                    "WEEK" or "WEEKS" => n / 52.1775,
                    "DAY" or "DAYS" => n / 365.25,
                    "HOUR" or "HOURS" or "MINUTE" or "MINUTES" => 0,
                    _ => null,
                };
                if (years is { } y)
                {
                    return Math.Round(y, 4);
                }
            }

            if (!text.Equals("N/A", StringComparison.OrdinalIgnoreCase))
            {
                Warn($"{at}/{name}", "ctgov-bad-age", $"expected an age like '18 Years', found '{text}'; ignored");
            }

            return null;
        }

        // API v2 partial dates: "2024", "2024-05", "2024-05-17".
        public DateOnly? DateStruct(JsonElement parent, string name, string at)
        {
            if (Object(parent, name, at) is not { } ds || String(ds, "date", $"{at}/{name}") is not { } text)
            {
                return null;
            }

            string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
            if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                return date;
            }

            Warn($"{at}/{name}/date", "ctgov-bad-date", $"expected a date like 2024-05-17, found '{text}'; ignored");
            return null;
        }
    }
}
