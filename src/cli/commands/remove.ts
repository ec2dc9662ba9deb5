// `geokg remove <article-id…>`: delete articles and whatever only they supported.
import type { Command } from "commander";
import { openDb } from "../../store/connection.js";
import { removeArticle } from "../../store/remove-article.js";

export function registerRemove(program: Command): void {
  program
    .command("remove")
    .description(
      "Remove articles by id: their mentions and claims, relations only they supported, entities left unused",
    )
    .argument("<ids...>", "article ids")
    .option("--json", "print the result as JSON")
    .action(async (ids: string[], opts: { json?: boolean }) => {
      const db = await openDb();
      try {
        const results = [];
        for (const id of ids) results.push(await removeArticle(db, id));
        if (opts.json) console.log(JSON.stringify(results, null, 2));
        else {
          for (const r of results) {
            console.log(
              r.found
                ? `removed ${r.id}: ${r.relationsRebuilt} relation(s) rebuilt, ${r.entitiesDeleted} unused entit${r.entitiesDeleted === 1 ? "y" : "ies"} deleted`
                : `not found: ${r.id}`,
            );
          }
        }
        if (results.some((r) => !r.found)) process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}
