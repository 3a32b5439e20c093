import { streamFromBackend } from "../lib/b2b.server"
import type { Route } from "./+types/invoice-pdf"

export function loader({ request, params }: Route.LoaderArgs) {
  const lang = new URL(request.url).searchParams.get("lang") === "zh-CN" ? "zh-CN" : "en"
  return streamFromBackend(request, `/store/ordo/invoices/${encodeURIComponent(params.id)}/pdf?lang=${lang}`)
}
