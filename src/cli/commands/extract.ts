import type { Command } from "commander";

// Placeholder until its owner lands the real command.
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("(not built yet)")
    .action(() => {
      throw new Error("'extract' is not built yet");
    });
}
