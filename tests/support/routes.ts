import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative, sep } from "node:path"

export type Route = { method: "GET" | "POST" | "DELETE"; path: string; source: "medusa" | "ordo" }

const root = join(__dirname, "..", "..")
export const MEDUSA_API = join(root, "node_modules", "@medusajs", "medusa", "dist", "api")
export const ORDO_API = join(root, "backend", "src", "api")

function walk(dir: string, file: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry)
    if (statSync(p).isDirectory()) out.push(...walk(p, file))
    else if (entry === file) out.push(p)
  }
  return out
}

const toPath = (base: string, file: string) =>
  `/${relative(base, file)
    .split(sep)
    .slice(0, -1)
    .map((seg) => (seg.startsWith("[") ? `:${seg.slice(1, -1)}` : seg))
    .join("/")}`

/**
 * Every store and admin route the backend serves, read from the route files themselves —
 * Medusa's compiled ones and Ordo's sources — so a route added by either appears here without
 * anyone keeping a list.
 */
export function routeTable(): Route[] {
  const routes: Route[] = []
  for (const [base, file, source] of [
    [MEDUSA_API, "route.js", "medusa"],
    [ORDO_API, "route.ts", "ordo"],
  ] as const) {
    for (const path of walk(base, file)) {
      const url = toPath(base, path)
      if (!url.startsWith("/store") && !url.startsWith("/admin")) continue
      const text = readFileSync(path, "utf8")
      const methods = new Set(
        [
          ...text.matchAll(/export\s+(?:async\s+function|const)\s+(GET|POST|DELETE)\b|exports\.(GET|POST|DELETE)\s*=/g),
        ].map((m) => (m[1] ?? m[2]) as Route["method"]),
      )
      for (const method of methods) routes.push({ method, path: url, source })
    }
  }
  return routes.sort((a, b) => (a.path + a.method).localeCompare(b.path + b.method))
}

/** A route's path with each `:param` filled by `value(param, path)`. */
export const fill = (path: string, value: (param: string, path: string) => string) =>
  path.replace(/:([a-z_]+)/g, (_, p: string) => encodeURIComponent(value(p, path)))

/**
 * Routes whose permitted call does work whatever the body (a dunning run, an export, a sweep):
 * the route sweeps and the fuzz check their refusals but do not run them, so no later test
 * finds a company put on hold by a stray reminder run.
 */
export const RUNS_REGARDLESS_OF_BODY = new Set([
  "/admin/ordo/dunning/run",
  "/admin/ordo/alerts/run",
  "/admin/ordo/quotes/expire",
  // An empty body re-records every order's sales facts.
  "/admin/ordo/reports/rebuild",
  "/admin/orders/export",
  "/admin/products/export",
  "/admin/inventory-items/export",
  "/admin/index/sync",
])

/** Server-sent event streams stay open by design: the sweeps check who may open them, not their answer. */
export const isEventStream = (path: string) => /\/subscribe$/.test(path)
