using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Domain.Serialization;
using AmlNavigator.Testing;

namespace AmlNavigator.Domain.Tests.Schema;

/// <summary>Keeps docs/schema/ in step with the model. The case schema is hand-written (ranges, descriptions): its
/// property names and enumerations must equal the model's. The assessment schema is generated from the model and approved
/// (re-generate with AMLNAV_APPROVE=1 after adding a field, and review the diff).</summary>
public class SchemaTests
{
    private static JsonNode ModelSchema<T>() => JsonSchemaExporter.GetJsonSchemaAsNode(AmlJson.TypeInfo<T>());

    [Fact]
    public void CaseSchema_HasExactlyTheModelsPropertiesAndEnumerations()
    {
        // Given
        JsonNode model = ModelSchema<PatientCase>();
        JsonNode written = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs/schema/case.schema.json")))!;

        // When
        SortedSet<string> fromModel = Shape(model, model, "");
        SortedSet<string> fromSchema = Shape(written, written, "");

        // Then: the same properties; the same enumerations, except where the schema (like the reader) narrows the model:
        // comorbidities are strings in the model but a fixed list in the case file, and a transplant's donor cannot be
        // "none-found" (that value belongs to donorSearch).
        string[] narrowed = ["/patient/comorbidities[]=", "/transplants[]/donor="];
        bool IsNarrowed(string entry) => narrowed.Any(n => entry.StartsWith(n, StringComparison.Ordinal));
        fromSchema.Where(e => !IsNarrowed(e)).Except(fromModel).ShouldBeEmpty("in case.schema.json but not in the model (PatientCase.cs)");
        fromModel.Where(e => !IsNarrowed(e)).Except(fromSchema).ShouldBeEmpty("in the model (PatientCase.cs) but not in docs/schema/case.schema.json");
        fromSchema.Count(IsNarrowed).ShouldBe(narrowed.Length);
    }

    [Fact]
    public void CaseSchema_PropertyListsOfTheReaderMatchTheModel()
    {
        // The reader's per-object property lists drive unknown-property errors; a name missing there would reject valid cases.
        JsonNode model = ModelSchema<PatientCase>();
        SortedSet<string> fromModel = [.. Shape(model, model, "").Where(p => !p.Contains('='))];

        fromModel.ShouldContain("/patient/ageAtDiagnosis");
        string[] readerLists =
        [
            .. CaseReader.CaseProperties.Select(p => "/" + p),
            .. CaseReader.PatientProperties.Select(p => "/patient/" + p),
            .. CaseReader.LabsProperties.Select(p => "/labs/" + p),
            .. CaseReader.RelapseProperties.Select(p => "/relapse/" + p),
            .. CaseReader.VariantProperties.Select(p => "/diagnosis/genetics/variants[]/" + p),
            .. CaseReader.TherapyProperties.Select(p => "/therapies[]/" + p),
            .. CaseReader.TransplantProperties.Select(p => "/transplants[]/" + p),
            .. CaseReader.LocationProperties.Select(p => "/location/" + p),
            .. CaseReader.PreferencesProperties.Select(p => "/preferences/" + p),
        ];
        readerLists.ShouldAllBe(p => fromModel.Contains(p));
    }

    [Fact]
    public void AssessmentSchema_IsGeneratedFromTheModel()
    {
        JsonObject schema = new()
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:aml-navigator:schema:assessment:v1",
            ["title"] = "AML Navigator assessment (CONTRACT §3)",
            ["description"] = "Generated from the model by SchemaTests (AMLNAV_APPROVE=1 to regenerate). Fields not computed are present and null or empty.",
        };
        foreach ((string name, JsonNode? value) in ModelSchema<CaseAssessment>().AsObject())
        {
            schema[name] = value?.DeepClone();
        }

        string text = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        Approved.Verify(text, "docs/schema/assessment.schema.json");
    }

    /// <summary>Every property path (arrays as <c>[]</c>) and every enumeration (<c>path=a|b|c</c>) of a schema.</summary>
    private static SortedSet<string> Shape(JsonNode root, JsonNode node, string path)
    {
        SortedSet<string> result = new(StringComparer.Ordinal);
        Walk(root, node, path, result, depth: 0);
        return result;
    }

    private static void Walk(JsonNode root, JsonNode node, string path, SortedSet<string> into, int depth)
    {
        if (depth > 20 || node is not JsonObject o)
        {
            return;
        }

        if (o["$ref"]?.GetValue<string>() is { } reference)
        {
            Walk(root, Resolve(root, reference), path, into, depth + 1);
            return;
        }

        if (o["enum"] is JsonArray values)
        {
            into.Add(path + "=" + string.Join("|", values.Where(v => v is not null).Select(v => v!.ToString()).Order(StringComparer.Ordinal)));
        }

        if (o["properties"] is JsonObject properties)
        {
            foreach ((string name, JsonNode? child) in properties)
            {
                into.Add(path + "/" + name);
                if (child is not null)
                {
                    Walk(root, child, path + "/" + name, into, depth + 1);
                }
            }
        }

        if (o["items"] is JsonNode items)
        {
            Walk(root, items, path + "[]", into, depth + 1);
        }

        foreach (string combinator in new[] { "anyOf", "oneOf" })
        {
            if (o[combinator] is JsonArray alternatives)
            {
                foreach (JsonNode? alternative in alternatives)
                {
                    if (alternative is not null)
                    {
                        Walk(root, alternative, path, into, depth + 1);
                    }
                }
            }
        }
    }

    private static JsonNode Resolve(JsonNode root, string reference)
    {
        JsonNode node = root;
        foreach (string segment in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node is JsonArray a ? a[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)]! : node[name]!;
        }

        return node;
    }
}
