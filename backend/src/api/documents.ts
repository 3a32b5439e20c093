import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { renderStatementPdf } from "../documents/statement-pdf"
import { type companyStatement, statementCsv } from "../queries/receivables/reports"
import type { StatementQuery } from "./validation"

/** A PDF shown in the browser under its file name. */
export function sendPdf(res: MedusaResponse, filename: string, pdf: Buffer) {
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `inline; filename="${filename}"`)
  res.send(pdf)
}

type Statement = Awaited<ReturnType<typeof companyStatement>>

/** A statement of account as JSON, a spreadsheet (`format=csv`) or a PDF (`format=pdf`). */
export async function sendStatement(res: MedusaResponse, s: Statement, q: z.infer<typeof StatementQuery>) {
  if (q.format === "pdf")
    return sendPdf(res, `statement-${s.from}-${s.to}.pdf`, await renderStatementPdf(s, q.lang ?? "en"))
  if (q.format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="statement-${s.from}-${s.to}.csv"`)
    return res.send(statementCsv(s))
  }
  res.json({ statement: s })
}
