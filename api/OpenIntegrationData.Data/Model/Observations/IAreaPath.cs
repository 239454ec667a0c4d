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

    /// <summary>The area on any level; for district and sub-district figures the database fills in their area.</summary>
    long? AreaId { get; }

    /// <summary>municipality, district, sub_district or area, computed by the database from the path.</summary>
    string AreaLevel { get; }
}
