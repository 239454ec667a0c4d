namespace OpenIntegrationData.SeedBuilder.Nationalities;

/// <summary>
/// What a published nationality name stands for: one Destatis code (two for GENESIS's combined "Ungeklärt / Ohne
/// Angabe"), and the ISO 3166-1 country where one exists — former states, Kosovo, "staatenlos" and the like have none.
/// <see cref="Basis"/> says why the name maps: the code list spells it so, or the reason of a hand-checked entry.
/// </summary>
public sealed record NationalityCode(string Name, IReadOnlyList<string> DestatisCodes, string? Alpha2, string Basis);
