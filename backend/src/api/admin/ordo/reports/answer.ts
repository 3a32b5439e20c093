import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type Asker, reportTables, tablesCsv, tablesXlsx } from "../../../../queries/reporting/reports"
import type { ReportQuery } from "./validators"

/** The asker of a report request: the signed-in staff user or the secret API key. */
export const askerOf = (req: AuthenticatedMedusaRequest): Asker => ({
  actor_id: req.auth_context.actor_id,
  actor_type: req.auth_context.actor_type,
})

/** Answers a report as JSON, or as the CSV / XLSX of its tables (`?format=`). */
export async function answerReport(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  kind: string,
  build: (q: ReportQuery) => Promise<any>,
) {
  const q = req.validatedQuery as ReportQuery
  const report = await build(q)
  const name = `ordo-${kind}-${report.currency}${report.from ? `-${report.from}-${report.to}` : ""}`
  if (q.format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="${name}.csv"`)
    res.send(tablesCsv(reportTables(kind, report)))
    return
  }
  if (q.format === "xlsx") {
    res.setHeader("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    res.setHeader("content-disposition", `attachment; filename="${name}.xlsx"`)
    res.send(await tablesXlsx(reportTables(kind, report)))
    return
  }
  res.json(report)
}
