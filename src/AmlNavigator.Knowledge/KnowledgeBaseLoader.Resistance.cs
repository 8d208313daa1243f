using System.Collections.Immutable;
using System.Text.Json;

using AmlNavigator.Domain.Knowledge;

namespace AmlNavigator.Knowledge;

public static partial class KnowledgeBaseLoader
{
    private const string ResistanceFile = "kb/resistance.json";

    /// <summary>
    /// Reads kb/resistance.json: every pattern needs an id (unique), prior agents (lower case), a trigger, genes or a
    /// fusion, finding, effect, a citation key that exists, and a status. Problems are located by JSON path.
    /// </summary>
    private static KnowledgeBase LoadResistanceSection(KnowledgeBase kb, Dictionary<string, JsonElement> documents, List<KnowledgeProblem> problems)
    {
        if (!documents.TryGetValue(ResistanceFile, out JsonElement root))
        {
            return kb;
        }

        if (!root.TryGetProperty("patterns", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new KnowledgeProblem(ResistanceFile, "/patterns", "expected an array of resistance patterns"));
            return kb;
        }

        var patterns = ImmutableArray.CreateBuilder<ResistancePattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        foreach (JsonElement p in list.EnumerateArray())
        {
            string path = $"/patterns/{i++}";
            ResistancePattern? pattern = ReadResistancePattern(p, path, kb, problems);
            if (pattern is null)
            {
                continue;
            }

            if (!ids.Add(pattern.Id))
            {
                problems.Add(new KnowledgeProblem(ResistanceFile, path + "/id", $"duplicate pattern id '{pattern.Id}'"));
                continue;
            }

            patterns.Add(pattern);
        }

        return kb with { Resistance = patterns.ToImmutable() };
    }

    private static ResistancePattern? ReadResistancePattern(JsonElement p, string path, KnowledgeBase kb, List<KnowledgeProblem> problems)
    {
        int before = problems.Count;
        string? Required(string name)
        {
            string? value = Str(p, name);
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new KnowledgeProblem(ResistanceFile, $"{path}/{name}", "expected a non-empty string"));
            }

            return value;
        }

        string? id = Required("id");
        string? finding = Required("finding");
        string? effect = Required("effect");
        string? citation = Required("citation");
        string? status = Required("status");
        string? trigger = Required("trigger");
        ImmutableArray<string> agents = Strings(p, "priorAgents");
        ImmutableArray<string> genes = Strings(p, "genes");
        string? fusion = Str(p, "fusion");

        ResistanceTrigger? parsedTrigger = trigger switch
        {
            "present" => ResistanceTrigger.Present,
            "gained" => ResistanceTrigger.Gained,
            "lost" => ResistanceTrigger.Lost,
            _ => null,
        };
        if (trigger is not null && parsedTrigger is null)
        {
            problems.Add(new KnowledgeProblem(ResistanceFile, path + "/trigger", $"expected present | gained | lost, found '{trigger}'"));
        }

        if (agents.IsEmpty || agents.Any(a => !string.Equals(a, a.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            problems.Add(new KnowledgeProblem(ResistanceFile, path + "/priorAgents", "expected a non-empty array of lower-case generic names"));
        }

        if (genes.IsEmpty == (fusion is null))
        {
            problems.Add(new KnowledgeProblem(ResistanceFile, path, "expected either genes or a fusion (exactly one)"));
        }

        if (citation is not null && !kb.Citations.ContainsKey(citation))
        {
            problems.Add(new KnowledgeProblem(ResistanceFile, path + "/citation", $"unknown citation key '{citation}'"));
        }

        if (status is not null and not ("verified" or "secondary"))
        {
            problems.Add(new KnowledgeProblem(ResistanceFile, path + "/status", "expected verified | secondary (unverified facts are not encoded)"));
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new ResistancePattern
        {
            Id = id!,
            PriorAgents = agents,
            Trigger = parsedTrigger!.Value,
            Genes = genes,
            VariantTypes = Strings(p, "variantTypes"),
            Notations = Strings(p, "notations"),
            Fusion = fusion,
            Finding = finding!,
            Effect = effect!,
            Citation = citation!,
            Status = status!,
        };
    }

    private static ImmutableArray<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement a) && a.ValueKind == JsonValueKind.Array
            ? [.. a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];
}
