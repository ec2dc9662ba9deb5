// HTTP requests with headers fetch() will not send as given (Host), for the server's guards.
import { request } from "node:http";

export interface RawReply {
  status: number;
  body: string;
}

export function rawRequest(
  base: string,
  opts: { path: string; host?: string; method?: string; body?: string; headers?: Record<string, string> },
): Promise<RawReply> {
  const url = new URL(opts.path, base);
  const headers: Record<string, string> = { ...opts.headers };
  // "" sends no Host header at all (http.request would otherwise fill in its own).
  if (opts.host) headers.Host = opts.host;
  if (opts.body !== undefined) headers["Content-Type"] = "application/json";
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: opts.method ?? "GET",
        setHost: opts.host !== "",
        headers,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}
