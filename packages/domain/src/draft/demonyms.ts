// Adjectives of nationality, and the country each belongs to.
import { KNOWN_NAMES } from "./lexicon";

/** Adjectives of nationality: a person's nationality, not a mention of the country itself. */
export const DEMONYMS =
  /^(North Korean|South Korean|Korean|Russian|Ukrainian|American|British|Chinese|Iranian|Slovak|Slovakian|Polish|German|French|Italian|Spanish|Japanese|Indian|Turkish|Syrian|Israeli|Palestinian|Western|European|Soviet|Belarusian|Hungarian|Canadian|Australian|Georgian|Armenian|Kenyan|Nigerian|Brazilian|Mexican|Norwegian|Swedish|Finnish|Danish|Estonian|Latvian|Lithuanian|Portuguese|Greek|Egyptian|Saudi|Qatari|Emirati|Cuban|Venezuelan|Taiwanese|Pakistani|Afghan|Iraqi|Lebanese|Moldovan|Romanian|Dutch|Belgian|Austrian|Swiss|Irish|African|Asian|Arab|Baltic|Nordic|Vietnamese|Indonesian|Malaysian|Thai|Filipino|Singaporean|Cambodian|Burmese|Bangladeshi|Nepali|Nepalese|Sri Lankan|Mongolian|Kazakh|Uzbek|Azerbaijani|Ethiopian|Ghanaian|Senegalese|Congolese|Ugandan|Tanzanian|Rwandan|Zambian|Zimbabwean|South African|Moroccan|Algerian|Tunisian|Libyan|Sudanese|Somali|Malian|Cameroonian|Angolan|Mozambican|Ivorian|Yemeni|Jordanian|Kuwaiti|Omani|Bahraini|Kurdish|Argentine|Argentinian|Chilean|Colombian|Peruvian|Bolivian|Ecuadorian|Uruguayan|Paraguayan|Haitian|Jamaican|Guatemalan|Serbian|Croatian|Bulgarian|Czech|Slovenian|Bosnian|Albanian|Cypriot|Maltese|Icelandic|Scottish|Welsh|English|Latin|Middle Eastern|Gulf|Pacific|Caribbean|Latin American|Central Asian|Southeast Asian|West African|East African)$/u;

const IRREGULAR: Record<string, string> = {
  American: "United States",
  British: "United Kingdom",
  Chinese: "China",
  Japanese: "Japan",
  Vietnamese: "Vietnam",
  Finnish: "Finland",
  Swedish: "Sweden",
  Danish: "Denmark",
  Dutch: "Netherlands",
  French: "France",
  Polish: "Poland",
  Turkish: "Turkey",
  Irish: "Ireland",
  Swiss: "Switzerland",
  Norwegian: "Norway",
  Greek: "Greece",
  Portuguese: "Portugal",
  Spanish: "Spain",
  Slovak: "Slovakia",
  Saudi: "Saudi Arabia",
  Israeli: "Israel",
  Iraqi: "Iraq",
  Pakistani: "Pakistan",
  Emirati: "United Arab Emirates",
  Qatari: "Qatar",
  Afghan: "Afghanistan",
  Filipino: "Philippines",
  Thai: "Thailand",
  Burmese: "Myanmar",
  Bangladeshi: "Bangladesh",
  Nepali: "Nepal",
  Nepalese: "Nepal",
  Kazakh: "Kazakhstan",
  Uzbek: "Uzbekistan",
  Senegalese: "Senegal",
  Congolese: "Democratic Republic of Congo",
  Sudanese: "Sudan",
  Somali: "Somalia",
  Malian: "Mali",
  Ivorian: "Ivory Coast",
  Yemeni: "Yemen",
  Kuwaiti: "Kuwait",
  Omani: "Oman",
  Bahraini: "Bahrain",
  Argentine: "Argentina",
  Czech: "Czech Republic",
  Cypriot: "Cyprus",
  Maltese: "Malta",
  Icelandic: "Iceland",
  Scottish: "Scotland",
  Welsh: "Wales",
  English: "England",
  "Sri Lankan": "Sri Lanka",
  "South African": "South Africa",
};

/** The country a demonym belongs to ("North Korean" → "North Korea"), when the lexicon knows it. */
export function countryOfDemonym(demonym: string): string | undefined {
  if (IRREGULAR[demonym]) return IRREGULAR[demonym];
  const stems = [
    demonym.replace(/n$/u, ""),
    demonym.replace(/ian$/u, "ia"),
    demonym.replace(/ian$/u, "e"),
    demonym.replace(/ian$/u, ""),
    demonym.replace(/an$/u, ""),
    demonym.replace(/an$/u, "y"),
  ];
  return stems.map((stem) => KNOWN_NAMES.get(stem)).find((known) => known?.kind === "country" && known.form === "name")?.name;
}
