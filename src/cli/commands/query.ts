import type { Command } from "commander";

// Placeholder until its owner lands the real command.
export function registerQuery(program: Command): void {
  program
    .command("query")
    .description("(not built yet)")
    .action(() => {
      throw new Error("'query' is not built yet");
    });
}
