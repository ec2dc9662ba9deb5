// docs/openapi.yaml is written by hand; this checks it against what the server really does: the same
// paths and methods as the express routes, and per route the same parameters, bounds, defaults, enums
// and required flags as the zod schema that parses its input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { createApp } from "../../src/api/server.js";
import type { Db } from "../../src/store/connection.js";
import {
  cypherBodySchema,
  entitySearchSchema,
  exportQuerySchema,
  graphQuerySchema,
  neighbourhoodQuerySchema,
  pageSchema,
} from "../../src/api/validate.js";

type Json = Record<string, unknown>;
const spec = parseYaml(readFileSync(join(PROJECT_ROOT, "docs", "openapi.yaml"), "utf8")) as {
  paths: Record<string, Record<string, Json>>;
  components: { parameters: Record<string, Json> };
};

/** "METHOD /api/path/{id}" for every route the app serves (express 5 / router 2 layers). */
function appRoutes(): string[] {
  // Building the app touches no database: the routes are only listed, never called. With an edit token
  // (`geokg serve --editable`), so the correction write endpoints are among them.
  const app = createApp({} as Db, { editToken: "listing-only" }) as unknown as { router: { stack: Layer[] } };
  interface Layer {
    rawPath?: string;
    route?: { path: string; methods: Record<string, boolean> };
    handle: { stack?: Layer[] };
  }
  const out: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const path = `${prefix}${layer.route.path}`.replace(/:(\w+)/g, "{$1}");
        for (const m of Object.keys(layer.route.methods)) out.push(`${m.toUpperCase()} ${path}`);
      } else if (layer.handle.stack) {
        const mount = layer.rawPath && layer.rawPath !== "/" ? layer.rawPath : "";
        walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk(app.router.stack, "");
  return out.sort();
}

function specRoutes(): string[] {
  return Object.entries(spec.paths)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

/** An operation's parameters with `$ref`s resolved. */
function parameters(path: string, method: string): Json[] {
  const params = (spec.paths[path][method].parameters ?? []) as Json[];
  return params.map((p) =>
    typeof p.$ref === "string" ? spec.components.parameters[p.$ref.split("/").at(-1)!] : p,
  );
}

/** The facts a parameter's documentation must share with the zod schema that reads it. */
const FACETS = ["minimum", "maximum", "default", "minLength", "maxLength"] as const;

function facts(schema: Json | undefined): Json {
  if (!schema) return {};
  const out: Json = {};
  for (const f of FACETS) if (schema[f] !== undefined) out[f] = schema[f];
  const items = schema.items as Json | undefined;
  const values = schema.enum ?? items?.enum;
  if (values) out.enum = values;
  return out;
}

/** The zod schema as JSON Schema: what it turns values into (bounds, enums) and what it requires. */
function zodFacts(schema: z.core.$ZodType): { props: Record<string, Json>; required: string[] } {
  const output = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as Json;
  const input = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  return {
    props: output.properties as Record<string, Json>,
    required: ((input.required as string[] | undefined) ?? []).sort(),
  };
}

const QUERY_SCHEMAS: [path: string, schema: z.core.$ZodType][] = [
  ["/api/graph", graphQuerySchema],
  ["/api/neighbourhood", neighbourhoodQuerySchema],
  ["/api/entities", entitySearchSchema],
  ["/api/articles", pageSchema],
  ["/api/export", exportQuerySchema],
];

describe("docs/openapi.yaml", () => {
  it("documents exactly the routes the server serves", () => {
    expect(specRoutes()).toEqual(appRoutes());
  });

  it.each(QUERY_SCHEMAS)(
    "%s: query parameters, bounds, enums and defaults are the zod schema's",
    (path, schema) => {
      const documented = parameters(path, "get").filter((p) => p.in === "query");
      const { props, required } = zodFacts(schema);
      expect(documented.map((p) => p.name).sort()).toEqual(Object.keys(props).sort());
      expect(
        documented
          .filter((p) => p.required)
          .map((p) => p.name)
          .sort(),
      ).toEqual(required);
      for (const p of documented) {
        expect({ name: p.name, ...facts(p.schema as Json) }).toEqual({
          name: p.name,
          ...facts(props[p.name as string]),
        });
      }
    },
  );

  it("every path parameter is documented, and only those", () => {
    for (const route of appRoutes()) {
      const [method, path] = route.split(" ");
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const documented = parameters(path, method.toLowerCase())
        .filter((p) => p.in === "path")
        .map((p) => p.name)
        .sort();
      expect({ route, params: documented }).toEqual({ route, params: inPath });
    }
  });

  it("POST /api/cypher: the request body is the zod schema's", () => {
    const body = (spec.paths["/api/cypher"].post.requestBody as Json).content as Json;
    const documented = (body["application/json"] as Json).schema as Json;
    const { props, required } = zodFacts(cypherBodySchema);
    const docProps = documented.properties as Record<string, Json>;
    expect(Object.keys(docProps).sort()).toEqual(Object.keys(props).sort());
    expect(((documented.required as string[]) ?? []).sort()).toEqual(required);
    for (const name of Object.keys(props)) {
      expect({ name, ...facts(docProps[name]) }).toEqual({ name, ...facts(props[name]) });
    }
  });
});
