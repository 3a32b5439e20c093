import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { staffApprover } from "../../../../queries/approval/approvers"
import { defaultCurrency } from "../../../../queries/pricing/store-currency"
import { purchaseReceipts } from "../../../../queries/stock/records"
import { receivePurchaseWorkflow } from "../../../../workflows/stock/receive-purchase"
import type { ReceiptBody } from "../stock/validators"

/** Staff: goods received from a supplier — stock up, one FIFO cost layer per line. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ReceiptBody>>, res: MedusaResponse) {
  const { id, name } = await staffApprover(req.scope, req.auth_context.actor_id)
  const body = req.validatedBody
  const { result } = await receivePurchaseWorkflow(req.scope).run({
    input: { ...body, currency_code: body.currency_code ?? (await defaultCurrency(req.scope)), actor: { id, name } },
  })
  res.status(201).json({ receipt: { ...result.receipt, layers: result.layers } })
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ receipts: await purchaseReceipts(req.scope) })
}
