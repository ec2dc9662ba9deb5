import type { Command } from "commander";

// Placeholder until its owner lands the real command.
export function registerExport(program: Command): void {
  program
    .command("export")
    .description("(not built yet)")
    .action(() => {
      throw new Error("'export' is not built yet");
    });
}
