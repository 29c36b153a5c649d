// Reporting verbs, each with the claim status its class suggests: a guess the author confirms.
import type { ClaimStatusName } from "../vocabulary";

const CLASSES: Record<string, ClaimStatusName> = {
  accuse: "allegation",
  charge: "allegation",
  allege: "allegation",
  claim: "allegation",
  blame: "allegation",
  deny: "denial",
  reject: "denial",
  dismiss: "denial",
  refute: "denial",
  sanction: "official-action",
  designate: "official-action",
  announce: "official-action",
  impose: "official-action",
  order: "official-action",
  warn: "assessment",
  suggest: "assessment",
  estimate: "assessment",
  believe: "assessment",
  assess: "assessment",
  predict: "assessment",
  fear: "assessment",
  argue: "assessment",
  report: "reported-unconfirmed",
  pledge: "planned",
  promise: "planned",
  vow: "planned",
  say: "statement",
  tell: "statement",
  note: "statement",
  add: "statement",
  state: "statement",
  explain: "statement",
  write: "statement",
  confirm: "statement",
  acknowledge: "statement",
  insist: "statement",
  stress: "statement",
  describe: "statement",
  urge: "statement",
  ask: "statement",
  reply: "statement",
  respond: "statement",
  understand: "statement",
  admit: "statement",
};

/** Inflected forms a news text uses, each mapped to its lemma. */
const FORMS = new Map<string, string>();
for (const lemma of Object.keys(CLASSES)) {
  const stem = lemma.replace(/e$/, "");
  const irregular: Record<string, string[]> = {
    say: ["said", "says", "saying"],
    tell: ["told", "tells", "telling"],
    write: ["wrote", "writes", "writing"],
    understand: ["understood"],
    deny: ["denied", "denies", "denying"],
    reply: ["replied", "replies", "replying"],
    admit: ["admitted", "admits", "admitting"],
  };
  const forms = irregular[lemma] ?? [`${stem}ed`, `${lemma}s`, `${stem}ing`, lemma.endsWith("e") ? `${lemma}d` : `${lemma}ed`];
  for (const form of [lemma, ...forms]) FORMS.set(form, lemma);
}

/** A pattern matching any reporting verb form as a whole word. */
export const REPORTING_VERB = new RegExp(`\\b(${[...FORMS.keys()].sort((a, b) => b.length - a.length).join("|")})\\b`, "gu");

/** The lemma of a reporting verb form, or undefined. */
export const lemmaOf = (form: string): string | undefined => FORMS.get(form.toLowerCase());

/** The status a claim reported with this verb probably has. */
export const statusOfVerb = (form: string | null): ClaimStatusName => {
  const lemma = form === null ? undefined : lemmaOf(form);
  return lemma === undefined ? "statement" : CLASSES[lemma]!;
};

/** Verbs that report speech most plainly; the ones a quotation's attribution uses. */
export const SPEECH_VERB =
  /^(said|says|told|tells|added|adds|noted|notes|stated|states|wrote|writes|explained|warned|warns|insisted|argued|asked|replied|confirmed|acknowledged|stressed|charged|accused|alleged|claimed|denied|announced|urged|continued|recalled|call|called|calls|described|describes|declared|remarked|commented|observed|predicted|pledged|vowed|promised|conceded|admitted|complained|cautioned|emphasised|emphasized|maintained|countered|responded|retorted|suggested|tweeted|posted|testified|reiterated|contended|lamented|boasted|joked|shouted|quoted|saying)$/iu;
