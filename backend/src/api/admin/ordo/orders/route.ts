import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listOrders } from "../../../../queries/order/order-list"
import type { OrderListQuery } from "./validators"

/** Staff: the orders of every channel in one list, filtered (queries/order/order-list.ts). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await listOrders(req.scope, req.validatedQuery as z.infer<typeof OrderListQuery>))
}
