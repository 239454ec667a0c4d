namespace OpenIntegrationData.Data.Model.Observations;

/// <summary>
/// The area a figure is for, named by its path municipality › district › sub-district: the municipality is
/// always set, the district for district and sub-district figures, the sub-district for sub-district figures.
/// </summary>
public interface IAreaPath
{
    long MunicipalityId { get; }

    long? DistrictId { get; }

    long? SubDistrictId { get; }

    /// <summary>municipality, district or sub_district, computed by the database from the path.</summary>
    string AreaLevel { get; }
}
