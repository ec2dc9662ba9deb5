// Shared by the browser test and the viewer benchmark: Debian's chromium through playwright-core, and
// a pixel count of a screenshot (decoded by the browser itself, so no PNG library is needed).
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Without a GPU, WebGL (which sigma draws with) needs the software rasteriser enabled explicitly.
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/** A script run in the page (the viewer's `window.__geokg` hooks), its answer typed as the test expects. */
export function evaluate<T>(page: Page, script: string): Promise<T> {
  return page.evaluate(script) as Promise<T>;
}

/** Pixels of a PNG that differ clearly from the given background colour. */
export async function countInkPixels(
  page: Page,
  png: Buffer,
  background: [number, number, number] = [255, 255, 255],
): Promise<{ ink: number; total: number }> {
  return page.evaluate(
    async ({ b64, bg }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d = Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]);
        if (d > 60) ink++;
      }
      return { ink, total: data.length / 4 };
    },
    { b64: png.toString("base64"), bg: background },
  );
}
