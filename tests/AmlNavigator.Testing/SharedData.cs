namespace AmlNavigator.Testing;

/// <summary>
/// Locates the project's shared reference data (<c>../shared/data</c> beside the checkout, or
/// <c>AMLNAV_SHARED_DATA</c>). The data is never copied into the repository.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The data folder, or null when it is absent.</summary>
    public static string? Directory => Root.Value;

    /// <summary>The full path of a file under the data folder; fails the test with a clear message when absent.</summary>
    public static string PathOf(string relative)
    {
        string root = Directory ?? throw new InvalidOperationException(
            "The shared reference data was not found. Put the shared folder beside the checkout (../shared/data) " +
            "or set AMLNAV_SHARED_DATA to its data folder.");
        return System.IO.Path.Combine(root, relative);
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("AMLNAV_SHARED_DATA") is { Length: > 0 } fromEnv && System.IO.Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>Locates files of this repository (samples, docs) from a test's output folder.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "AmlNavigator.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AmlNavigator.slnx not found above " + AppContext.BaseDirectory);
    });

    public static string RootDirectory => Root.Value;

    public static string PathOf(string relative) => System.IO.Path.Combine(RootDirectory, relative);
}
