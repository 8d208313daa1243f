namespace AmlNavigator.Storage;

/// <summary>Placeholder for the case and assessment store (SQLite default, PostgreSQL by connection string).</summary>
public static class StorageInfo
{
    public const string SchemaVersion = "0";
}
