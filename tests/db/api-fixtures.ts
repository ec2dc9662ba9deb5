// Articles written for the API and viewer tests (our own sentences), stored as one .json file of
// records in a temp folder and loaded through the real ingest pipeline.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const XSS = "<img src=x onerror=alert(1)>";

export const API_ARTICLES = [
  {
    id: "api-test-1",
    url: "https://wire.test.example/ministers-meet",
    title: "Foreign ministers hold talks in Beijing",
    source: "Test Wire",
    published: "2024-03-04",
    text:
      "Russian Foreign Minister Sergey Lavrov held talks with Wang Yi in Beijing on Monday.\n\n" +
      "The two ministers discussed trade, energy and regional security during the talks.\n\n" +
      "Sergey Lavrov later visited Mongolia, the ministry said.",
  },
  {
    id: "api-test-2",
    url: "https://daily.test.example/leaders",
    title: `Leaders confer ${XSS} in Paris`,
    source: "Test Daily",
    published: "2024-05-02",
    text:
      "French President Emmanuel Macron held talks with Olaf Scholz in Paris on Thursday.\n\n" +
      `A banner in the hall read ${XSS} according to photographs.\n\n` +
      "Germany and France signed an agreement on joint defence procurement, officials said.",
  },
  {
    id: "api-test-3",
    url: "https://journal.test.example/visit",
    title: "Minister travels to India",
    source: "Test Journal",
    published: "2024-06-10",
    text:
      "Sergey Lavrov visited India on Tuesday and met Indian External Affairs Minister Subrahmanyam Jaishankar in New Delhi.\n\n" +
      "Russia supplied arms to India under earlier contracts, the officials noted.",
  },
];

/** Writes the fixture articles into a fresh temp folder and returns the file path. */
export async function writeApiArticles(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "geokg-api-"));
  const file = join(dir, "articles.json");
  await writeFile(file, JSON.stringify(API_ARTICLES, null, 2));
  return file;
}

export function fixtureTexts(): string[] {
  return API_ARTICLES.map((a) => a.text);
}
