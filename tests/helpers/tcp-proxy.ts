// A TCP relay in front of Neo4j that a test can cut, to make "the database went away" without
// killing the shared test server: once closed, open connections drop and new ones are refused.
import { createServer, connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface TcpProxy {
  /** The target URI with the relay's port. */
  uri: string;
  /** Cut: open connections drop, new ones are refused. */
  close(): Promise<void>;
  /** Relay again, on the same port. */
  reopen(): Promise<void>;
}

export async function tcpProxy(targetUri: string): Promise<TcpProxy> {
  const target = new URL(targetUri.replace(/^\w+(\+s|\+ssc)?:/, "http:"));
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    reopen: () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)),
    uri: targetUri.replace(/:\d+$/, `:${port}`),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
