import { streamFromBackend } from "../lib/b2b.server"
import type { Route } from "./+types/statement-csv"

export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const q = new URLSearchParams({ format: "csv" })
  for (const k of ["from", "to"]) {
    const v = url.searchParams.get(k)
    if (v) q.set(k, v)
  }
  return streamFromBackend(request, `/store/ordo/statement?${q}`)
}
