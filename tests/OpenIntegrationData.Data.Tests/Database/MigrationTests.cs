using OpenIntegrationData.Data.Database;

namespace OpenIntegrationData.Data.Tests.Database;

public sealed class MigrationTests
{
    [Fact]
    public void Sha256_SameTextWithWindowsLineEndings_IsTheSame()
    {
        var unix = new Migration("0001_a.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
        var windows = new Migration("0001_a.sql", "CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n");

        Assert.Equal(unix.Sha256, windows.Sha256);
    }

    [Fact]
    public void Sha256_ChangedText_Differs()
    {
        var before = new Migration("0001_a.sql", "CREATE TABLE a (id int);");
        var after = new Migration("0001_a.sql", "CREATE TABLE a (id bigint);");

        Assert.NotEqual(before.Sha256, after.Sha256);
    }
}
