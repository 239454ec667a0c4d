using NodaTime;

namespace OpenIntegrationData.Data.Model.Places;

/// <summary>The latest published resident count a place carries, with its year, day and source.</summary>
public interface IPopulationFigure
{
    int? Population { get; }

    short? PopulationYear { get; }

    LocalDate? PopulationReferenceDate { get; }

    long? PopulationSourceId { get; }

    long SourceId { get; }
}
