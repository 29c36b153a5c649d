// General knowledge the drafter starts from, before any story's gazetteer: countries with their
// other names, seats of government that stand for them, well-known bodies, and the words of attribution.
import type { EntityKindName } from "../vocabulary";
import { COUNTRIES, METONYMS } from "./countries";

export interface KnownName {
  /** The canonical name the entity is filed under. */
  name: string;
  kind: EntityKindName;
  /** How the text names it here: a place standing for a government is a metonym. */
  form: "name" | "metonym";
}

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
  Parliament: "government-body",
  Senate: "government-body",
  Cabinet: "government-body",
  Sejm: "government-body",
  Bundestag: "government-body",
  Knesset: "government-body",
  Duma: "government-body",
  Majlis: "government-body",
  ASEAN: "international-organisation",
  "Association of Southeast Asian Nations": "international-organisation",
  ECOWAS: "international-organisation",
  OECD: "international-organisation",
  "Asian Development Bank": "international-organisation",
  ADB: "international-organisation",
  "European Central Bank": "international-organisation",
  ECB: "international-organisation",
  "Federal Reserve": "government-body",
  Fed: "government-body",
  "Gulf Cooperation Council": "international-organisation",
  "Arab League": "international-organisation",
  UNICEF: "international-organisation",
  UNHCR: "international-organisation",
  "Red Cross": "organisation",
  "Red Crescent": "organisation",
};

/** Initials that stand for a longer name the lexicon also knows. */
const SHORT_FOR: Record<string, string> = {
  UN: "United Nations",
  EU: "European Union",
  WHO: "World Health Organization",
  IAEA: "International Atomic Energy Agency",
  IMF: "International Monetary Fund",
  AP: "Associated Press",
  ASEAN: "Association of Southeast Asian Nations",
  ADB: "Asian Development Bank",
  ECB: "European Central Bank",
  Fed: "Federal Reserve",
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
  // The seat of the European Union's institutions stands for the Union, as a capital does for a country.
  names.set("Brussels", { name: "European Union", kind: "international-organisation", form: "metonym" });
  return names;
})();

/** Bodies named by their function take "the" into the mention ("the Treasury"), as the shipped story does. */
export const FUNCTION_NAMES =
  /^(Treasury|Treasury Department|Foreign Office|Home Office|\p{Lu}\p{Ll}+ (?:Ministry|Department))$/u;

/** Words that mark an organisation's name, and whether it is part of a government. */
export const BODY_WORDS =
  /\b(Ministry|Department|Office|Agency|Council|Commission|Parliament|Senate|Assembly|Court|Police|Army|Navy|Guard|Authority|Services?|Treasury|Cabinet|Government|Directorate|Bureau|Tribunal|Inspectorate|Customs|Prosecutor's Office|Secretariat|Congress|Legislature|Regulator|Board|Administration|Forces|Force)\b/u;
export const ORG_WORDS =
  /\b(Institute|University|Company|Corporation|Corp|Inc|Ltd|Group|Bank|Association|Union|Party|Foundation|Fund|Centre|Center|Network|Federation|Coalition|Front|Movement|Alliance|Committee|Programme|Program|Organi[sz]ation|Watch|International|Industries|Airlines|Shipping|Port|Pharma|Pharmaceuticals|Biologics|Holdings|Energy|Motors|Systems|Technologies|Labs|Logistics|Partners|Capital|Media|Foods|Mining|Oil|Gas|Motor|Motors|Chamber|Electronics|Electric|Steel|Telecom|Telecommunications|Airways|Air|Petroleum|Resources|Investments?|Securities|Insurance|Exchange|Markets|Ventures|Chemicals|Construction|Power|Cement|Textiles|Railways?|Ports|Breweries|Brewery|Enterprises?|Consortium|Cooperative|Trust|Confederation|Unions|League|Guild|Syndicate|Heavy|Co|Plc|PLC|SA|AG|NV|GmbH|Tbk|Bhd|JSC|LLC|Limited|Bancorp|Financial|Finance|Petrochemicals?|Automotive|Semiconductor|Minerals|Metals|Mines|Utilities|Solutions|Therapeutics|Shipyards?|Refinery|Refineries|Pharmaceutical|Healthcare|Hospital|School|College|Academy|Church|Club|Council of Churches|Society)\b/u;
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
  /^(spokesman|spokeswoman|spokesperson|minister|secretary|president|vice-president|premier|chancellor|leader|chief|director|analyst|ambassador|envoy|official|governor|mayor|chairman|chairwoman|chair|commander|general|senator|lawmaker|adviser|advisor|economist|researcher|professor|head|manager|executive|founder|editor|correspondent|prosecutor|judge|captain|admiral|colonel|king|queen|prince|princess|sheikh|emir|sultan|crown|cardinal|pope|imam|prime|deputy|foreign|defence|defense|finance|interior|justice|trade|energy|health|press|national|security|research|senior|former|acting|chief|general|state|party|opposition|union|port|harbour|harbor|police|army|military|intelligence|naval|border|coast)$/iu;
/** The noun a title ends with: the one that names the office. */
export const OFFICE_NOUNS =
  /^(spokesman|spokeswoman|spokesperson|minister|secretary|president|vice-president|premier|chancellor|leader|chief|director|analyst|ambassador|envoy|official|governor|mayor|chairman|chairwoman|chair|commander|general|senator|lawmaker|adviser|advisor|economist|researcher|professor|head|manager|executive|founder|editor|correspondent|prosecutor|judge|captain|admiral|colonel|king|queen|prince|princess|sheikh|emir|sultan|cardinal|pope|imam)$/iu;

/** Capitalised initials that name a thing or a measure, never an actor. */
export const NOT_ACRONYMS =
  /^(GDP|GNP|CEO|CFO|COO|CTO|VAT|GST|IPO|LNG|LPG|EV|EVs|AI|COVID|PM|AM|GMT|UTC|TV|FM|HIV|AIDS|SUV|ATM|FDI|ESG|NGO|NGOs|MP|MPs|ID|DNA|IT|PR|CO|QR|PDF|UAV|UAVs|R&D|OK|CPI|PPI|PMI|CCTV|SMS|USB|GPS|MW|GW|KW|KM|KG|ICU|FY|YoY|Q1|Q2|Q3|Q4|H1|H2|USD|EUR|GBP|JPY|CNY|RMB|INR|IDR|KRW|VND|NGN|BRL|PLN|SAR|AED|EGP|TRY|ZAR|KES|PHP|MYR|THB|CHF|RUB|UAH|PKR|BDT|GHS)$/u;

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

/** Nouns that open a news sentence capitalised before a name ("Shares in X", "Regulator X", "Lender X"):
 * dropped from the front of a run, but kept at its end ("National Union of Teachers"). */
export const OPENING_NOUNS = new Set(
  "Shares Analysts Investors Residents Prices Sales Exports Imports Critics Experts Farmers Workers Protesters Economists Traders Witnesses Regulator Regulators Lender Lenders Carrier Insurer Miner Broadcaster Rival Opposition Rescuers Doctors Villagers Voters Unions Employers Customers Passengers Students Teachers".split(
    " ",
  ),
);
