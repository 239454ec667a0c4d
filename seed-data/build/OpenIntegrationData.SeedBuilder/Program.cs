// The seed builder: reads the public files in ../shared/data, one reader per publisher's format.
//     dotnet run --project seed-data/build/OpenIntegrationData.SeedBuilder -- check ../shared/data
// reads every city file and prints what it found, or the first problem as file:line: reason.
using OpenIntegrationData.SeedBuilder;
using OpenIntegrationData.SeedBuilder.Reading;

if (args is not ["check", var sharedData])
{
    Console.Error.WriteLine("usage: dotnet run --project seed-data/build/OpenIntegrationData.SeedBuilder -- check <shared data folder>");
    return 2;
}
try
{
    foreach (var line in new CityFiles(sharedData).Check())
    {
        Console.WriteLine(line);
    }
    return 0;
}
catch (SourceFileException problem)
{
    Console.Error.WriteLine(problem.Message);
    return 1;
}
