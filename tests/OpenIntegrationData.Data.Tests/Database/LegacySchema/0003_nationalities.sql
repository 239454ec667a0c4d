-- Nationalities (countries of citizenship) and the groups of nationalities that statistics report.

create table nationality (
    id                bigint generated always as identity primary key,
    alpha2            char(2) not null unique check (alpha2 ~ '^[A-Z]{2}$'),
    alpha3            char(3) not null unique check (alpha3 ~ '^[A-Z]{3}$'),
    numeric_code      char(3) not null unique check (numeric_code ~ '^[0-9]{3}$'),
    name_de           text    not null check (name_de <> ''),
    name_en           text    not null check (name_en <> ''),
    official_name_de  text,
    official_name_en  text,
    common_name_de    text,
    common_name_en    text,
    is_eu_member      boolean not null,
    region_de         text,
    region_en         text,
    destatis_code     char(3) unique check (destatis_code ~ '^[0-9]{3}$'),
    source_id         bigint  not null references source (id)
);

create index nationality_region_en_idx on nationality (region_en);
create index nationality_is_eu_member_idx on nationality (is_eu_member);
create index nationality_source_id_idx on nationality (source_id);
create index nationality_name_en_idx on nationality (name_en);
create index nationality_name_de_idx on nationality (name_de);

comment on table nationality is 'A country or territory in ISO 3166-1, seen as a nationality (citizenship) of residents.';
comment on column nationality.id is 'Surrogate key.';
comment on column nationality.alpha2 is 'ISO 3166-1 alpha-2 code (e.g. "TR").';
comment on column nationality.alpha3 is 'ISO 3166-1 alpha-3 code (e.g. "TUR").';
comment on column nationality.numeric_code is 'ISO 3166-1 numeric code, three digits with leading zeros (e.g. "792").';
comment on column nationality.name_de is 'Short name in German (e.g. "Türkei").';
comment on column nationality.name_en is 'Short name in English (e.g. "Türkiye").';
comment on column nationality.official_name_de is 'Official long name in German, where ISO gives one.';
comment on column nationality.official_name_en is 'Official long name in English, where ISO gives one.';
comment on column nationality.common_name_de is 'Commonly used name in German, where it differs from the short name.';
comment on column nationality.common_name_en is 'Commonly used name in English, where it differs from the short name.';
comment on column nationality.is_eu_member is 'True for the 27 member states of the European Union (as of 1 February 2020).';
comment on column nationality.region_de is 'Continent group of the German Federal Statistical Office (Destatis) in German (e.g. "Europa", "Afrika"); empty for territories without a Destatis code.';
comment on column nationality.region_en is 'The same continent group in English (e.g. "Europe", "Africa").';
comment on column nationality.destatis_code is 'Three-digit nationality code of the German Federal Statistical Office (Destatis), where one exists.';
comment on column nationality.source_id is 'Source of codes and names.';

create table nationality_group (
    id             bigint generated always as identity primary key,
    key            text    not null unique check (key ~ '^[a-z0-9][a-z0-9_-]*$'),
    kind           text    not null check (kind in (
                       'all_foreign', 'union', 'continent', 'single_country', 'residual', 'statistical_code')),
    name_de        text    not null check (name_de <> ''),
    name_en        text    not null check (name_en <> ''),
    description_de text,
    description_en text,
    nationality_id bigint  references nationality (id),
    destatis_code  char(3) unique check (destatis_code ~ '^[0-9]{3}$'),
    source_id      bigint  not null references source (id),
    check (kind <> 'single_country' or nationality_id is not null)
);

create index nationality_group_nationality_id_idx on nationality_group (nationality_id);
create index nationality_group_source_id_idx on nationality_group (source_id);
create index nationality_group_kind_idx on nationality_group (kind);

comment on table nationality_group is
    'A group of nationalities as a statistics office reports it, e.g. "Europäische Union", "Afrika", "Übriges Europa" or "all foreign nationals". '
    'Groups are not countries; their exact membership is as defined by the publishing office at the time. '
    'Also holds the Destatis nationality codes that have no ISO country (former states, "staatenlos", "ungeklärt").';
comment on column nationality_group.id is 'Surrogate key.';
comment on column nationality_group.key is 'Stable short name used by the CSV files (e.g. "koeln-eu").';
comment on column nationality_group.kind is
    'all_foreign (every non-German nationality), union (e.g. the EU), continent, single_country (a group that is one country, e.g. "Türkei"), '
    'residual ("other"/"rest of Europe"), statistical_code (a Destatis code without ISO country, e.g. "staatenlos").';
comment on column nationality_group.name_de is 'Name in German as published.';
comment on column nationality_group.name_en is 'Name in English.';
comment on column nationality_group.description_de is 'What the group contains, in German.';
comment on column nationality_group.description_en is 'What the group contains, in English.';
comment on column nationality_group.nationality_id is 'The one country of a single_country group.';
comment on column nationality_group.destatis_code is 'Destatis nationality code for statistical_code groups.';
comment on column nationality_group.source_id is 'Source that defines the group.';
