namespace AmlNavigator.Domain.Cases;

/// <summary>"Did you mean" suggestions for misspelt property names and values.</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate nearest to <paramref name="written"/>: a case-insensitive match first, then the smallest optimal
    /// string alignment distance (Damerau–Levenshtein with adjacent transpositions) if it is small enough to be a typo
    /// (at most 1 for names up to 4 letters, 2 up to 8, else 3). Ties go to the earlier candidate. Null when none is close.
    /// </summary>
    public static string? Nearest(string written, IReadOnlyList<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (string c in candidates)
        {
            if (string.Equals(c, written, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        int limit = written.Length <= 4 ? 1 : written.Length <= 8 ? 2 : 3;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string c in candidates)
        {
            if (Math.Abs(c.Length - written.Length) > limit)
            {
                continue;
            }

            int d = Distance(written.ToUpperInvariant(), c.ToUpperInvariant());
            if (d <= limit && d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>" Did you mean 'x'?" or an empty string.</summary>
    internal static string DidYouMean(string written, IReadOnlyList<string> candidates) =>
        Nearest(written, candidates) is { } s ? $" Did you mean '{s}'?" : "";
}
