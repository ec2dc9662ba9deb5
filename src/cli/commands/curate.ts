// `geokg curate …`: analyst corrections (src/curate). Each write prints what changed — entities,
// claims, rejected claims and relations before → after — and names any correction whose target is
// not in the store.
import { userInfo } from "node:os";
import type { Command } from "commander";
import { curate, importCorrections, listCorrections, undo, type CurateResult } from "../../curate/curate.js";
import { readJsonl, writeJsonl } from "../../curate/jsonl.js";
import type { Correction } from "../../curate/model.js";
import { draftSchema, metaSchema } from "../../curate/requests.js";
import { openDb, type Db } from "../../store/connection.js";
import { applySchema } from "../../store/schema.js";

interface Common {
  author?: string;
  note?: string;
  json?: boolean;
}

function defaultAuthor(): string {
  return process.env.GEOKG_AUTHOR || userInfo().username || "analyst";
}

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb();
  try {
    await applySchema(db);
    return await work(db);
  } finally {
    await db.close();
  }
}

function change(label: string, a: number, b: number): string {
  return `${label} ${a}${a === b ? "" : ` → ${b} (${b > a ? "+" : ""}${b - a})`}`;
}

export function describe(c: Correction): string {
  const undone = c.undoneAt ? `  [undone ${c.undoneAt} by ${c.undoneBy}]` : "";
  const note = c.note ? `  "${c.note}"` : "";
  return `${c.id}  ${c.at}  ${c.author}  ${c.op} ${JSON.stringify(summaryArgs(c))}${note}${undone}`;
}

function summaryArgs(c: Correction): Record<string, unknown> {
  switch (c.op) {
    case "merge":
      return { from: c.args.from, into: c.args.into };
    case "split":
      return { entity: c.args.entity, new: c.args.newEntity.id, claims: c.args.claims.length };
    case "rename":
    case "retype":
    case "alias":
    case "qid": {
      const { before: _before, ...rest } = c.args as { before: unknown } & Record<string, unknown>;
      return rest;
    }
    default:
      return c.args;
  }
}

function report(res: CurateResult, json?: boolean): void {
  if (json) {
    console.log(JSON.stringify(res, null, 2));
    return;
  }
  for (const c of res.corrections) console.log(describe(c));
  const { before: b, after: a } = res;
  console.log(
    [
      change("entities", b.entities, a.entities),
      change("claims", b.claims, a.claims),
      change("rejected claims", b.rejectedClaims, a.rejectedClaims),
      change("relations", b.relations, a.relations),
    ].join(", ") + `; ${res.claimsMoved} claim(s) moved, ${res.relationsRebuilt} relation(s) rebuilt`,
  );
  for (const m of res.missing)
    console.error(`not applied: correction ${m.id} (${m.op}): ${m.target} is not in the store`);
}

/** Validates a request with the API's schema and runs it. */
async function run(op: string, fields: Record<string, unknown>, opts: Common): Promise<void> {
  const draft = draftSchema.safeParse({ op, ...fields });
  if (!draft.success) {
    const issue = draft.error.issues[0];
    throw new Error(`curate ${op}: ${issue.path.join(".") || "input"}: ${issue.message}`);
  }
  const meta = metaSchema.parse({ author: opts.author ?? defaultAuthor(), note: opts.note ?? "" });
  await withDb(async (db) => report(await curate(db, draft.data, meta), opts.json));
}

const list = (v: string, prev: string[] = []) => [
  ...prev,
  ...v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
];

function common(cmd: Command): Command {
  return cmd
    .option("--note <text>", "why (required for reject and relate)")
    .option("--author <name>", "who (default $GEOKG_AUTHOR or the user name)")
    .option("--json", "print the result as JSON");
}

function registerWrites(curateCmd: Command): void {
  common(
    curateCmd
      .command("merge")
      .description("merge entity <from> into <into>")
      .argument("<from>")
      .argument("<into>"),
  ).action((from: string, into: string, o: Common) => run("merge", { from, into }, o));
  common(
    curateCmd
      .command("split")
      .description("split an alias (<name>) and/or chosen claims off <entity> into a new entity")
      .argument("<entity>")
      .argument("<name>", "name of the new entity")
      .option("--type <type>", "type of the new entity (default: that of <entity>)")
      .option("--claims <ids>", "claim ids to move (comma separated, repeatable)", list),
  ).action((entity: string, name: string, o: Common & { type?: string; claims?: string[] }) =>
    run("split", { entity, name, type: o.type, claims: o.claims ?? [] }, o),
  );
  common(
    curateCmd
      .command("rename")
      .description("set an entity's canonical name")
      .argument("<entity>")
      .argument("<name>"),
  ).action((entity: string, name: string, o: Common) => run("rename", { entity, name }, o));
  common(
    curateCmd
      .command("retype")
      .description("set an entity's type (Person, Country, Organization, Place)")
      .argument("<entity>")
      .argument("<type>"),
  ).action((entity: string, type: string, o: Common) => run("retype", { entity, type }, o));
  common(
    curateCmd
      .command("alias")
      .description("add or remove aliases of an entity")
      .argument("<entity>")
      .option("--add <names>", "aliases to add (comma separated, repeatable)", list)
      .option("--remove <names>", "aliases to remove (comma separated, repeatable)", list),
  ).action((entity: string, o: Common & { add?: string[]; remove?: string[] }) =>
    run("alias", { entity, add: o.add ?? [], remove: o.remove ?? [] }, o),
  );
  common(
    curateCmd
      .command("qid")
      .description("link an entity to a Wikidata QID, or unlink it with 'none'")
      .argument("<entity>")
      .argument("<qid>"),
  ).action((entity: string, qid: string, o: Common) =>
    run("qid", { entity, qid: qid === "none" ? null : qid }, o),
  );
  common(
    curateCmd
      .command("reject")
      .description("reject a claim (kept, marked, counted nowhere)")
      .argument("<claim-id>"),
  ).action((claim: string, o: Common) => run("reject", { claim }, o));
  common(curateCmd.command("confirm").description("mark a claim as verified").argument("<claim-id>")).action(
    (claim: string, o: Common) => run("confirm", { claim }, o),
  );
  common(
    curateCmd
      .command("relate")
      .description("add a relation by hand")
      .argument(
        "<type>",
        "MET, VISITED, SIGNED_AGREEMENT, SENT_TROOPS_TO, SUPPLIED_ARMS_TO, SUPPORTS, AFFILIATED_WITH",
      )
      .argument("<source>")
      .argument("<target>")
      .requiredOption("--url <url>", "where it is stated")
      .option("--certainty <c>", "asserted, reported, alleged, denied or planned", "asserted")
      .option("--date <date>", "YYYY, YYYY-MM or YYYY-MM-DD"),
  ).action(
    (
      type: string,
      source: string,
      target: string,
      o: Common & { url: string; certainty: string; date?: string },
    ) => run("relate", { type, source, target, url: o.url, certainty: o.certainty, date: o.date }, o),
  );
}

export function registerCurate(program: Command): void {
  const curateCmd = program
    .command("curate")
    .description(
      "correct the graph: corrections are stored in Neo4j, applied at every ingest and rebuild, and can be undone",
    );
  registerWrites(curateCmd);
  curateCmd
    .command("list")
    .description("list corrections in the order they apply (undone ones marked)")
    .option("--entity <id-or-name>", "only those naming this entity")
    .option("--json", "print JSON")
    .action((o: { entity?: string; json?: boolean }) =>
      withDb(async (db) => {
        const all = await listCorrections(db, o.entity);
        if (o.json) console.log(JSON.stringify(all, null, 2));
        else for (const c of all) console.log(describe(c));
        if (!o.json && all.length === 0) console.log("no corrections");
      }),
    );
  curateCmd
    .command("undo")
    .description("undo one correction (it stays in the log, marked undone)")
    .argument("<id>")
    .option("--author <name>", "who (default $GEOKG_AUTHOR or the user name)")
    .option("--json", "print the result as JSON")
    .action((id: string, o: Common) =>
      withDb(async (db) => report(await undo(db, id, o.author ?? defaultAuthor()), o.json)),
    );
  curateCmd
    .command("export")
    .description("write every correction as JSON Lines ('-' for stdout)")
    .argument("<file.jsonl>")
    .action((file: string) => withDb(async (db) => writeJsonl(file, await listCorrections(db))));
  curateCmd
    .command("import")
    .description("store and apply corrections from JSON Lines; importing twice changes nothing")
    .argument("<file.jsonl>")
    .option("--json", "print the result as JSON")
    .action(async (file: string, o: { json?: boolean }) => {
      const list = await readJsonl(file);
      await withDb(async (db) => report(await importCorrections(db, list), o.json));
    });
}
