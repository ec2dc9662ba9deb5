// Ingest progress for people watching a terminal: articles done, rate, ETA. Silent when stderr is not a
// TTY, so pipes and logs only get the final summary.
export interface Progress {
  /** `articles` read so far, `files` of the total finished (a .jsonl file holds many articles). */
  tick(articles: number, files: number): void;
  end(): void;
}

export const SILENT_PROGRESS: Progress = { tick() {}, end() {} };

export function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

export function progressLine(articles: number, files: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (articles * 1000) / elapsedMs : 0;
  const fileRate = elapsedMs > 0 ? (files * 1000) / elapsedMs : 0;
  const eta = fileRate > 0 ? (total - files) / fileRate : Number.NaN;
  return `ingest: ${articles} articles (${files}/${total} files), ${rate.toFixed(1)} articles/s, ETA ${formatEta(eta)}`;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return SILENT_PROGRESS;
  const started = Date.now();
  let last = 0;
  return {
    tick(articles, files) {
      const now = Date.now();
      if (now - last < 200 && files < total) return;
      last = now;
      stream.write(`\r${progressLine(articles, files, total, now - started)}\x1b[K`);
    },
    end() {
      stream.write("\r\x1b[K");
    },
  };
}
