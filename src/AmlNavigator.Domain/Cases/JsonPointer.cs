using System.Text;

namespace AmlNavigator.Domain.Cases;

/// <summary>
/// The current location while walking a JSON document, rendered as an RFC 6901 JSON Pointer (<c>/relapse/date</c>,
/// <c>/therapies/0/response/best</c>) only when an error needs it, so a clean case costs no path strings.
/// </summary>
internal sealed class JsonPointer
{
    private static readonly string[] SmallIndexes = [.. Enumerable.Range(0, 64).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    private readonly List<string> _segments = new(12);

    public void Push(string propertyName) => _segments.Add(propertyName);

    public void Push(int index) =>
        _segments.Add(index < SmallIndexes.Length ? SmallIndexes[index] : index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>The pointer of the current location (empty string = the whole document).</summary>
    public override string ToString() => Render(_segments);

    /// <summary>The pointer of a child of the current location.</summary>
    public string Child(string propertyName)
    {
        _segments.Add(propertyName);
        string s = Render(_segments);
        _segments.RemoveAt(_segments.Count - 1);
        return s;
    }

    /// <summary>Renders segments as a JSON Pointer, escaping <c>~</c> and <c>/</c> per RFC 6901.</summary>
    public static string Render(IEnumerable<string> segments)
    {
        StringBuilder sb = new();
        foreach (string s in segments)
        {
            sb.Append('/').Append(s.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }

        return sb.ToString();
    }
}
