import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planPayment } from "../../../domain/invoice-math"
import { dec } from "../../../domain/money"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"
import { openInvoices } from "../../../queries/receivables/invoicing"

export type PaymentInput = {
  company_id: string
  amount: string
  currency_code?: string
  method: "bank_transfer" | "cash" | "cheque" | "card"
  reference?: string | null
  received_at?: Date | string
  allocations?: { invoice_id: string; amount: string }[]
  idempotency_key?: string | null
  recorded_by?: string | null
  /** Without explicit allocations: settle oldest due first (default) or keep it all as credit. */
  auto_allocate?: boolean
}

export type PaymentPlan = {
  /** The payment recorded earlier under the same idempotency key, if any. */
  repeated: Record<string, any> | null
  payment: Record<string, unknown> | null
  allocations: { invoice_id: string; amount: string }[]
}

export const preparePaymentStepId = "ordo-prepare-payment"

/**
 * What a payment will do, read under the company's receivables lock: the payment seen before
 * under the same idempotency key (a replayed webhook, a double submit), or the record to write
 * and the invoices it settles (domain/invoice-math.ts planPayment). Refuses, naming the field,
 * an unknown company, another currency, a bad amount or allocation. Reads only.
 */
export const preparePaymentStep = createStep(preparePaymentStepId, async (input: PaymentInput, { container }) => {
  const invoices = container.resolve<InvoiceModuleService>(INVOICE_MODULE)
  if (input.idempotency_key) {
    const [seen] = await invoices.listPaymentRecords({ idempotency_key: input.idempotency_key })
    if (seen) return new StepResponse<PaymentPlan>({ repeated: seen as any, payment: null, allocations: [] })
  }
  const {
    data: [company],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "company", fields: ["id", "currency_code"], filters: { id: input.company_id } })
  if (!company) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${input.company_id} was not found`)
  const currency = (input.currency_code ?? company.currency_code).toLowerCase()
  if (currency !== company.currency_code) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `currency_code: this company pays in ${company.currency_code.toUpperCase()}`,
    )
  }
  const plan = planPayment({ ...input, currency_code: currency }, await openInvoices(container, input.company_id))
  if (plan.problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, plan.problems.join("; "))
  return new StepResponse<PaymentPlan>({
    repeated: null,
    payment: {
      company_id: input.company_id,
      method: input.method,
      reference: input.reference ?? null,
      amount: dec(input.amount).toFixed(),
      unallocated: plan.unallocated,
      currency_code: currency,
      received_at: input.received_at ? new Date(input.received_at) : new Date(),
      idempotency_key: input.idempotency_key ?? null,
      recorded_by: input.recorded_by ?? null,
    },
    allocations: plan.allocations,
  })
})
