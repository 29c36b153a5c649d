// General knowledge the drafter starts from, before any story's gazetteer: countries with their
// other names, seats of government that stand for them, well-known bodies, and the words of attribution.
import type { EntityKindName } from "../vocabulary";

export interface KnownName {
  /** The canonical name the entity is filed under. */
  name: string;
  kind: EntityKindName;
  /** How the text names it here: a place standing for a government is a metonym. */
  form: "name" | "metonym";
}

const COUNTRIES: Record<string, string[]> = {
  Russia: ["Russian Federation"],
  "North Korea": ["DPRK", "Democratic People's Republic of Korea"],
  "South Korea": ["Republic of Korea"],
  Ukraine: [],
  "United States": ["US", "U.S.", "USA", "United States of America", "America"],
  "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
  England: [],
  Scotland: [],
  Wales: [],
  "Northern Ireland": [],
  China: ["People's Republic of China", "PRC"],
  Iran: [],
  Iraq: [],
  Syria: [],
  Israel: [],
  Turkey: ["Türkiye"],
  Germany: [],
  France: [],
  Italy: [],
  Spain: [],
  Portugal: [],
  Poland: [],
  Hungary: [],
  Slovakia: [],
  Belarus: [],
  Moldova: [],
  Zambia: [],
  Uganda: [],
  Senegal: [],
  Morocco: [],
  Algeria: [],
  Tunisia: [],
  "Czech Republic": ["Czechia"],
  Cyprus: [],
  Zimbabwe: [],
  Malawi: [],
  Georgia: [],
  Armenia: [],
  Azerbaijan: [],
  Kazakhstan: [],
  Japan: [],
  India: [],
  Pakistan: [],
  Afghanistan: [],
  Bangladesh: [],
  Indonesia: [],
  Vietnam: [],
  Philippines: [],
  Australia: [],
  "New Zealand": [],
  Canada: [],
  Mexico: [],
  Brazil: [],
  Argentina: [],
  Chile: [],
  Venezuela: [],
  Colombia: [],
  Peru: [],
  Cuba: [],
  Egypt: [],
  Libya: [],
  Sudan: [],
  Ethiopia: [],
  Kenya: [],
  Nigeria: [],
  Ghana: [],
  "South Africa": [],
  Mali: [],
  Niger: [],
  Somalia: [],
  Yemen: [],
  "Saudi Arabia": [],
  Qatar: [],
  "United Arab Emirates": ["UAE"],
  Lebanon: [],
  Jordan: [],
  Norway: [],
  Sweden: [],
  Finland: [],
  Denmark: [],
  Estonia: [],
  Latvia: [],
  Lithuania: [],
  Romania: [],
  Bulgaria: [],
  Greece: [],
  Serbia: [],
  Croatia: [],
  Netherlands: [],
  Belgium: [],
  Austria: [],
  Switzerland: [],
  Ireland: [],
  Iceland: [],
  Greenland: [],
  Taiwan: [],
  Myanmar: [],
  Thailand: [],
  Malaysia: [],
  Singapore: [],
};

/** Seats of government and capitals, read as standing for their country when they act or are acted on. */
const METONYMS: Record<string, string> = {
  Moscow: "Russia",
  Kremlin: "Russia",
  Pyongyang: "North Korea",
  Seoul: "South Korea",
  Kyiv: "Ukraine",
  Kiev: "Ukraine",
  Washington: "United States",
  Beijing: "China",
  Tehran: "Iran",
  London: "United Kingdom",
  Paris: "France",
  Berlin: "Germany",
  Tokyo: "Japan",
  Ankara: "Turkey",
  Minsk: "Belarus",
  Warsaw: "Poland",
  Budapest: "Hungary",
  Bratislava: "Slovakia",
  Brasília: "Brazil",
  Ottawa: "Canada",
  Canberra: "Australia",
  "New Delhi": "India",
  Islamabad: "Pakistan",
  Riyadh: "Saudi Arabia",
  Damascus: "Syria",
  Baghdad: "Iraq",
  Cairo: "Egypt",
  Nairobi: "Kenya",
  Abuja: "Nigeria",
  Oslo: "Norway",
  Stockholm: "Sweden",
  Helsinki: "Finland",
  Copenhagen: "Denmark",
  Tallinn: "Estonia",
  Riga: "Latvia",
  Vilnius: "Lithuania",
  Lisbon: "Portugal",
  Madrid: "Spain",
  Rome: "Italy",
  Athens: "Greece",
  Havana: "Cuba",
  Caracas: "Venezuela",
  Manila: "Philippines",
  Jakarta: "Indonesia",
  Hanoi: "Vietnam",
  Taipei: "Taiwan",
  Chisinau: "Moldova",
  "Addis Ababa": "Ethiopia",
  Khartoum: "Sudan",
  Kampala: "Uganda",
  Accra: "Ghana",
  Dakar: "Senegal",
  Rabat: "Morocco",
  Algiers: "Algeria",
  Tunis: "Tunisia",
  Tripoli: "Libya",
  Amman: "Jordan",
  Beirut: "Lebanon",
  Baku: "Azerbaijan",
  Yerevan: "Armenia",
  Tbilisi: "Georgia",
  Astana: "Kazakhstan",
  Kabul: "Afghanistan",
  Dhaka: "Bangladesh",
  Bangkok: "Thailand",
  "Kuala Lumpur": "Malaysia",
  Wellington: "New Zealand",
  "Buenos Aires": "Argentina",
  Bogotá: "Colombia",
  "Mexico City": "Mexico",
  Pretoria: "South Africa",
  "Abu Dhabi": "United Arab Emirates",
  Doha: "Qatar",
  Vienna: "Austria",
  Prague: "Czech Republic",
  Belgrade: "Serbia",
  Sofia: "Bulgaria",
  Bucharest: "Romania",
  Dublin: "Ireland",
  Lusaka: "Zambia",
  Harare: "Zimbabwe",
  Lilongwe: "Malawi",
};

const BODIES: Record<string, EntityKindName> = {
  "White House": "government-body",
  Pentagon: "government-body",
  Congress: "government-body",
  "State Department": "government-body",
  "Treasury Department": "government-body",
  Treasury: "government-body",
  "National Security Council": "government-body",
  "European Commission": "international-organisation",
  "European Union": "international-organisation",
  EU: "international-organisation",
  "United Nations": "international-organisation",
  UN: "international-organisation",
  "UN Security Council": "international-organisation",
  "Security Council": "international-organisation",
  NATO: "international-organisation",
  "World Health Organization": "international-organisation",
  WHO: "international-organisation",
  IAEA: "international-organisation",
  "International Atomic Energy Agency": "international-organisation",
  IMF: "international-organisation",
  "International Monetary Fund": "international-organisation",
  "World Bank": "international-organisation",
  "World Food Programme": "international-organisation",
  "World Trade Organization": "international-organisation",
  "African Union": "international-organisation",
  OPEC: "international-organisation",
  CNN: "media",
  BBC: "media",
  Reuters: "media",
  "Associated Press": "media",
  AP: "media",
  AFP: "media",
  Bloomberg: "media",
  "Al Jazeera": "media",
  KCNA: "media",
  TASS: "media",
  Xinhua: "media",
};

/** Initials that stand for a longer name the lexicon also knows. */
const SHORT_FOR: Record<string, string> = {
  UN: "United Nations",
  EU: "European Union",
  WHO: "World Health Organization",
  IAEA: "International Atomic Energy Agency",
  IMF: "International Monetary Fund",
  AP: "Associated Press",
  "Treasury Department": "Treasury",
};

/** Every name the lexicon knows, as written in a text. */
export const KNOWN_NAMES: ReadonlyMap<string, KnownName> = (() => {
  const names = new Map<string, KnownName>();
  for (const [country, others] of Object.entries(COUNTRIES)) {
    for (const written of [country, ...others]) names.set(written, { name: country, kind: "country", form: "name" });
  }
  for (const [written, country] of Object.entries(METONYMS))
    names.set(written, { name: country, kind: "country", form: "metonym" });
  for (const [written, kind] of Object.entries(BODIES))
    names.set(written, { name: SHORT_FOR[written] ?? written, kind, form: "name" });
  return names;
})();

/** Bodies named by their function take "the" into the mention ("the Treasury"), as the shipped story does. */
export const FUNCTION_NAMES =
  /^(Treasury|Treasury Department|State Department|Justice Department|Defen[cs]e Ministry|Foreign Ministry|Interior Ministry|Finance Ministry|Health Ministry|Foreign Office|Home Office)$/u;

/** Words that mark an organisation's name, and whether it is part of a government. */
export const BODY_WORDS =
  /\b(Ministry|Department|Office|Agency|Council|Commission|Parliament|Senate|Assembly|Court|Police|Army|Navy|Guard|Authority|Service|Treasury|Cabinet|Government|Directorate|Bureau)\b/u;
export const ORG_WORDS =
  /\b(Institute|University|Company|Corporation|Corp|Inc|Ltd|Group|Bank|Association|Union|Party|Foundation|Fund|Centre|Center|Network|Federation|Coalition|Front|Movement|Alliance|Committee|Programme|Program|Organi[sz]ation|Watch|International|Industries|Airlines|Shipping|Port|Pharma|Pharmaceuticals|Biologics|Holdings|Energy|Motors|Systems|Technologies|Labs|Logistics|Partners|Capital|Media|Foods|Mining|Oil|Gas)\b/u;
export const MEDIA_WORDS =
  /\b(News|Times|Post|Journal|Herald|Gazette|Telegraph|Tribune|Radio|Television|TV|Agency)$|^(Radio|Television|TV|Canal|Channel) /u;
/** A description right before a one-word name says what it names ("the broadcaster Yle"). */
export const NAMED_AS: Readonly<Record<string, "media" | "organisation">> = {
  broadcaster: "media",
  newspaper: "media",
  daily: "media",
  channel: "media",
  website: "media",
  magazine: "media",
  agency: "media",
  company: "organisation",
  firm: "organisation",
  group: "organisation",
  bank: "organisation",
  insurer: "organisation",
  carrier: "organisation",
  airline: "organisation",
  charity: "organisation",
  operator: "organisation",
  miner: "organisation",
};

/** Words that end the name of a place, which is a location and no actor. */
export const PLACE_WORDS =
  /\b(Sea|Ocean|River|Strait|Gulf|Mountains|Island|Islands|Peninsula|Bay|Valley|Lake|Region|Province|Desert|Coast|Canal)$/u;

/** Nouns that make a title when they precede or follow a name ("spokesman John Kirby"). */
export const TITLE_NOUNS =
  /^(spokesman|spokeswoman|spokesperson|minister|secretary|president|vice-president|premier|chancellor|leader|chief|director|analyst|ambassador|envoy|official|governor|mayor|chairman|chairwoman|chair|commander|general|senator|lawmaker|adviser|advisor|economist|researcher|professor|head|manager|executive|founder|editor|correspondent|prosecutor|judge|captain|admiral|colonel|king|queen|prince|prime|deputy|foreign|defence|defense|finance|interior|justice|trade|energy|health|press|national|security|research|senior|former|acting|chief|general|state|party|opposition|union|port|harbour|harbor|police|army|military|intelligence|naval|border|coast)$/iu;
/** The noun a title ends with: the one that names the office. */
export const OFFICE_NOUNS =
  /^(spokesman|spokeswoman|spokesperson|minister|secretary|president|vice-president|premier|chancellor|leader|chief|director|analyst|ambassador|envoy|official|governor|mayor|chairman|chairwoman|chair|commander|general|senator|lawmaker|adviser|advisor|economist|researcher|professor|head|manager|executive|founder|editor|correspondent|prosecutor|judge|captain|admiral|colonel|king|queen|prince)$/iu;

/** Capitalised words that start sentences or name days and months, never an entity by themselves. */
export const NOT_NAMES = new Set(
  (
    "A An The This That These Those It Its He She They We I You Our Their His Her But And Or So Yet If When While Since " +
    "After Before During Between Under Over Earlier Later Meanwhile However Although Though Despite As At In On Of For To " +
    "From By With Without Into About Also Still Even Now Then There Here Last Next Data Officials Some Many Most Few " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December Mr Mrs Ms Dr Sir Both Each Every No Not Neither Nor What Which Who Why How " +
    "Schemes Any Under Asked Speaking Separately Instead Overall Yes Such Other Another One Two Three Several"
  ).split(" "),
);
