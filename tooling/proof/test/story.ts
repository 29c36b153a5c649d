// What an author writes by hand after `story:new`, following docs/adding-a-story.md: spans as
// quoted words only, offsets left to `story:anchor`.

export const SLUG = "lighthouse-strike";
export const TITLE = "Lighthouse keepers vote to strike over doubled night shifts, and the port authority calls it premature";

export const ARTICLE = [
  "Lighthouse keepers vote to strike over night shifts",
  "- The union says shifts have doubled since spring",
  "- The port authority calls the vote premature",
  "Keepers at three lighthouses voted on Monday to strike, their union said, after night shifts doubled.",
  "A keeper climbs the stairs at dusk",
  "The port authority said the vote was premature and that talks would continue.",
  "",
].join("\n");

type Json = Record<string, unknown>;

const entity = (id: string, kind: string, name: string, description: string, mention: Json): Json => ({
  id,
  kind,
  name,
  aliases: [],
  description,
  nationality: null,
  partOf: null,
  unnamed: false,
  mentions: [{ span: mention, form: "description", role: null }],
});

const claim = (fields: Json): Json => ({
  modality: "asserted",
  about: [],
  mentions: [],
  quantities: [],
  times: [],
  instruments: [],
  related: [],
  ...fields,
});

/** Fills the scaffold the way the guide says: entities, claims in our own words, then the summary. */
export function fillIn(story: Json): Json {
  return {
    ...story,
    title: TITLE,
    summary:
      "Keepers at three lighthouses have voted for a strike after their night shifts doubled, their union says; the port authority answers that the vote comes too early and that talks go on.",
    keyPoints: [
      {
        id: "point.vote",
        text: "The keepers' union says its members voted for a strike over doubled night shifts.",
        claims: ["claim.keepers-vote"],
      },
      {
        id: "point.reply",
        text: "The port authority calls the vote premature and says talks continue.",
        claims: ["claim.vote-premature"],
      },
    ],
    entities: [
      entity("org.keepers-union", "organisation", "Lighthouse keepers' union", "The union that speaks for the keepers.", {
        exact: "their union",
      }),
      entity(
        "body.port-authority",
        "government-body",
        "Port authority",
        "The authority that runs the port and its lighthouses.",
        {
          exact: "The port authority",
          nth: 2,
        },
      ),
      entity("group.keepers", "group", "Lighthouse keepers", "The keepers of three lighthouses.", {
        exact: "Keepers at three lighthouses",
      }),
    ],
    claims: [
      claim({
        id: "claim.keepers-vote",
        text: "Keepers at three sites chose to walk out after their overnight duty was doubled.",
        claimant: "org.keepers-union",
        attribution: { kind: "stated", reason: null },
        status: "statement",
        role: "central",
        about: ["group.keepers"],
        appearances: [
          {
            spans: [{ exact: "Keepers at three lighthouses voted on Monday to strike" }],
            reportingVerb: { exact: "said", nth: 1 },
            attributed: true,
          },
        ],
        related: [{ claim: "claim.vote-premature", relation: "contrasts" }],
      }),
      claim({
        id: "claim.vote-premature",
        text: "The authority thinks the strike vote came too early and says negotiations go on.",
        claimant: "body.port-authority",
        attribution: { kind: "stated", reason: null },
        status: "statement",
        role: "reaction",
        about: ["group.keepers"],
        appearances: [
          { spans: [{ exact: "the vote was premature" }], reportingVerb: { exact: "said", nth: 2 }, attributed: true },
        ],
      }),
    ],
  };
}
