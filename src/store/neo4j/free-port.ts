// Picks a loopback port for Bolt: the preferred one when it is free, else whatever the OS hands out.
import { createServer } from "node:net";

function tryListen(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(null));
    srv.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      const addr = srv.address();
      const got = typeof addr === "object" && addr ? addr.port : null;
      srv.close(() => resolve(got));
    });
  });
}

export async function freePort(preferred?: number): Promise<number> {
  if (preferred) {
    const p = await tryListen(preferred);
    if (p) return p;
  }
  const p = await tryListen(0);
  if (!p) throw new Error("could not find a free port on 127.0.0.1");
  return p;
}
