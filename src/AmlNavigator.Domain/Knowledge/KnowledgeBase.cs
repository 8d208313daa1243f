using System.Collections.Immutable;

namespace AmlNavigator.Domain.Knowledge;

/// <summary>One source a statement rests on (guideline table, label, trial paper).</summary>
/// <param name="Key">Citation key used throughout (e.g. <c>eln2022-table6</c>).</param>
/// <param name="Title">Human-readable reference (authors, journal, year; or label name and revision).</param>
/// <param name="Kind">guideline | label | trial | review | registry | other.</param>
public sealed record Citation(string Key, string Title, string Kind)
{
    public string? Pmid { get; init; }

    public string? Doi { get; init; }

    public string? Url { get; init; }

    /// <summary>Label or guideline version/revision date, where relevant.</summary>
    public string? Version { get; init; }

    /// <summary>verified | secondary (clinical-facts status of what is cited).</summary>
    public string? Status { get; init; }
}

/// <summary>
/// The versioned knowledge base the assessment runs against. Loaded and validated by AmlNavigator.Knowledge from its
/// reviewed data files; the assessment records <see cref="Version"/> and <see cref="ContentHash"/>.
/// </summary>
/// <remarks>Sections are added in partial files beside this one (one per clinical area).</remarks>
public sealed partial record KnowledgeBase
{
    public required string Version { get; init; }

    /// <summary>SHA-256 of the canonical content of every knowledge file.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Citations by key (ordinal order).</summary>
    public ImmutableSortedDictionary<string, Citation> Citations { get; init; } =
        ImmutableSortedDictionary<string, Citation>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>An empty knowledge base (tests of parts that need none).</summary>
    public static KnowledgeBase Empty { get; } = new() { Version = "0.0.0", ContentHash = "" };
}
