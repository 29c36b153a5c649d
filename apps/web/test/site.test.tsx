import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { jsonLdText } from "../src/components/JsonLd";
import { describe as describeText } from "../src/lib/meta";
import { atomHref, sourceHref } from "../src/lib/site";
import { intervalWords, RELATION_WORDS } from "../src/lib/words";
import { ClaimList, StatusBadge } from "../src/components/atoms";
import { STATUS_LABELS } from "@dossier/domain/vocabulary";

describe("atomHref", () => {
  it("sends each kind of atom to its page, or a fragment on the page that gathers it", () => {
    expect(atomHref("s", "claim.x")).toBe("/s/claims/claim.x");
    expect(atomHref("s", "quote.x")).toBe("/s/quotations/quote.x");
    for (const id of ["person.x", "country.x", "body.x", "intl.x", "org.x", "media.x", "group.x"])
      expect(atomHref("s", id)).toBe(`/s/actors/${id}`);
    expect(atomHref("s", "note.x")).toBe("/s/framing#note.x");
    expect(atomHref("s", "event.x")).toBe("/s/timeline#event.x");
    expect(atomHref("s", "time.x")).toBe("/s/timeline#time.x");
    expect(atomHref("s", "part.x")).toBe("/s/source#part.x");
    expect(atomHref("s", "qty.x")).toBe("/s/details#qty.x");
    expect(atomHref("s", "ext.x")).toBe("/s/details#ext.x");
  });

  it("points into the source at an atom, or at one of its spans", () => {
    expect(sourceHref("s", "claim.x")).toBe("/s/source#claim.x");
    expect(sourceHref("s", "claim.x", 120)).toBe("/s/source#claim.x@120");
  });
});

describe("page descriptions", () => {
  it("keep the first sentence, and cut a long one at a word with an ellipsis", () => {
    expect(describeText("One. Two.")).toBe("One.");
    const long = `${"word ".repeat(60)}end.`;
    const cut = describeText(long);
    expect(cut.length).toBeLessThanOrEqual(158);
    expect(cut.endsWith("word…")).toBe(true);
  });
});

describe("JSON-LD", () => {
  it("cannot close its script element, whatever the text holds", () => {
    const text = jsonLdText({ text: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toEqual({ text: "</script><script>alert(1)</script>" });
  });
});

describe("plain words", () => {
  it("say a normalised interval as a day, a range, an open start or an open end", () => {
    expect(intervalWords({ start: "2023-03-30", end: "2023-03-30" })).toBe("2023-03-30");
    expect(intervalWords({ start: "2022-06-01", end: "2022-08-31" })).toBe("2022-06-01 to 2022-08-31");
    expect(intervalWords({ start: "2020-03-11", end: null })).toBe("from 2020-03-11, no end given");
    expect(intervalWords({ start: null, end: "2023-01-01" })).toBe("until 2023-01-01");
  });

  it("read every relation from both ends", () => {
    for (const words of Object.values(RELATION_WORDS)) expect(words.outgoing).not.toBe(words.incoming);
  });
});

describe("components", () => {
  it("a status badge names the status and explains it", () => {
    const html = renderToStaticMarkup(<StatusBadge status="allegation" />);
    expect(html).toContain(`>${STATUS_LABELS.allegation.label}<`);
    expect(html).toContain(`title="${STATUS_LABELS.allegation.meaning}"`);
  });

  it("a claim list links each claim to its page with its status, and says so when empty", () => {
    const claims = [
      { id: "claim.a", text: "A happened.", status: "denial" as const },
      { id: "claim.b", text: "B <b>", status: "editorial" as const },
    ];
    const html = renderToStaticMarkup(<ClaimList storyId="s" claims={claims} />);
    expect(html).toContain('href="/s/claims/claim.a"');
    expect(html).toContain("B &lt;b&gt;");
    expect(html).toContain(STATUS_LABELS.denial.label);
    expect(renderToStaticMarkup(<ClaimList storyId="s" claims={[]} empty="Nothing here." />)).toContain("Nothing here.");
  });
});
