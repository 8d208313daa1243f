using System.Text.Json.Nodes;

namespace AmlNavigator.Domain.Tests.Cases;

/// <summary>A valid case (CONTRACT §2 example) and JSON Pointer edits of it, for table-driven reader tests.</summary>
internal static class CaseMutations
{
    public const string ValidCase = """
        {
          "id": "demo-flt3-late-relapse",
          "context": { "jurisdiction": "US" },
          "patient": { "ageAtDiagnosis": 58, "sex": "female", "ecog": 1, "weightKg": 72, "heightCm": 168,
                       "comorbidities": ["diabetes"], "hctCi": 1 },
          "diagnosis": {
            "date": "2023-02-01", "amlType": "de-novo",
            "genetics": {
              "karyotype": "46,XX[20]",
              "variants": [ { "gene": "NPM1", "notation": "c.860_863dup", "vaf": 0.42 },
                            { "gene": "FLT3", "type": "ITD", "allelicRatio": 0.7 } ],
              "fusions": [],
              "testedGenes": ["FLT3", "NPM1", "IDH1", "IDH2", "TP53", "CEBPA", "RUNX1", "ASXL1", "KIT"]
            }
          },
          "therapies": [
            { "regimen": "7+3 + midostaurin", "agents": ["cytarabine", "daunorubicin", "midostaurin"],
              "intent": "induction", "intensity": "intensive", "start": "2023-02-03",
              "response": { "best": "CR", "date": "2023-03-10" } },
            { "regimen": "HiDAC", "agents": ["cytarabine"], "intent": "consolidation", "intensity": "intensive",
              "start": "2023-04-01", "end": "2023-07-15" }
          ],
          "transplants": [],
          "donorSearch": { "hlaTyped": false },
          "relapse": {
            "date": "2024-07-20", "marrowBlastPercent": 38, "bloodBlastPercent": 12, "extramedullarySites": [],
            "genetics": {
              "karyotype": "46,XX[20]",
              "variants": [ { "gene": "NPM1", "notation": "c.860_863dup", "vaf": 0.40 },
                            { "gene": "FLT3", "type": "ITD", "allelicRatio": 0.9 } ],
              "testedGenes": ["FLT3", "NPM1", "IDH1", "IDH2", "TP53", "KMT2A"],
              "cd33Positive": true
            }
          },
          "labs": { "date": "2024-07-20", "wbc": 14.2, "anc": 0.6, "platelets": 31, "hemoglobin": 8.4,
                    "creatinineClearance": 88, "bilirubinUln": 0.8, "astUln": 1.1, "altUln": 0.9,
                    "lvef": 60, "qtcMs": 431 },
          "medications": [ { "name": "posaconazole" } ],
          "preferences": { "priorities": ["length-of-life"], "transplantWilling": true },
          "location": { "country": "US", "postalCode": "02115" }
        }
        """;

    public static readonly DateOnly AsOf = new(2026, 11, 28);

    /// <summary>The valid case with the value at <paramref name="pointer"/> set to <paramref name="rawJson"/>
    /// (added if absent), or removed when <paramref name="rawJson"/> is null.</summary>
    public static string With(string pointer, string? rawJson) => With(ValidCase, pointer, rawJson);

    public static string With(string json, string pointer, string? rawJson)
    {
        JsonNode root = JsonNode.Parse(json)!;
        string[] segments = pointer.TrimStart('/').Split('/');
        JsonNode parent = root;
        for (int i = 0; i < segments.Length - 1; i++)
        {
            parent = parent is JsonArray a ? a[int.Parse(segments[i])]! : parent[segments[i]]!;
        }

        string last = segments[^1];
        JsonNode? value = rawJson is null ? null : JsonNode.Parse(rawJson);
        if (parent is JsonArray array)
        {
            int index = int.Parse(last);
            if (rawJson is null)
            {
                array.RemoveAt(index);
            }
            else
            {
                array[index] = value;
            }
        }
        else if (rawJson is null)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = value;
        }

        return root.ToJsonString();
    }
}
