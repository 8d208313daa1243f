using System.Text;

namespace AmlNavigator.Testing;

/// <summary>
/// Approved-file (snapshot) assertions. The approved file lives in the repository; set <c>AMLNAV_APPROVE=1</c> to
/// (re)write approved files from the current output, then review the diff before committing.
/// </summary>
public static class Approved
{
    /// <summary>Asserts that <paramref name="actual"/> equals the approved file at <paramref name="relativePath"/>
    /// (relative to the repository root).</summary>
    public static void Verify(string actual, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(actual);
        string path = RepositoryFiles.PathOf(relativePath);
        string normalized = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("AMLNAV_APPROVE") == "1")
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized, new UTF8Encoding(false));
            return;
        }

        if (!File.Exists(path))
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path + ".received", normalized, new UTF8Encoding(false));
            throw new Xunit.Sdk.XunitException($"No approved file at {relativePath}. Output written to {relativePath}.received; review it and run with AMLNAV_APPROVE=1.");
        }

        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != normalized)
        {
            File.WriteAllText(path + ".received", normalized, new UTF8Encoding(false));
            int at = FirstDifference(expected, normalized);
            throw new Xunit.Sdk.XunitException(
                $"Output differs from {relativePath} at character {at}:\n  approved: {Excerpt(expected, at)}\n  received: {Excerpt(normalized, at)}\n" +
                $"Received output written to {relativePath}.received (run with AMLNAV_APPROVE=1 to accept after review).");
        }
    }

    private static int FirstDifference(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }

    private static string Excerpt(string s, int at)
    {
        int start = Math.Max(0, at - 40);
        return s.Substring(start, Math.Min(100, s.Length - start)).Replace("\n", "\\n", StringComparison.Ordinal);
    }
}
