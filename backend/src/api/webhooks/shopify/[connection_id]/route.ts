import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseWebhook } from "@ordo/shopify"
import type { MarketplaceOrder } from "../../../../domain/marketplace"
import { channelConnection } from "../../../../queries/marketplace/channel-orders"
import { connectionSecrets } from "../../../../queries/marketplace/secrets"
import { importChannelOrder } from "../../../../workflows/marketplace/import-channel-order"

/**
 * Shopify `orders/create`, `orders/updated` and `orders/cancelled` for one connection. The
 * X-Shopify-Hmac-Sha256 signature is checked over the raw body with the connection's secret
 * (401 otherwise, nothing read); a delivery id seen before is acknowledged and ignored; the
 * order goes through the one import pipeline. An order that cannot be placed waits in the
 * exceptions queue and Shopify still gets 200, so it does not retry what staff must resolve.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const connection = await channelConnection(req.scope, req.params.connection_id)
  if (connection?.type !== "shopify") {
    return res.status(404).json({ type: "not_found", message: "No Shopify connection here" })
  }
  const secret = connectionSecrets(connection).webhook_secret ?? ""
  const parsed = parseWebhook(req.headers, (req as any).rawBody ?? "", secret)
  if (!parsed.ok) {
    return res.status(401).json({ type: parsed.reason, message: `Shopify webhook refused: ${parsed.reason}` })
  }
  const shop = String(connection.config?.shop_domain ?? "").toLowerCase()
  if (shop && parsed.shopDomain.toLowerCase() !== shop) {
    return res.status(401).json({ type: "wrong_shop", message: "Shopify webhook refused: from another shop" })
  }
  const result = await importChannelOrder(
    req.scope,
    {
      connection_id: connection.id,
      order: parsed.order as MarketplaceOrder,
      source: "webhook",
      event: { key: parsed.webhookId, topic: parsed.topic },
    },
    connection,
  )
  res.json({ received: true, ...result })
}
