import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { dashboard } from "../../../../queries/reporting/dashboard"
import type { DashboardQuery } from "./validators"

/**
 * Staff: the admin home's figures in one currency, as far as the caller's role allows (a sales
 * rep their own customers', warehouse stock and shipments only); `rep` narrows the whole
 * business's view to one rep. Each figure carries the link of the list behind it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as z.infer<typeof DashboardQuery>
  res.json(
    await dashboard(req.scope, {
      viewer: { actor_id: req.auth_context.actor_id, actor_type: req.auth_context.actor_type },
      currency: q.currency,
      rep: q.rep ?? null,
    }),
  )
}
