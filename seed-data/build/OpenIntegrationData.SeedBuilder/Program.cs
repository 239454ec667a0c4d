// The seed builder: reads the public files in ../shared/data, one reader per publisher's format, and writes seed-data/*.csv (and a large table's compressed part, *.csv.gz).
//     dotnet run --project seed-data/build/OpenIntegrationData.SeedBuilder -- build ../shared/data seed-data
//     dotnet run --project seed-data/build/OpenIntegrationData.SeedBuilder -- check ../shared/data
// The output is deterministic: the same input gives the same bytes. A bad input file stops the build with file:line: reason.
using OpenIntegrationData.SeedBuilder;
using OpenIntegrationData.SeedBuilder.Reading;
using OpenIntegrationData.SeedBuilder.Seed;

try
{
    switch (args)
    {
        case ["build", var sharedData, var output]:
            foreach (var line in SeedDataBuilder.BuildInto(sharedData, output))
            {
                Console.WriteLine(line);
            }
            return 0;
        case ["check", var sharedData]:
            foreach (var line in new CityFiles(sharedData).Check())
            {
                Console.WriteLine(line);
            }
            return 0;
        default:
            Console.Error.WriteLine("usage: dotnet run --project seed-data/build/OpenIntegrationData.SeedBuilder -- build <shared data folder> <output folder>");
            Console.Error.WriteLine("       dotnet run --project seed-data/build/OpenIntegrationData.SeedBuilder -- check <shared data folder>");
            return 2;
    }
}
catch (SourceFileException problem)
{
    Console.Error.WriteLine(problem.Message);
    return 1;
}
