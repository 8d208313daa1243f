using AmlNavigator.Domain.Assessment;
using AmlNavigator.Domain.Cases;
using AmlNavigator.Knowledge;
using AmlNavigator.Testing;

namespace AmlNavigator.Reports.Tests;

/// <summary>The repository's sample cases, assessed with the embedded knowledge base at a fixed date.</summary>
public static class Samples
{
    public static readonly DateOnly AsOf = new(2026, 11, 28);

    public static TheoryData<string> Names()
    {
        TheoryData<string> names = [];
        foreach (string file in Directory.EnumerateFiles(RepositoryFiles.PathOf("samples/cases"), "*.json").Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileName(file));
        }

        return names;
    }

    /// <summary>The first sample by name.</summary>
    public static string First => Path.GetFileName(Directory.EnumerateFiles(RepositoryFiles.PathOf("samples/cases"), "*.json").Order(StringComparer.Ordinal).First());

    public static (PatientCase Case, CaseAssessment Assessment) Load(string name)
    {
        CaseReadResult read = CaseJsonReader.Read(File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("samples/cases", name))), AsOf);
        read.Case.ShouldNotBeNull($"sample {name} must be a valid case: {string.Join("; ", read.Errors.Select(e => e.Path + " " + e.Message))}");
        return (read.Case, CaseAssessor.Assess(read.Case, KnowledgeBaseLoader.Default, AsOf));
    }
}
