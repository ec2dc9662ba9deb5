// Answers only requests addressed to a name this server serves (issue 12). A web page can make a
// browser send requests to 127.0.0.1 under its own name through DNS rebinding: the page's name then
// resolves to 127.0.0.1, and the browser treats geokg's answers as the page's own, sending
// `Host: attacker.example`. Checking Host stops that; checking Origin on POSTs stops a foreign page
// from sending queries blind.
import type { RequestHandler } from "express";

export interface HostGuardOptions {
  /** The interface the server is bound to (its name is served too, unless it is a wildcard). */
  host?: string;
  /** More names to serve (`--allow-host`), e.g. the machine's LAN name when bound to 0.0.0.0. */
  allowHosts?: string[];
  /** `--cors`: cross-origin requests are wanted, so a foreign Origin is no reason to refuse. */
  cors?: boolean;
}

const LOOPBACK = ["127.0.0.1", "localhost", "[::1]"];
const WILDCARDS = new Set(["0.0.0.0", "[::]"]);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A Host header or a bare name as a URL (normalised: lower case, IPv6 in brackets); null when invalid. */
function parseHost(value: string): URL | null {
  // A bare IPv6 address (`--host ::1`) needs its brackets to read as a host.
  const bare = !value.startsWith("[") && value.split(":").length > 2 ? `[${value}]` : value;
  try {
    const url = new URL(`http://${bare}`);
    return url.username || url.password || url.pathname !== "/" || url.search || url.hash ? null : url;
  } catch {
    return null;
  }
}

export function hostName(value: string): string | null {
  return parseHost(value)?.hostname ?? null;
}

/** Every host name the server answers to. */
export function servedHostNames(opts: HostGuardOptions): Set<string> {
  const names = new Set(LOOPBACK);
  for (const name of [opts.host, ...(opts.allowHosts ?? [])]) {
    const normalised = name ? hostName(name) : null;
    if (normalised && !WILDCARDS.has(normalised)) names.add(normalised);
  }
  return names;
}

function refuse(res: Parameters<RequestHandler>[1], message: string): void {
  res.status(403).json({ error: message });
}

export function hostGuard(opts: HostGuardOptions): RequestHandler {
  const served = servedHostNames(opts);
  return (req, res, next) => {
    const header = req.headers.host ?? "";
    const host = parseHost(header);
    if (!host || !served.has(host.hostname)) {
      return refuse(
        res,
        `host '${header}' is not served here (served: ${[...served].join(", ")}); to serve it, start geokg with --allow-host ${host?.hostname ?? "<name>"}`,
      );
    }
    const origin = req.headers.origin;
    // Same origin: the page sending the request was loaded from this very host and port.
    if (
      origin !== undefined &&
      !opts.cors &&
      !SAFE_METHODS.has(req.method) &&
      originHost(origin) !== host.host
    ) {
      return refuse(res, `requests from ${origin} may not query or change this server (no --cors)`);
    }
    next();
  };
}

function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : null;
  } catch {
    return null;
  }
}
