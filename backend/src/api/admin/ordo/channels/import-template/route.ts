import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { genericTemplateCsv } from "@ordo/order-file"

/**
 * The generic order file's template (CSV, one row per order line), downloaded from the import
 * panel. Answered before "/admin/ordo/channels/:id": Medusa puts static segments ahead of params.
 * Served by the backend because the template lives in @ordo/order-file, which the admin bundle
 * must not pull in (it carries exceljs).
 */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", 'attachment; filename="ordo-orders-template.csv"')
  res.send(genericTemplateCsv())
}
