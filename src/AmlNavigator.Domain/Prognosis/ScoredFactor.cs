using System.Collections.Immutable;
using System.Globalization;

namespace AmlNavigator.Domain.Prognosis;

/// <summary>
/// One factor while a score is being built: its displayed component and the lowest and highest points it can give.
/// A known factor has <c>Min == Max</c>; an unknown one spans every value the source allows, so the score's range
/// (and sometimes its group) can still be stated without guessing.
/// </summary>
internal readonly record struct ScoredFactor(string Factor, string Value, double Min, double Max)
{
    public static ScoredFactor Exact(string factor, string value, double points) => new(factor, value, points, points);

    public static ScoredFactor Unknown(string factor, string why, double min, double max) =>
        new(factor, $"{why} (could give {Format(min)}–{Format(max)} points)", min, max);

    public bool IsExact => Min == Max;

    public ScoreComponent ToComponent() => new(Factor, Value, IsExact ? Min : null);

    public static string Format(double points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>Sums factors into an exact score or a range.</summary>
internal static class ScoreMath
{
    public static (double Min, double Max) Range(IEnumerable<ScoredFactor> factors)
    {
        double min = 0, max = 0;
        foreach (ScoredFactor f in factors)
        {
            min += f.Min;
            max += f.Max;
        }

        return (min, max);
    }

    /// <summary>Fills score, range, group and the group's published outcome from the factors.</summary>
    public static RelapseScore Complete(
        RelapseScore score, ImmutableArray<ScoredFactor> factors, Func<double, string> groupOf, string? reasonIfRange)
    {
        (double min, double max) = Range(factors);
        string lowGroup = groupOf(min);
        string? group = lowGroup == groupOf(max) ? lowGroup : null;
        bool exact = min == max;
        return score with
        {
            Applicable = true,
            Reason = exact ? null : reasonIfRange,
            Score = exact ? min : null,
            ScoreMin = exact ? null : min,
            ScoreMax = exact ? null : max,
            Group = group,
            GroupOutcome = group is null ? null : score.PublishedGroups.FirstOrDefault(g => g.Group == group)?.Outcome,
            Components = [.. factors.Select(f => f.ToComponent())],
        };
    }
}
