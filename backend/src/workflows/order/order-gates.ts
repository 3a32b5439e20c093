import { parallelize, transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { approvalChain, chainCovered, orderTotal } from "../../domain/order-gates"
import { assertPoNumberStep } from "./steps/assert-po-number"
import { assertWholeQuantitiesStep } from "./steps/assert-whole-quantities"
import { checkCreditStep } from "./steps/check-credit"
import { checkDiscountsStep } from "./steps/check-discounts"
import { checkOrderValueStep } from "./steps/check-order-value"
import { checkSpendingLimitStep } from "./steps/check-spending-limit"
import { priceOrderLinesStep } from "./steps/price-order-lines"
import { resolveBuyingAccountStep } from "./steps/resolve-buying-account"
import { resolveOrderSourceStep } from "./steps/resolve-order-source"
import { resolveShippingStep } from "./steps/resolve-shipping"
import type { PlaceOrderInput } from "./types"

/**
 * The gates every order passes, as workflow steps (all reads): who may order on account →
 * where the lines come from → whole quantities → prices → PO number → address and freight →
 * order value, discounts, spending limit and credit (in the company's currency) → who must
 * approve. Called while composing a workflow: the place-order workflow, and the approval
 * decision that must know before placing whether the gates now ask for someone new.
 */
export function evaluateOrderGates(input: PlaceOrderInput | WorkflowData<PlaceOrderInput>) {
  const account = resolveBuyingAccountStep(input)
  const source = resolveOrderSourceStep({ input, account })
  assertWholeQuantitiesStep(source)
  const lines = priceOrderLinesStep({ input, account, source })
  const poNumber = assertPoNumberStep({ input, source })
  const shipping = resolveShippingStep({ input, account, source })

  const facts = transform({ account, lines, shipping }, ({ account, lines, shipping }) => ({
    currency_code: account.currency_code,
    order_total: orderTotal(lines, shipping.freight.amount, shipping.tax_rate, account.currency_code),
    lines: lines.map((l) => ({ sku: l.sku, list_price: l.list_price, unit_price: l.unit_price })),
    buyer: { role: account.role, spending_limit: account.spending_limit },
  }))
  const [byValue, byDiscount, bySpending, byCredit] = parallelize(
    checkOrderValueStep(facts),
    checkDiscountsStep(facts),
    checkSpendingLimitStep(facts),
    checkCreditStep({ facts, account }),
  )
  const decision = transform(
    { input, account, facts, byValue, byDiscount, bySpending, byCredit },
    ({ input, account, facts, byValue, byDiscount, bySpending, byCredit }) => {
      const { chain, triggers } = approvalChain([...byValue, ...byDiscount, ...bySpending, ...byCredit], account)
      const approved = !!input.approved
      const uncovered = approved ? chain.filter((r) => !chainCovered([r], input.approved?.approved_roles ?? [])) : []
      return {
        chain,
        triggers,
        approved,
        uncovered,
        reasons: triggers.map((t) => t.detail),
        order_total: facts.order_total,
        needs_approval: !approved && chain.length > 0 && !input.skip?.approval,
      }
    },
  )
  return { account, source, lines, poNumber, shipping, facts, decision }
}
