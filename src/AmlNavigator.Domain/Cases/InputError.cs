namespace AmlNavigator.Domain.Cases;

/// <summary>
/// A located problem in a case file: a JSON Pointer-like <paramref name="Path"/> (e.g. <c>/relapse/date</c>), a stable
/// <paramref name="Code"/> and a message that says what was expected (CONTRACT §1 error objects).
/// </summary>
public sealed record InputError(string Path, string Code, string Message);
