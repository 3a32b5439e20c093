import { streamFromBackend } from "../lib/b2b.server"
import type { Route } from "./+types/quote-pdf"

/** The backend's quote PDF for the signed-in buyer (the backend checks the company). */
export function loader({ request, params }: Route.LoaderArgs) {
  const lang = new URL(request.url).searchParams.get("lang") === "zh-CN" ? "zh-CN" : "en"
  return streamFromBackend(request, `/store/ordo/quotes/${encodeURIComponent(params.id)}/pdf?lang=${lang}`)
}
