using OpenIntegrationData.SeedBuilder.Nationalities;
using OpenIntegrationData.SeedBuilder.Readers.SharedData;

namespace OpenIntegrationData.SeedBuilder.Tests.Support;

internal static class Names
{
    public static NationalityNames FromSharedData() =>
        new(CodeListReaders.ReadDestatis(SharedData.Path("destatis_staatsangehoerigkeit.csv")));
}
