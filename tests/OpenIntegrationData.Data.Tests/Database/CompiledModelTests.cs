#pragma warning disable EF1001 // DbContextOperations is what `dotnet ef dbcontext optimize` runs; the test runs the same.
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenIntegrationData.Data.Model;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Database;

/// <summary>
/// The server reads table and column facts from the compiled model (Model/Compiled), not from a model built at start.
/// It must be what `dotnet ef dbcontext optimize` makes of the configurations today, and carry every fact the catalog
/// and the importer read.
/// </summary>
public sealed partial class CompiledModelTests
{
    private const string Folder = "api/OpenIntegrationData.Data/Model/Compiled";

    private const string Regenerate =
        "dotnet ef dbcontext optimize --project api/OpenIntegrationData.Data --output-dir Model/Compiled --namespace OpenIntegrationData.Data.Model.Compiled";

    [Fact]
    public void CompiledModel_GeneratedAfresh_IsTheCheckedInFolder()
    {
        var checkedIn = Path.Combine(RepositoryFolder.Root, Folder);
        var fresh = Directory.CreateTempSubdirectory("oid-compiled-model-");
        try
        {
            Generate(fresh.FullName);
            var expected = FilesOf(fresh.FullName);
            var actual = Directory.Exists(checkedIn) ? FilesOf(checkedIn) : [];
            var stale = expected.Keys.Union(actual.Keys, StringComparer.Ordinal)
                .Where(name => expected.GetValueOrDefault(name) != actual.GetValueOrDefault(name))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (stale.Count > 0 && Environment.GetEnvironmentVariable("UPDATE_COMPILED_MODEL") == "1")
            {
                if (Directory.Exists(checkedIn))
                {
                    Directory.Delete(checkedIn, recursive: true);
                }

                Directory.CreateDirectory(checkedIn);
                foreach (var file in Directory.EnumerateFiles(fresh.FullName))
                {
                    File.Copy(file, Path.Combine(checkedIn, Path.GetFileName(file)));
                }

                stale.Clear();
            }

            Assert.True(
                stale.Count == 0,
                $"The compiled model in {Folder} is not the model's configuration of today ({string.Join(", ", stale.Take(5))}" +
                $"{(stale.Count > 5 ? ", …" : "")}): run `{Regenerate}` (or UPDATE_COMPILED_MODEL=1 with this test) and commit the folder.");
        }
        finally
        {
            fresh.Delete(recursive: true);
        }
    }

    [Fact]
    public void ModelFacts_AreReadFromTheCompiledModel() =>
        Assert.IsType<OpenIntegrationData.Data.Model.Compiled.OpenDataDbContextModel>(ModelFacts.Model);

    /// <summary>
    /// What the catalog (ModelBinding) and the importer (TableImportBuilder) read, entity by entity: the same in the
    /// compiled model as in the model built from the configurations, which also has comments and checks.
    /// </summary>
    [Fact]
    public void CompiledModel_CarriesEveryFactTheCatalogAndTheImporterRead()
    {
        var designTime = FactsOf(ModelFacts.DesignTimeModel());
        var compiled = FactsOf(ModelFacts.Model);

        Assert.True(designTime.Count > 100, "too few facts: the comparison would prove nothing");
        Assert.Equal(designTime, compiled);
    }

    private static void Generate(string outputFolder)
    {
        var assembly = typeof(OpenDataDbContext).Assembly;
        var projectFolder = Path.Combine(RepositoryFolder.Root, "api", "OpenIntegrationData.Data");
        // The arguments `dotnet ef` passes: reporter, assembly, startup assembly, project, project folder, root namespace,
        // language, nullable reference types, application arguments.
        var operations = new DbContextOperations(
            new OperationReporter(null),
            assembly,
            assembly,
            Path.Combine(projectFolder, "OpenIntegrationData.Data.csproj"),
            projectFolder,
            "OpenIntegrationData.Data",
            "C#",
            true,
            []);

        // Output folder, namespace, context, file suffix, scaffold the model, precompile queries, Native AOT.
        operations.Optimize(outputFolder, "OpenIntegrationData.Data.Model.Compiled", nameof(OpenDataDbContext), null, true, false, false);
    }

    /// <summary>The generated files by name; each generation gives the model a new random id, which says nothing of its content.</summary>
    private static Dictionary<string, string> FilesOf(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs").ToDictionary(
            static file => Path.GetFileName(file),
            static file => ModelId().Replace(File.ReadAllText(file).ReplaceLineEndings("\n"), "modelId: new Guid(…)"),
            StringComparer.Ordinal);

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]+"\)""")]
    private static partial Regex ModelId();

    private static List<string> FactsOf(IModel model)
    {
        var facts = new List<string>();
        foreach (var entity in model.GetEntityTypes().OrderBy(static e => e.Name, StringComparer.Ordinal))
        {
            facts.Add($"{entity.ClrType.Name}: table {entity.GetTableName()} view {entity.GetViewName()}");
            foreach (var property in entity.GetProperties())
            {
                var rules = property.GetAnnotations()
                    .Where(static annotation => annotation.Name.StartsWith("OpenData:", StringComparison.Ordinal))
                    .OrderBy(static annotation => annotation.Name, StringComparer.Ordinal)
                    .Select(static annotation => $"{annotation.Name}={Text(annotation.Value)}");
                facts.Add($"{entity.ClrType.Name}.{property.Name}: column {property.GetColumnName()} {property.GetColumnType()} " +
                    $"{property.ClrType.Name} nullable={property.IsNullable} precision={property.GetPrecision()} scale={property.GetScale()} " +
                    $"[{string.Join("; ", rules)}]");
            }

            foreach (var key in entity.GetForeignKeys())
            {
                facts.Add($"{entity.ClrType.Name}: ({string.Join(", ", key.Properties.Select(static p => p.GetColumnName()))}) → " +
                    $"{key.PrincipalEntityType.GetTableName()} ({string.Join(", ", key.PrincipalKey.Properties.Select(static p => p.GetColumnName()))})");
            }
        }

        return facts;
    }

    private static string Text(object? value) => value switch
    {
        string[] values => string.Join("|", values),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "null",
    };
}
