import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { renderStatementPdf } from "../../../../documents/statement-pdf"
import { buyerScope } from "../../../../queries/company/buyer-scope"
import { companyStatement, parsePeriod, statementCsv } from "../../../../queries/receivables/reports"

/** The buyer's company statement of account (`?from=&to=`, `?format=csv`). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await buyerScope(req.scope, req.auth_context.actor_id)
  if (!scope.membership) throw new MedusaError(MedusaError.Types.NOT_FOUND, "You are not a buyer for any company")
  const { start, end } = parsePeriod(req.query.from, req.query.to)
  const s = await companyStatement(req.scope, scope.membership.company_id, start, end)
  if (req.query.format === "pdf") {
    const pdf = await renderStatementPdf(s, req.query.lang === "zh-CN" ? "zh-CN" : "en")
    res.setHeader("content-type", "application/pdf")
    res.setHeader("content-disposition", `inline; filename="statement-${s.from}-${s.to}.pdf"`)
    return res.send(pdf)
  }
  if (req.query.format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="statement-${s.from}-${s.to}.csv"`)
    return res.send(statementCsv(s))
  }
  res.json({ statement: s })
}
