using System.Text.Json.Nodes;

using AmlNavigator.Domain.Cases;

using CsCheck;

namespace AmlNavigator.Domain.Tests.Cases;

/// <summary>Property tests: the reader never throws on data, and only ever reports catalogued codes.</summary>
public class CaseJsonReaderPropertyTests
{
    private static readonly string[] Pointers = AllPointers(JsonNode.Parse(CaseMutations.ValidCase)!, "").ToArray();

    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1e308", "42", "0.5", "1.5", "\"\"", "\" \"", "\"x\"", "\"2024-02-30\"",
        "\"2099-01-01\"", "\"1800-01-01\"", "\"CR\"", "\"FLT3-ITD\"", "\"MLL\"", "\"::\"", "\"?::?\"", "[]", "[null]", "[1,2]",
        "[\"a\",\"a\"]", "{}", "{\"x\":1}", "{\"gene\":null}", "\"\\u0000\"", "\"日本語\"",
    ];

    [Fact]
    public void Read_RandomEdits_NeverThrowAndUseOnlyKnownCodes()
    {
        Gen.Select(Gen.Int[0, Pointers.Length - 1], Gen.Int[0, Values.Length], Gen.Int[1, 3])
            .Sample(t =>
            {
                (int p, int v, int times) = t;
                string json = CaseMutations.ValidCase;
                for (int i = 0; i < times; i++)
                {
                    string pointer = Pointers[(p + (i * 7)) % Pointers.Length];
                    try
                    {
                        json = CaseMutations.With(json, pointer, v == Values.Length ? null : Values[(v + i) % Values.Length]);
                    }
                    catch (Exception e) when (e is InvalidOperationException or NullReferenceException or ArgumentOutOfRangeException or FormatException)
                    {
                        // the pointer no longer exists after an earlier edit: keep the document as is
                    }
                }

                CaseReadResult result = CaseJsonReader.Read(json, CaseMutations.AsOf);
                result.Errors.Concat(result.Warnings).ShouldAllBe(e => CaseErrorCodes.All.Contains(e.Code));
                result.Errors.Concat(result.Warnings).ShouldAllBe(e => e.Path.Length == 0 || e.Path.StartsWith('/'));
                (result.IsValid == result.Errors.IsEmpty).ShouldBeTrue();
            }, iter: 2000);
    }

    [Fact]
    public void Read_TruncatedOrCorruptedText_NeverThrows()
    {
        Gen.Select(Gen.Int[0, CaseMutations.ValidCase.Length], Gen.Char)
            .Sample(t =>
            {
                (int cut, char c) = t;
                string corrupted = CaseMutations.ValidCase[..cut] + c + CaseMutations.ValidCase[cut..];
                CaseReadResult truncated = CaseJsonReader.Read(CaseMutations.ValidCase[..cut], CaseMutations.AsOf);
                CaseReadResult changed = CaseJsonReader.Read(corrupted, CaseMutations.AsOf);
                truncated.Errors.Concat(changed.Errors).ShouldAllBe(e => CaseErrorCodes.All.Contains(e.Code));
            }, iter: 2000);
    }

    private static IEnumerable<string> AllPointers(JsonNode node, string at)
    {
        yield return at.Length == 0 ? "/id" : at;
        switch (node)
        {
            case JsonObject o:
                foreach ((string name, JsonNode? child) in o)
                {
                    foreach (string p in child is null ? [at + "/" + name] : AllPointers(child, at + "/" + name))
                    {
                        yield return p;
                    }
                }

                break;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    foreach (string p in a[i] is { } child ? AllPointers(child, $"{at}/{i}") : [])
                    {
                        yield return p;
                    }
                }

                break;
            default:
                break;
        }
    }
}
