import type { Command } from "commander";

// Placeholder until its owner lands the real command.
export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("(not built yet)")
    .action(() => {
      throw new Error("'ingest' is not built yet");
    });
}
