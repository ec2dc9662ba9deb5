// Issue 12: `from=2024-13-45` and `minSources=0x10` were accepted. Dates and numbers in every API and
// CLI parameter go through these checks.
import { describe, expect, it } from "vitest";
import { graphFilterFrom } from "../../src/api/validate.js";
import { parseSince } from "../../src/cli/commands/ingest.js";
import { parsePort } from "../../src/cli/commands/serve.js";
import { parseFilterFlags } from "../../src/query/filter-options.js";
import { coerceParam } from "../../src/query/params.js";
import { isCalendarDate } from "../../src/dates.js";
import { parseWholeNumber } from "../../src/whole-number.js";

describe("isCalendarDate", () => {
  it("accepts YYYY, YYYY-MM and real YYYY-MM-DD dates", () => {
    for (const d of ["2024", "2024-02", "2024-02-29", "2023-12-31", "1999-01-01"])
      expect(isCalendarDate(d)).toBe(true);
  });
  it("refuses impossible dates and other shapes", () => {
    for (const d of [
      "2024-13-45",
      "2024-13",
      "2024-00",
      "2023-02-29",
      "2024-04-31",
      "2024-1-5",
      "24",
      "2024-06-19T00:00",
      " 2024",
      "",
    ])
      expect(isCalendarDate(d)).toBe(false);
  });
});

describe("parseWholeNumber", () => {
  it("reads decimal digits only", () => {
    expect(parseWholeNumber("16")).toBe(16);
    expect(parseWholeNumber("0")).toBe(0);
    for (const n of [
      "0x10",
      "1e1",
      "3.0",
      " 3",
      "3 ",
      "+3",
      "-3",
      "",
      "0b1",
      "Infinity",
      "99999999999999999999",
    ])
      expect(parseWholeNumber(n)).toBeUndefined();
  });
});

describe("API parameters", () => {
  it("refuses impossible dates and numbers that are not plain digits", () => {
    expect(() => graphFilterFrom({ from: "2024-13-45" })).toThrow(/from: .*not a calendar date/);
    expect(() => graphFilterFrom({ to: "2023-02-29" })).toThrow(/to: /);
    expect(() => graphFilterFrom({ minSources: "0x10" })).toThrow(/minSources: expected a whole number/);
    expect(() => graphFilterFrom({ minSources: "1e1" })).toThrow(/minSources/);
    expect(graphFilterFrom({ from: "2024-02-29", minSources: "16" })).toEqual({
      from: "2024-02-29",
      minSources: 16,
    });
  });
});

describe("CLI parameters", () => {
  it("export filters", () => {
    expect(() => parseFilterFlags({ from: "2024-13-45" })).toThrow(/--from: .*not a calendar date/);
    expect(() => parseFilterFlags({ minSources: "0x10" })).toThrow(/--min-sources: expected a whole number/);
    expect(parseFilterFlags({ from: "2024-02", minSources: "2" })).toEqual({
      from: "2024-02",
      minSources: 2,
    });
  });
  it("ingest --since", () => {
    expect(() => parseSince("2024-02-30")).toThrow(/--since/);
    expect(() => parseSince("2024-13-01")).toThrow(/--since/);
    expect(parseSince("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });
  it("ports", () => {
    expect(() => parsePort("0x10")).toThrow(/port/);
    expect(() => parsePort("1e3")).toThrow(/port/);
    expect(parsePort("8080")).toBe(8080);
  });
  it("query parameters: numbers and dates", () => {
    expect(() => coerceParam("min", "0x10", "int")).toThrow(/not an integer/);
    expect(() => coerceParam("w", "0x10", "float")).toThrow(/not a number/);
    expect(coerceParam("w", "2.5", "float")).toBe(2.5);
    expect(() => coerceParam("since", "2024-13-45", "date")).toThrow(
      /since: "2024-13-45" is not a calendar date/,
    );
    expect(coerceParam("since", "2024-06", "date")).toBe("2024-06");
    // Untyped (literal Cypher): hex stays text rather than becoming a number.
    expect(coerceParam("x", "0x10")).toBe("0x10");
  });
});
