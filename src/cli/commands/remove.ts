import type { Command } from "commander";

// Placeholder until its owner lands the real command.
export function registerRemove(program: Command): void {
  program
    .command("remove")
    .description("(not built yet)")
    .action(() => {
      throw new Error("'remove' is not built yet");
    });
}
