import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyQuote } from "../helpers"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { quote, scope } = await companyQuote(req)
  res.json({ quote, role: scope.membership?.role })
}
