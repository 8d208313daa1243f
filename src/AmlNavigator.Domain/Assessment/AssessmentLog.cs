using System.Collections.Immutable;

namespace AmlNavigator.Domain.Assessment;

/// <summary>
/// Collects missing-information items and warnings while one case is assessed. Local to a single
/// <see cref="CaseAssessor.Assess"/> call; insertion order is kept and duplicates (same code) merge their
/// <c>affects</c> lists, so the output is deterministic.
/// </summary>
public sealed class AssessmentLog
{
    private readonly List<MissingInformation> _missing = [];
    private readonly List<AssessmentWarning> _warnings = [];

    /// <summary>Records a missing item; a repeated code adds its <paramref name="affects"/> to the first entry.</summary>
    public void Missing(string code, string item, string why, params string[] affects)
    {
        int index = _missing.FindIndex(m => m.Code == code);
        if (index < 0)
        {
            _missing.Add(new MissingInformation(code, item, why, [.. affects.Distinct(StringComparer.Ordinal)]));
            return;
        }

        MissingInformation existing = _missing[index];
        ImmutableArray<string> merged = [.. existing.Affects.Concat(affects).Distinct(StringComparer.Ordinal)];
        _missing[index] = existing with { Affects = merged };
    }

    public void Warn(string path, string code, string message)
    {
        if (!_warnings.Exists(w => w.Path == path && w.Code == code && w.Message == message))
        {
            _warnings.Add(new AssessmentWarning(path, code, message));
        }
    }

    public ImmutableArray<MissingInformation> MissingItems => [.. _missing];

    public ImmutableArray<AssessmentWarning> Warnings => [.. _warnings];

    public bool IsMissing(string code) => _missing.Exists(m => m.Code == code);
}
