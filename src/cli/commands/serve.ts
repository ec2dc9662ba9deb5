import type { Command } from "commander";

// Placeholder until its owner lands the real command.
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("(not built yet)")
    .action(() => {
      throw new Error("'serve' is not built yet");
    });
}
