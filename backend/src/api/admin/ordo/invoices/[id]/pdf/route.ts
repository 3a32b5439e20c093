import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendInvoicePdf } from "../../../../../store/ordo/invoices/[id]/pdf/route"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendInvoicePdf(req, res)
}
