import { describe, expect, it } from "vitest";
import { createProgress, formatEta, progressLine } from "../../src/ingest/progress.js";

describe("ingest progress", () => {
  it("formats rate and ETA", () => {
    expect(progressLine(60, 50, 150, 10_000)).toBe(
      "ingest: 60 articles (50/150 files), 6.0 articles/s, ETA 20s",
    );
    expect(formatEta(125)).toBe("2m05s");
    expect(formatEta(Number.NaN)).toBe("?");
  });

  it("writes nothing when the stream is not a TTY", () => {
    let written = "";
    const stream = {
      isTTY: false,
      write: (s: string) => ((written += s), true),
    } as unknown as NodeJS.WriteStream;
    const p = createProgress(10, stream);
    p.tick(5, 5);
    p.end();
    expect(written).toBe("");
    const tty = {
      isTTY: true,
      write: (s: string) => ((written += s), true),
    } as unknown as NodeJS.WriteStream;
    createProgress(10, tty).tick(12, 10);
    expect(written).toContain("12 articles (10/10 files)");
  });
});
