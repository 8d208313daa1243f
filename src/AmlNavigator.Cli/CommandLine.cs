namespace AmlNavigator.Cli;

/// <summary>
/// The parsed arguments of one command: positionals and <c>--name value</c> options (a few options are flags).
/// Hand-written (docs/adr/0004-cli.md): the CONTRACT's command shapes are small and fixed.
/// </summary>
public sealed class CommandLine
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--include-closed", "--strict", "--no-progress" };
    private readonly Dictionary<string, string?> _options;

    private CommandLine(List<string> positionals, Dictionary<string, string?> options)
    {
        Positionals = positionals;
        _options = options;
    }

    public IReadOnlyList<string> Positionals { get; }

    public static CommandLine Parse(ReadOnlySpan<string> args)
    {
        List<string> positionals = [];
        Dictionary<string, string?> options = new(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                int eq = a.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    options[a[..eq]] = a[(eq + 1)..];
                }
                else if (Flags.Contains(a))
                {
                    options[a] = null;
                }
                else if (i + 1 < args.Length)
                {
                    options[a] = args[++i];
                }
                else
                {
                    throw new UsageException($"option {a} needs a value");
                }
            }
            else
            {
                positionals.Add(a);
            }
        }

        return new CommandLine(positionals, options);
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Option(string name) => _options.TryGetValue(name, out string? v) ? v : null;

    /// <summary>The option's value if it is one of <paramref name="allowed"/>, else a usage error.</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        string value = Option(name) ?? fallback;
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new UsageException($"{name} must be one of {string.Join(", ", allowed)} (got '{value}')");
    }

    /// <summary>Throws a usage error for any option not in <paramref name="known"/>.</summary>
    public void AllowOnly(params string[] known)
    {
        foreach (string k in _options.Keys)
        {
            if (!known.Contains(k, StringComparer.Ordinal))
            {
                throw new UsageException($"unknown option {k}");
            }
        }
    }

    /// <summary>The <c>--as-of</c> date, or today's UTC date from <paramref name="clock"/> when absent.</summary>
    public DateOnly AsOf(TimeProvider clock)
    {
        string? text = Option("--as-of");
        if (text is null)
        {
            return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", out DateOnly d)
            ? d
            : throw new UsageException($"--as-of must be a date like 2025-03-14 (got '{text}')");
    }
}
