// The import rules of docs/architecture.md, checked on every `npm test`: a change that breaks
// one fails here with the file and the import named.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { describe, expect, it } from "vitest"

const src = __dirname
const integrations = resolve(src, "../../integrations")

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === "node_modules" || name === "dist") return []
    if (statSync(path).isDirectory()) return filesUnder(path)
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

const specifiers = (file: string) =>
  [
    ...readFileSync(file, "utf8").matchAll(
      /(?:^|\n)\s*(?:import|export)[^"'`;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2])

/** The file a relative import points at, or undefined for packages. */
function target(file: string, spec: string) {
  if (!spec.startsWith(".")) return undefined
  const base = resolve(dirname(file), spec)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return base
}

/** The top folder of `src` a file lives in ("api", "domain", …). */
const area = (file: string) => relative(src, file).split("/")[0]

const backendFiles = filesUnder(src)
const edges = backendFiles.flatMap((from) => specifiers(from).map((spec) => ({ from, spec, to: target(from, spec) })))
const show = (e: { from: string; spec: string }) => `${relative(src, e.from)} imports ${e.spec}`

describe("architecture: the direction of imports", () => {
  it("there is no lib/ folder: code lives in domain, queries, workflows, documents, integrations", () => {
    expect(existsSync(join(src, "lib"))).toBe(false)
  })

  it("domain/ is pure: it imports only domain/ and plain libraries (of Medusa, only its value helpers)", () => {
    // MathBN (decimal maths) and MedusaError are plain values; containers, modules and workflows are not.
    const pureMedusa = ["@medusajs/framework/utils", "@medusajs/framework/types"]
    const bad = edges.filter(
      (e) =>
        area(e.from) === "domain" &&
        (e.to ? area(e.to) !== "domain" : e.spec.startsWith("@medusajs/") && !pureMedusa.includes(e.spec)),
    )
    expect(bad.map(show)).toEqual([])
  })

  it("routes reach modules only through workflows and queries", () => {
    const bad = edges.filter((e) => area(e.from) === "api" && e.to && area(e.to) === "modules")
    expect(bad.map(show)).toEqual([])
  })

  it("queries only read: they never import workflows or routes", () => {
    const bad = edges.filter(
      (e) => area(e.from) === "queries" && e.to && ["workflows", "api", "subscribers", "jobs"].includes(area(e.to)),
    )
    expect(bad.map(show)).toEqual([])
  })

  it("nothing outside api/ imports api/ (HTTP stays at the edge)", () => {
    const bad = edges.filter((e) => e.to && area(e.to) === "api" && area(e.from) !== "api" && area(e.from) !== "admin")
    expect(bad.map(show)).toEqual([])
  })

  it("modules do not import each other, nor workflows, queries or routes (links join them)", () => {
    const moduleOf = (f: string) => relative(src, f).split("/").slice(0, 2).join("/")
    const bad = edges.filter(
      (e) =>
        area(e.from) === "modules" &&
        e.to &&
        ((area(e.to) === "modules" && moduleOf(e.to) !== moduleOf(e.from)) ||
          ["workflows", "queries", "api", "subscribers", "jobs", "links"].includes(area(e.to))),
    )
    expect(bad.map(show)).toEqual([])
  })

  it("integrations/ are pure adapters: no Medusa, nothing of the backend", () => {
    const files = readdirSync(integrations).flatMap((p) => filesUnder(join(integrations, p, "src")))
    expect(files.length).toBeGreaterThan(0)
    const bad = files.flatMap((from) =>
      specifiers(from)
        .filter(
          (spec) =>
            spec.startsWith("@medusajs/") ||
            (spec.startsWith(".") && !target(from, spec)?.startsWith(dirname(dirname(from)))),
        )
        .map((spec) => `${relative(integrations, from)} imports ${spec}`),
    )
    expect(bad).toEqual([])
  })

  it("no import cycles", () => {
    const graph = new Map<string, string[]>()
    // Data models of one module point at each other lazily (`() => Model`), as Medusa's own do.
    const model = (f: string) => /\/modules\/[^/]+\/models\//.test(f)
    for (const e of edges) {
      if (!e.to || !backendFiles.includes(e.to) || (model(e.from) && model(e.to))) continue
      // `import type` cycles are harmless at run time but still tangle reading; count them too.
      graph.set(e.from, [...(graph.get(e.from) ?? []), e.to])
    }
    const cycles: string[] = []
    const state = new Map<string, "open" | "done">()
    const stack: string[] = []
    const visit = (f: string) => {
      state.set(f, "open")
      stack.push(f)
      for (const next of graph.get(f) ?? []) {
        if (state.get(next) === "open") {
          cycles.push([...stack.slice(stack.indexOf(next)), next].map((x) => relative(src, x)).join(" → "))
        } else if (!state.has(next)) visit(next)
      }
      stack.pop()
      state.set(f, "done")
    }
    for (const f of backendFiles) if (!state.has(f)) visit(f)
    expect(cycles).toEqual([])
  })

  it("no folder is named test, unit-tests or integration-tests: medusa build silently leaves such folders out", () => {
    const dropped = new Set(["test", "unit-tests", "integration-tests"])
    const folders = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? [path, ...folders(path)] : []
      })
    const bad = folders(src).filter((d) => dropped.has(d.split("/").at(-1) as string))
    expect(bad.map((d) => relative(src, d))).toEqual([])
  })

  it("the checks see the code (the import scan is not silently empty)", () => {
    expect(backendFiles.length).toBeGreaterThan(200)
    expect(edges.filter((e) => area(e.from) === "api" && e.to && area(e.to) === "workflows").length).toBeGreaterThan(30)
  })
})
