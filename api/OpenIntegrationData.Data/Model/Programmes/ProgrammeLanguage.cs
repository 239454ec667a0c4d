namespace OpenIntegrationData.Data.Model.Programmes;

/// <summary>A language a programme is offered in (table <c>programme_language</c>).</summary>
public sealed class ProgrammeLanguage
{
    public long ProgrammeId { get; set; }

    public required string LanguageCode { get; set; }
}
