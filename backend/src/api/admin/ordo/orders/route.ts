import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listOrders } from "../../../../queries/order/order-list"
import type { OrderListQuery } from "./validators"

/** Staff: the orders of every channel in one list, filtered (queries/order/order-list.ts). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as z.infer<typeof OrderListQuery>
  // "rep=me": the orders the signed-in rep owns.
  res.json(await listOrders(req.scope, { ...q, rep: q.rep === "me" ? req.auth_context.actor_id : q.rep }))
}
