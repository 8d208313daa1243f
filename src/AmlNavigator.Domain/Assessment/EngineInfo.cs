namespace AmlNavigator.Domain.Assessment;

/// <summary>The engine's version, written into every assessment. Bump it when rule code changes output.</summary>
public static class EngineInfo
{
    public const string Version = "0.1.0";
}
