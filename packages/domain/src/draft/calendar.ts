// Intervals for time expressions: absolute ones as written, relative ones from the publication date.
import { NUMBER_WORDS } from "./numberWords";
import type { DraftTime } from "./types";

type Normalised = Pick<DraftTime, "interval" | "precision" | "method" | "fromPublished">;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const addDays = (d: Date, n: number) => utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n);
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase());
const lastDay = (y: number, m: number) => utc(y, m + 1, 0);

const unknown: Normalised = { interval: null, precision: "unknown", method: null, fromPublished: false };
const fixed = (start: Date, end: Date, precision: Normalised["precision"], method: string): Normalised => ({
  interval: { start: iso(start), end: iso(end) },
  precision,
  method,
  fromPublished: false,
});
const relative = (start: Date | null, end: Date | null, precision: Normalised["precision"], method: string): Normalised => ({
  interval: { start: start ? iso(start) : null, end: end ? iso(end) : null },
  precision,
  method,
  fromPublished: true,
});

/** "late 2022" → September to December; "early" → January to April; "mid" → May to August. */
function yearPart(part: string | undefined, year: number): [Date, Date] {
  if (part?.startsWith("early")) return [utc(year, 0, 1), utc(year, 3, 30)];
  if (part?.startsWith("mid")) return [utc(year, 4, 1), utc(year, 7, 31)];
  if (part?.startsWith("late")) return [utc(year, 8, 1), utc(year, 11, 31)];
  return [utc(year, 0, 1), utc(year, 11, 31)];
}

export function normaliseTime(expression: string, published: string | undefined): Normalised {
  const e = expression.toLowerCase();
  const years = [
    ...e.matchAll(
      /\b(?:(early|mid|late)[- ])?(?:(jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*) )?((?:19|20)\d{2})\b(?!s)/gu,
    ),
  ];
  if (/^(between|from) /u.test(e) && years.length === 2) {
    const [a, b] = years.map((m) => yearPart(m[1], Number(m[3])));
    return fixed(a![0], b![1], "season", "From the start of the first period named to the end of the second, as written.");
  }
  const decade = /((?:19|20)?\d)0s/u.exec(e);
  if (decade) {
    const start = Number(decade[1]!.length === 1 ? `19${decade[1]}0` : `${decade[1]}0`);
    return fixed(utc(start, 0, 1), utc(start + 9, 11, 31), "decade", "The decade as written.");
  }
  const dated =
    /\b([a-z]+)\.? (\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,? ((?:19|20)\d{2}))?|\b(\d{1,2}) ([a-z]+)(?: ((?:19|20)\d{2}))?/u.exec(e);
  if (dated) {
    const month = monthOf(dated[1] ?? dated[5]!);
    const day = Number(dated[2] ?? dated[4]);
    const year = dated[3] ?? dated[6];
    if (month >= 0 && year)
      return fixed(utc(Number(year), month, day), utc(Number(year), month, day), "day", "The date as written.");
    if (month >= 0 && published) {
      const p = new Date(`${published}T00:00:00Z`);
      const date = utc(p.getUTCFullYear(), month, day);
      return relative(date, date, "day", "The date as written, in the year of publication.");
    }
  }
  const year = years[0];
  if (year) {
    const month = year[2] ? monthOf(year[2]) : -1;
    if (month >= 0)
      return fixed(utc(Number(year[3]), month, 1), lastDay(Number(year[3]), month), "month", "The month as written.");
    const [start, end] = yearPart(year[1], Number(year[3]));
    return fixed(
      start,
      end,
      year[1] ? "season" : "year",
      year[1] ? `The ${year[1]} part of the year as written, read as four months.` : "The year as written.",
    );
  }
  if (!published) return unknown;
  const p = new Date(`${published}T00:00:00Z`);
  const y = p.getUTCFullYear();
  const m = p.getUTCMonth();
  const weekday = DAYS.findIndex((d) => e.includes(d));
  if (weekday >= 0) {
    const back = (p.getUTCDay() - weekday + 7) % 7;
    const date = /\bnext\b/u.test(e)
      ? addDays(p, (weekday - p.getUTCDay() + 7) % 7 || 7)
      : addDays(p, /\blast\b/u.test(e) && back === 0 ? -7 : -back);
    return relative(date, date, "day", "The nearest such weekday on or before the publication date (after it for 'next').");
  }
  if (/\b(today|tonight)\b/u.test(e)) return relative(p, p, "day", "The publication date.");
  if (/yesterday/u.test(e)) return relative(addDays(p, -1), addDays(p, -1), "day", "The day before publication.");
  if (/tomorrow/u.test(e)) return relative(addDays(p, 1), addDays(p, 1), "day", "The day after publication.");
  if (/this month/u.test(e))
    return relative(utc(y, m, 1), p, "month", "From the first of the publication month to the publication date.");
  if (/last month/u.test(e))
    return relative(utc(y, m - 1, 1), lastDay(y, m - 1), "month", "The calendar month before publication.");
  if (/this year/u.test(e))
    return relative(utc(y, 0, 1), p, "year", "From the first of January of the publication year to the publication date.");
  if (/last year/u.test(e) && !/(past|over|in|during) /u.test(e))
    return relative(utc(y - 1, 0, 1), utc(y - 1, 11, 31), "year", "The calendar year before publication.");
  if (/(past|last|previous) year/u.test(e))
    return relative(utc(y - 1, m, p.getUTCDate()), p, "year", "The twelve months up to the publication date.");
  if (/this week/u.test(e))
    return relative(
      addDays(p, -((p.getUTCDay() + 6) % 7)),
      p,
      "day",
      "From the Monday of the publication week to the publication date.",
    );
  if (/last week/u.test(e)) {
    const monday = addDays(p, -((p.getUTCDay() + 6) % 7) - 7);
    return relative(monday, addDays(monday, 6), "day", "The Monday-to-Sunday week before the publication week.");
  }
  const ago = /^(\S+(?: few)?) (day|week|month|year)s? ago$/u.exec(e);
  if (ago) {
    const n = NUMBER_WORDS[ago[1]!] ?? Number(ago[1]);
    if (Number.isFinite(n)) {
      const unit = ago[2]!;
      const date =
        unit === "day"
          ? addDays(p, -n)
          : unit === "week"
            ? addDays(p, -7 * n)
            : unit === "month"
              ? utc(y, m - n, p.getUTCDate())
              : utc(y - n, m, p.getUTCDate());
      return relative(
        date,
        date,
        unit === "year" ? "year" : unit === "month" ? "month" : "day",
        `${n} ${unit}(s) before the publication date, as worded.`,
      );
    }
  }
  const season = /(spring|summer|autumn|fall|winter)/u.exec(e);
  if (season) {
    const starts: Record<string, number> = { spring: 2, summer: 5, autumn: 8, fall: 8, winter: 11 };
    const first = starts[season[1]!]!;
    let year = y;
    if (/\bnext\b/u.test(e)) year = utc(y, first, 1) > p ? y : y + 1;
    else while (lastDay(year, first + 2) >= p && !/\bthis\b/u.test(e)) year--;
    return relative(
      utc(year, first, 1),
      lastDay(year, first + 2),
      "season",
      "The northern season of that name nearest the publication date (the last one before it, unless 'this' or 'next'), read as three months.",
    );
  }
  const month = MONTHS.findIndex((name, i) => i !== 4 && new RegExp(`\\b${name}`, "u").test(e));
  if (month >= 0 || /\bmay\b/u.test(e)) {
    const mm = month >= 0 ? month : 4;
    const year = utc(y, mm, 1) > p ? y - 1 : y;
    return relative(utc(year, mm, 1), lastDay(year, mm), "month", "The last month of that name up to the publication date.");
  }
  return unknown;
}
