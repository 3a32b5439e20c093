import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderStatementPdf } from "../../../../../../documents/statement-pdf"
import { companyStatement, parsePeriod, statementCsv } from "../../../../../../queries/receivables/reports"

/** Staff: a company's statement of account, `?from=&to=` (inclusive), `?format=csv` for a spreadsheet. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { start, end } = parsePeriod(req.query.from, req.query.to)
  const s = await companyStatement(req.scope, req.params.id, start, end)
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
