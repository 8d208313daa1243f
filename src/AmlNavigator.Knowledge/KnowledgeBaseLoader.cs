using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmlNavigator.Domain.Knowledge;

namespace AmlNavigator.Knowledge;

/// <summary>A problem found while loading the knowledge base (file and JSON path, what was expected).</summary>
public sealed record KnowledgeProblem(string File, string Path, string Message);

/// <summary>Thrown at start-up when the embedded knowledge base is invalid: the program must not run on it.</summary>
public sealed class KnowledgeBaseException(IReadOnlyList<KnowledgeProblem> problems)
    : Exception("The knowledge base is invalid:\n" + string.Join('\n', problems.Select(p => $"{p.File}{p.Path}: {p.Message}")))
{
    public IReadOnlyList<KnowledgeProblem> Problems { get; } = problems;
}

/// <summary>
/// Loads the knowledge base embedded in this assembly (<c>kb/**/*.json</c>), validates it and stamps it with its
/// version and content hash. Sections are read by the partial files beside this one.
/// </summary>
public static partial class KnowledgeBaseLoader
{
    private static readonly Lazy<KnowledgeBase> Embedded = new(LoadEmbedded);

    /// <summary>The embedded knowledge base, loaded and validated once per process.</summary>
    public static KnowledgeBase Default => Embedded.Value;

    /// <summary>All knowledge files as (logical name, UTF-8 text), in ordinal order of name.</summary>
    public static ImmutableArray<(string Name, string Text)> ReadEmbeddedFiles()
    {
        Assembly assembly = typeof(KnowledgeBaseLoader).Assembly;
        var files = new List<(string, string)>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("kb/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using StreamReader reader = new(stream, Encoding.UTF8);
            files.Add((name, reader.ReadToEnd().ReplaceLineEndings("\n")));
        }

        return [.. files];
    }

    /// <summary>SHA-256 over every knowledge file except the manifest (name and content), hex lower case.</summary>
    public static string ComputeContentHash(IEnumerable<(string Name, string Text)> files)
    {
        using IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach ((string name, string text) in files.Where(f => f.Name != "kb/manifest.json").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n" + text + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Loads from the given files; throws <see cref="KnowledgeBaseException"/> listing every problem.</summary>
    public static KnowledgeBase Load(ImmutableArray<(string Name, string Text)> files)
    {
        var problems = new List<KnowledgeProblem>();
        var documents = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach ((string name, string text) in files)
        {
            try
            {
                using JsonDocument doc = JsonDocument.Parse(text);
                documents[name] = doc.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                problems.Add(new KnowledgeProblem(name, "", $"invalid JSON at line {ex.LineNumber + 1}: {ex.Message}"));
            }
        }

        string version = documents.TryGetValue("kb/manifest.json", out JsonElement manifest) &&
            manifest.TryGetProperty("version", out JsonElement v) ? v.GetString() ?? "" : "";
        if (version.Length == 0)
        {
            problems.Add(new KnowledgeProblem("kb/manifest.json", "/version", "expected a version string"));
        }

        var citations = ImmutableSortedDictionary.CreateBuilder<string, Citation>(StringComparer.Ordinal);
        foreach ((string name, JsonElement root) in documents.Where(d => d.Key.StartsWith("kb/citations/", StringComparison.Ordinal)))
        {
            ReadCitations(name, root, citations, problems);
        }

        KnowledgeBase kb = new()
        {
            Version = version,
            ContentHash = ComputeContentHash(files),
            Citations = citations.ToImmutable(),
        };
        kb = LoadSections(kb, documents, problems);
        if (problems.Count > 0)
        {
            throw new KnowledgeBaseException(problems);
        }

        return kb;
    }

    /// <summary>Each clinical area's partial file reads its own section.</summary>
    private static KnowledgeBase LoadSections(KnowledgeBase kb, Dictionary<string, JsonElement> documents, List<KnowledgeProblem> problems)
    {
        kb = LoadTherapySection(kb, documents, problems);
        kb = LoadResistanceSection(kb, documents, problems);
        return kb;
    }

    private static void ReadCitations(
        string file, JsonElement root, ImmutableSortedDictionary<string, Citation>.Builder into, List<KnowledgeProblem> problems)
    {
        if (!root.TryGetProperty("citations", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new KnowledgeProblem(file, "/citations", "expected an array of citations"));
            return;
        }

        int i = 0;
        foreach (JsonElement c in list.EnumerateArray())
        {
            string path = $"/citations/{i++}";
            string? key = Str(c, "key");
            string? title = Str(c, "title");
            string? kind = Str(c, "kind");
            if (key is null || title is null || kind is null)
            {
                problems.Add(new KnowledgeProblem(file, path, "expected key, title and kind"));
                continue;
            }

            if (!into.TryAdd(key, new Citation(key, title, kind)
            {
                Pmid = Str(c, "pmid"),
                Doi = Str(c, "doi"),
                Url = Str(c, "url"),
                Version = Str(c, "version"),
                Status = Str(c, "status"),
            }))
            {
                problems.Add(new KnowledgeProblem(file, path + "/key", $"duplicate citation key '{key}'"));
            }
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static KnowledgeBase LoadEmbedded() => Load(ReadEmbeddedFiles());
}
