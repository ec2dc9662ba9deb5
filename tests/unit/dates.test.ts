// One calendar rule (src/dates.ts) for every date geokg reads: pages, sentences and typed values all
// refuse a day that does not exist, instead of reading it as some other day.
import { describe, expect, it } from "vitest";
import { calendarDate, isCalendarDate, monthNumber } from "../../src/dates.js";
import { eventDate } from "../../src/extract/event-date.js";
import { findDate } from "../../src/read/dates.js";
import { strictDate } from "../../src/strict-values.js";

describe("calendar dates", () => {
  it("calendarDate keeps real dates and refuses impossible ones", () => {
    expect(calendarDate(2024, 2, 29)).toBe("2024-02-29");
    expect(calendarDate(2024, 7)).toBe("2024-07");
    expect(calendarDate(2024)).toBe("2024");
    expect(calendarDate(2023, 2, 29)).toBeUndefined();
    expect(calendarDate(2024, 2, 31)).toBeUndefined();
    expect(calendarDate(2024, 6, 31)).toBeUndefined();
    expect(calendarDate(2024, 13)).toBeUndefined();
    expect(calendarDate(2024, 1, 0)).toBeUndefined();
  });

  it("monthNumber reads names and abbreviations only", () => {
    expect(monthNumber("February")).toBe(2);
    expect(monthNumber("Sept.")).toBe(9);
    expect(monthNumber("dec")).toBe(12);
    expect(monthNumber("Ma")).toBeUndefined();
    expect(monthNumber("Monday")).toBeUndefined();
  });

  it.each(["February 31, 2024", "31 February 2024", "2024-02-31", "June 31, 2024"])(
    "%s is no date on a page, in a sentence or as a typed value",
    (text) => {
      expect(findDate(text)).toBeUndefined();
      expect(eventDate(`The two leaders met on ${text}.`, "2024-08-01")).toBeUndefined();
      const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
      if (iso) {
        expect(isCalendarDate(iso)).toBe(false);
        expect(strictDate().safeParse(iso).success).toBe(false);
      }
    },
  );

  it("the same real date is read alike everywhere", () => {
    expect(findDate("February 29, 2024")).toBe("2024-02-29");
    expect(eventDate("The two leaders met on February 29, 2024.")).toBe("2024-02-29");
    expect(eventDate("The two leaders met on 29 February 2024.")).toBe("2024-02-29");
    expect(eventDate("They met on June 19.", "2024-06-20")).toBe("2024-06-19");
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(strictDate().safeParse("2024-02-29").success).toBe(true);
  });

  it("a publication date that does not exist resolves no relative date", () => {
    expect(eventDate("They met yesterday.", "2024-02-30")).toBeUndefined();
    expect(eventDate("They met yesterday.", "2024-03-01")).toBe("2024-02-29");
  });
});
