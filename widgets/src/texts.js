// Every text a reader sees, in German and English (the element's `lang`, else the page's, else English).

import { h } from './dom.js';

const texts = {
  en: {
    loading: 'Loading…',
    source: 'Source',
    sources: 'Sources',
    licence: 'Licence',
    licenceMissing: 'not stated',
    attribution: 'Attribution',
    illustrative: 'Illustrative figures — not official statistics.',
    illustrativeShort: 'illustrative',
    illustrativeSource: 'Illustrative figures of the OpenIntegrationData project',
    dataBy: 'Data: OpenIntegrationData API',
    year: 'Year',
    value: 'Value',
    nationality: 'Nationality',
    residents: 'Residents',
    persons: 'persons',
    note: 'Note',
    dataTable: 'The figures as a table',
    populationTitle: (area, year) => `Residents by nationality, ${area}, ${year}`,
    populationTop: (top) => `The ${top} largest groups of foreign nationals`,
    programmesTitle: (area) => `Integration programmes in ${area}`,
    programmesSdg: (sdg) => `linked to SDG ${sdg}`,
    sdg: 'SDG',
    provider: 'Provider',
    since: 'since',
    until: 'until',
    status: { PLANNED: 'planned', ACTIVE: 'active', CLOSED: 'closed' },
    mapArea: 'Area',
    mapCode: 'Code',
    mapDescription: (count, level) => `A map of ${count} ${level}. Each area takes keyboard focus and announces its figure.`,
    mapByShare: 'Coloured by the share of the area\'s residents.',
    shareOfResidents: (share) => `${share} of residents`,
    shareHeading: 'Share of residents',
    noFigure: 'no figure',
    legend: 'Legend',
    mapSourceRole: { boundaries: 'Boundaries', figures: 'Figures' },
    mapData: 'These areas as GeoJSON (OpenIntegrationData API)',
    errorTitle: 'This chart cannot be shown.',
    errors: {
      missingAttribute: (d) => `The attribute "${d.name}" is missing. Example: ${d.example}`,
      badAttribute: (d) => `The attribute "${d.name}" has the value "${d.value}", which is not valid. Example: ${d.example}`,
      unknownIndicator: (d) => `There is no indicator with the code "${d.code}". Codes look like "inkar:a_GSa" or "10.7.2".`,
      unknownArea: (d) => `There is no municipality with the key "${d.key}". Use the 8-digit official key, e.g. "05111000" for Düsseldorf.`,
      unknownDistrict: (d) => `"${d.area}" has no district named "${d.district}".`,
      noData: () => 'The API has no figures for this selection.',
      noProgrammes: () => 'No programmes match this selection.',
      network: (d) => `The data could not be loaded from ${d.endpoint}. Please try again later.`,
      api: (d) => `The API refused the request: ${d.message}`,
    },
  },
  de: {
    loading: 'Wird geladen …',
    source: 'Quelle',
    sources: 'Quellen',
    licence: 'Lizenz',
    licenceMissing: 'nicht angegeben',
    attribution: 'Namensnennung',
    illustrative: 'Illustrative Werte – keine amtliche Statistik.',
    illustrativeShort: 'illustrativ',
    illustrativeSource: 'Illustrative Werte des Projekts OpenIntegrationData',
    dataBy: 'Daten: OpenIntegrationData-API',
    year: 'Jahr',
    value: 'Wert',
    nationality: 'Staatsangehörigkeit',
    residents: 'Einwohnerinnen und Einwohner',
    persons: 'Personen',
    note: 'Hinweis',
    dataTable: 'Die Werte als Tabelle',
    populationTitle: (area, year) => `Einwohner nach Staatsangehörigkeit, ${area}, ${year}`,
    populationTop: (top) => `Die ${top} größten Gruppen ausländischer Staatsangehöriger`,
    programmesTitle: (area) => `Integrationsangebote in ${area}`,
    programmesSdg: (sdg) => `mit Bezug zu SDG ${sdg}`,
    sdg: 'SDG',
    provider: 'Träger',
    since: 'seit',
    until: 'bis',
    status: { PLANNED: 'geplant', ACTIVE: 'aktiv', CLOSED: 'beendet' },
    mapArea: 'Gebiet',
    mapCode: 'Schlüssel',
    mapDescription: (count, level) => `Karte der ${count} ${level}. Jedes Gebiet lässt sich mit der Tastatur ansteuern und nennt seinen Wert.`,
    mapByShare: 'Eingefärbt nach dem Anteil an den Einwohnern des Gebiets.',
    shareOfResidents: (share) => `${share} der Einwohner`,
    shareHeading: 'Anteil an den Einwohnern',
    noFigure: 'kein Wert',
    legend: 'Legende',
    mapSourceRole: { boundaries: 'Grenzen', figures: 'Werte' },
    mapData: 'Diese Gebiete als GeoJSON (OpenIntegrationData-API)',
    errorTitle: 'Diese Grafik kann nicht angezeigt werden.',
    errors: {
      missingAttribute: (d) => `Das Attribut „${d.name}“ fehlt. Beispiel: ${d.example}`,
      badAttribute: (d) => `Das Attribut „${d.name}“ hat den ungültigen Wert „${d.value}“. Beispiel: ${d.example}`,
      unknownIndicator: (d) => `Es gibt keinen Indikator mit dem Code „${d.code}“. Codes sehen aus wie „inkar:a_GSa“ oder „10.7.2“.`,
      unknownArea: (d) => `Es gibt keine Gemeinde mit dem Schlüssel „${d.key}“. Bitte den 8-stelligen amtlichen Gemeindeschlüssel angeben, z. B. „05111000“ für Düsseldorf.`,
      unknownDistrict: (d) => `„${d.area}“ hat keinen Stadtbezirk namens „${d.district}“.`,
      noData: () => 'Die API hat für diese Auswahl keine Werte.',
      noProgrammes: () => 'Keine Angebote passen zu dieser Auswahl.',
      network: (d) => `Die Daten konnten nicht von ${d.endpoint} geladen werden. Bitte später erneut versuchen.`,
      api: (d) => `Die API hat die Anfrage abgelehnt: ${d.message}`,
    },
  },
};

/** The language of an element: its own `lang`, the nearest ancestor's, else English. */
export function languageOf(element) {
  const lang = (element.closest('[lang]')?.getAttribute('lang') || 'en').toLowerCase();
  return lang.startsWith('de') ? 'de' : 'en';
}

export function textsFor(lang) {
  return texts[lang];
}

// Licence names in both languages, by the identifier the API gives; others keep the name the source states.
const licenceNames = {
  'dl-de/by-2-0': {
    de: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    en: 'Data Licence Germany – Attribution – Version 2.0',
  },
  'dl-de/zero-2-0': { de: 'Datenlizenz Deutschland – Zero – Version 2.0', en: 'Data Licence Germany – Zero – Version 2.0' },
  'CC-BY': { de: 'Creative Commons Namensnennung (Version nicht angegeben)', en: 'Creative Commons Attribution (version not stated)' },
  'CC-BY-4.0': { de: 'Creative Commons Namensnennung 4.0 International', en: 'Creative Commons Attribution 4.0 International' },
  'CC0-1.0': { de: 'Creative Commons Zero 1.0 (gemeinfrei)', en: 'Creative Commons Zero 1.0 (public domain)' },
  MIT: { de: 'MIT-Lizenz', en: 'MIT License' },
};

/** The licence of a source in the reader's language. */
export function licenceName(source, lang, texts) {
  return licenceNames[source.licence]?.[lang] || source.licenceName || source.licence || texts.licenceMissing;
}

/**
 * A LocalizedText ({ de, en }) as a node in the reader's language. When only the other language has it, that text
 * is marked with its own `lang`, so screen readers and hyphenation treat it right.
 */
export function localizedNode(text, lang) {
  if (text?.[lang]) {
    return text[lang];
  }
  const other = lang === 'de' ? 'en' : 'de';
  return text?.[other] ? h('span', { lang: other }, text[other]) : '';
}

/** A LocalizedText ({ de, en }) in the reader's language, falling back to the other one. */
export function localized(text, lang) {
  if (!text) {
    return '';
  }
  return (lang === 'de' ? text.de || text.en : text.en || text.de) || '';
}

export function numberFormat(lang, maximumFractionDigits = 2) {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits });
}
