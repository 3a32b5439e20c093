import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../lib/approvals"
import { receivePurchase, stockControl } from "../../../../lib/stock-control"
import type { ReceiptBody } from "../stock/validators"

/** Staff: goods received from a supplier — stock up, one FIFO cost layer per line. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ReceiptBody>>, res: MedusaResponse) {
  const staff = await staffApprover(req.scope, req.auth_context.actor_id)
  const body = req.validatedBody
  const [store] = await req.scope.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  const fallback = (store?.supported_currencies ?? []).find((c: any) => c.is_default)?.currency_code ?? "cny"
  const { receipt, layers } = await receivePurchase(
    req.scope,
    { ...body, received_at: new Date(body.received_at), currency_code: body.currency_code ?? fallback },
    { id: staff.id, name: staff.name },
  )
  res.status(201).json({ receipt: { ...receipt, layers } })
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const receipts = await stockControl(req.scope).listPurchaseReceipts(
    {},
    { relations: ["layers"], order: { received_at: "DESC" }, take: 100 },
  )
  res.json({ receipts })
}
