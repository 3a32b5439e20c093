import { requireToken } from "../lib/buyer.server"
import { backendUrl, publishableKey } from "../lib/env.server"
import type { Route } from "./+types/quote-pdf"

/** Streams the backend's quote PDF to the signed-in buyer (the backend checks the company). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const token = await requireToken(request)
  const lang = new URL(request.url).searchParams.get("lang") === "zh-CN" ? "zh-CN" : "en"
  const res = await fetch(`${backendUrl()}/store/ordo/quotes/${encodeURIComponent(params.id)}/pdf?lang=${lang}`, {
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey() },
  })
  if (!res.ok) throw new Response("Not found", { status: res.status === 404 ? 404 : 502 })
  return new Response(res.body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": res.headers.get("content-disposition") ?? "inline",
    },
  })
}
