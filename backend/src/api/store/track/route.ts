import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publicTrack } from "../../../queries/tracking/public-track"
import type { TrackQuery } from "./validators"

/**
 * Public tracking lookup (no sign-in; throttled per address on misses): an order number with
 * its delivery postal code or e-mail, or a tracking number. Progress only; one answer for
 * every miss, so it tells nothing about which part was wrong.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as TrackQuery
  const answer = await publicTrack(
    req.scope,
    q.tracking_number
      ? { tracking_number: q.tracking_number }
      : q.postal_code
        ? { order: q.order_number as number, postal_code: q.postal_code }
        : { order: q.order_number as number, email: q.email as string },
  )
  res.setHeader("Cache-Control", "no-store")
  if (!answer) return res.status(404).json({ type: "not_found", message: "No shipment matches these details" })
  res.json(answer)
}
