import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { parseTrackWebhook, verifyWebhookToken } from "@ordo/shippo"
import { applyTrackingUpdateWorkflow } from "../../../workflows/tracking/apply-tracking-update"

/**
 * Shippo's track_updated webhook, authenticated by the secret token in its URL
 * (`/webhooks/shippo?token=…`, SHIPPO_WEBHOOK_TOKEN; ADR 021). A wrong or missing token is 401
 * and nothing is read. Shippo sends the whole Track each time and may send it twice or late:
 * the merge records each scan once and never moves a status backwards. Other events and
 * unknown parcels are acknowledged (200) so Shippo does not retry them forever.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const expected = process.env.SHIPPO_WEBHOOK_TOKEN
  if (!expected) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Shippo webhooks are not set up")
  if (!verifyWebhookToken(typeof req.query.token === "string" ? req.query.token : undefined, expected))
    return res.status(401).json({ type: "unauthorized", message: "token: not the webhook token Ordo gave Shippo" })
  let parsed: ReturnType<typeof parseTrackWebhook>
  try {
    parsed = parseTrackWebhook((req as any).rawBody ?? JSON.stringify(req.body ?? {}))
  } catch (e: any) {
    return res.status(400).json({ type: "invalid_data", message: `body: ${e?.message ?? "not a Shippo webhook"}` })
  }
  if (parsed.event !== "track_updated" || !parsed.track) return res.json({ received: true, ignored: parsed.event })
  const track = parsed.track
  const { result } = await applyTrackingUpdateWorkflow(req.scope).run({
    input: {
      carrier: track.carrier,
      tracking_number: track.tracking_number,
      track: { status: track.status, status_details: track.status_details, eta: track.eta, events: track.history },
    },
  })
  res.json({ received: true, shipments: result.matched, changed: result.changed.length })
}
