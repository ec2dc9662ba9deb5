import type { Command } from "commander";

// Placeholder until its owner lands the real command.
export function registerStart(program: Command): void {
  program
    .command("start")
    .description("(not built yet)")
    .action(() => {
      throw new Error("'start' is not built yet");
    });
}
