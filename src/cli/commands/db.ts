import type { Command } from "commander";

// Placeholder until its owner lands the real command.
export function registerDb(program: Command): void {
  program
    .command("db")
    .description("(not built yet)")
    .action(() => {
      throw new Error("'db' is not built yet");
    });
}
