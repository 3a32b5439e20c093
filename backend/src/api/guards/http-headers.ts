import { type IncomingMessage, ServerResponse } from "node:http"

const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
/** The admin dashboard is a built single-page app served from this origin. */
const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ")

const PATCHED = Symbol.for("ordo.securityHeaders")

/**
 * Headers every answer of this server carries — no framing by other sites, no MIME sniffing,
 * no referrer leaks, a content security policy, no `X-Powered-By` — set as the head is
 * written, so they are on every answer: Medusa's own early refusals (a 401 from its auth
 * middleware, a CORS preflight, the dashboard's files) included, which an API middleware,
 * running after those, never sees. Installed once per process from medusa-config.ts.
 */
export function installSecurityHeaders() {
  const proto = ServerResponse.prototype as ServerResponse & { [PATCHED]?: boolean }
  if (proto[PATCHED]) return
  proto[PATCHED] = true
  const writeHead = proto.writeHead
  proto.writeHead = function (
    this: ServerResponse & { req?: IncomingMessage & { originalUrl?: string } },
    ...args: any[]
  ) {
    if (!this.headersSent) {
      this.removeHeader("X-Powered-By")
      // Express rewrites req.url inside mounted apps (the dashboard sees "/login"); originalUrl is the path asked for.
      const url = this.req?.originalUrl ?? this.req?.url ?? ""
      if (!this.hasHeader("Content-Security-Policy")) {
        this.setHeader("Content-Security-Policy", url.startsWith("/app") ? DASHBOARD_CSP : API_CSP)
      }
      this.setHeader("X-Content-Type-Options", "nosniff")
      this.setHeader("X-Frame-Options", "DENY")
      this.setHeader("Referrer-Policy", "no-referrer")
      this.setHeader("Cross-Origin-Opener-Policy", "same-origin")
      if (process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false") {
        this.setHeader("Strict-Transport-Security", "max-age=15552000")
      }
    }
    return (writeHead as (...a: any[]) => ServerResponse).apply(this, args)
  } as typeof proto.writeHead
}
