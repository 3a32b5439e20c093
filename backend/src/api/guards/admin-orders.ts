import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, FeatureFlag, MedusaError } from "@medusajs/framework/utils"
import { orderChangeGates } from "../../queries/order/order-change-gates"
import { creditAccountFor } from "../../queries/receivables/credit-account"
import { depositInvoices } from "../../queries/receivables/invoicing"

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/** The order a Medusa admin request is about: the route's :id, the body's order_id, or an order change's order. */
async function orderIdOf(req: MedusaRequest): Promise<string | undefined> {
  const path = req.originalUrl.split("?")[0]
  const bodyOrder = (req.body as { order_id?: unknown } | undefined)?.order_id
  if (typeof bodyOrder === "string") return bodyOrder
  const owner = [
    [/^\/admin\/order-changes\//i, "order_change"],
    [/^\/admin\/exchanges\//i, "order_exchange"],
    [/^\/admin\/claims\//i, "order_claim"],
    [/^\/admin\/returns\//i, "return"],
  ].find(([re]) => (re as RegExp).test(path))
  if (owner && req.params.id) {
    const { data } = await req.scope
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: owner[1] as string, fields: ["order_id"], filters: { id: req.params.id } })
    return (data[0] as any)?.order_id
  }
  if (/^\/admin\/(orders|order-edits|draft-orders)\//i.test(path)) return req.params.id
  return undefined
}

/**
 * An order waiting for approval (or rejected) is what its approvers see: Medusa's own order,
 * draft-order, edit, return, exchange, claim and fulfillment routes cannot change it. Decisions
 * go through Approvals. (Should it change anyway, the approval request's fingerprint no
 * longer matches and approval starts again.)
 */
export async function refuseWhileAwaitingApproval(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = await orderIdOf(req)
  if (!orderId) return next()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "approval_request",
    fields: ["id", "status"],
    filters: { order_id: orderId, status: ["pending", "rejected"] },
  })
  if (data.length) {
    return next(
      refuse(
        data[0].status === "pending"
          ? "This order is waiting for approval and cannot be changed; approve or reject it under Approvals"
          : "This order's approval was rejected; it cannot be changed or placed",
      ),
    )
  }
  next()
}

/** Medusa's draft conversion would skip every gate: drafts are placed through Order entry. */
export const refuseDraftConversion = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  refuseWhileAwaitingApproval(req, res, (err?: unknown) =>
    next(
      err ??
        refuse(
          "Place draft orders through Ordo's Order entry (open the draft there, or POST /admin/ordo/order-entry/submit with draft_order_id): it runs the approval, credit and stock checks",
        ),
    ),
  )

/** Orders stay with the company that placed them. */
export const refuseOrderTransfer = (_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) =>
  next(refuse("Orders stay with the company that placed them; they cannot be transferred to another customer"))

/** Order metadata Ordo writes and relies on (PO number, channel, terms, who entered it). */
const RESERVED_METADATA = /^(ordo_|po_number$|entered_by$|entry_|quote_|payment_terms$)/

/** Medusa's order routes may edit notes in metadata, never the keys Ordo's rules read. */
export async function protectOrdoMetadata(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  if (metadata === undefined) return next()
  if (metadata === null || typeof metadata !== "object") {
    return next(refuse("metadata: Ordo's order facts cannot be removed"))
  }
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["metadata"], filters: { id: req.params.id } })
  const current = ((data[0] as any)?.metadata ?? {}) as Record<string, unknown>
  const next_ = metadata as Record<string, unknown>
  const keys = new Set([...Object.keys(current), ...Object.keys(next_)].filter((k) => RESERVED_METADATA.test(k)))
  for (const key of keys) {
    if (JSON.stringify(current[key] ?? null) !== JSON.stringify(next_[key] ?? null)) {
      return next(refuse(`metadata.${key}: set by Ordo and cannot be changed here`))
    }
  }
  next()
}

/**
 * Deposit terms: nothing ships until the order's deposit is paid. Fails closed: an order placed
 * on deposit or prepaid terms, of a company now on such terms, or with any deposit invoice
 * needs a paid deposit invoice — a missing one blocks shipping just like an unpaid one.
 */
export async function refuseShippingBeforeDeposit(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  let orderId = await orderIdOf(req)
  if (!orderId && /^\/admin\/fulfillments\/[^/]+\/shipment/i.test(req.originalUrl)) {
    const { data } = await query.graph({
      entity: "order_fulfillment",
      fields: ["order_id"],
      filters: { fulfillment_id: req.params.id },
    })
    orderId = (data[0] as any)?.order_id
  }
  if (!orderId) return next()
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: orderId } })
  const order = data[0] as any
  if (!order) return next()
  const deposits = await depositInvoices(req.scope, orderId)
  const companyId = order.metadata?.ordo_company_id as string | undefined
  const terms = companyId ? (await creditAccountFor(req.scope, companyId)).terms : undefined
  const required =
    !!order.metadata?.ordo_deposit_required || terms === "deposit" || terms === "prepaid" || deposits.length > 0
  if (!required) return next()
  const unpaid = deposits.find((d) => d.status !== "paid")
  if (!deposits.length) {
    return next(refuse("This order waits for its deposit: no deposit invoice has been issued yet, so nothing can ship"))
  }
  if (unpaid) {
    return next(refuse(`This order waits for its deposit: invoice ${unpaid.number} must be paid before shipping`))
  }
  next()
}

/**
 * An order edit, exchange or claim on a placed order is held to the place-order gates: if the
 * changed order would need an approval, or added quantities are not in stock, the change is
 * refused, naming why (cancel and enter it again through Order entry to send it for approval).
 */
export async function orderChangeGatesGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = await orderIdOf(req)
  if (!orderId) return next()
  const { reasons, shortages } = await orderChangeGates(req.scope, orderId)
  if (shortages) return next(refuse(`Not enough stock for this change: ${shortages}`))
  if (reasons.length) {
    return next(
      refuse(
        `This change needs approval (${reasons.join("; ")}); cancel the order and enter it again through Order entry so it goes to the approvers`,
      ),
    )
  }
  next()
}

/**
 * Medusa answers a few routes with a 500 when an id does not exist (it reads a property of the
 * missing record). Ordo checks the ids first and answers 404, naming what was not found.
 */
export const requireExisting =
  (checks: { param: string; entity: string; label: string }[]) =>
  async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    for (const { param, entity, label } of checks) {
      const value = req.params[param]
      if (!value) continue
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id: value } })
      if (!data.length)
        return next(new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${value} was not found`))
    }
    next()
  }

/**
 * Medusa routes of modules Ordo does not load (the index engine, Medusa's licensed RBAC — Ordo's
 * staff roles replace it) answer 404 at once, instead of a 500 or a request Medusa never ends.
 * Runs first, on every request.
 */
const DISABLED_MODULE_ROUTES: [RegExp, (req: MedusaRequest) => boolean, string][] = [
  [/^\/admin\/index(\/|$|\?)/i, () => FeatureFlag.isFeatureEnabled("index_engine"), "The search index is not enabled"],
  [
    /^\/admin\/(rbac(\/|$|\?)|users\/[^/]+\/roles)/i,
    (req) => req.scope.hasRegistration("rbac"),
    "Staff rights are Ordo's Staff roles (/admin/ordo/staff)",
  ],
]

export function refuseDisabledModuleRoutes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const hit = DISABLED_MODULE_ROUTES.find(([re]) => re.test(req.originalUrl))
  if (!hit || hit[1](req)) return next()
  next(new MedusaError(MedusaError.Types.NOT_FOUND, hit[2]))
}

/**
 * Medusa validators that crash (a 500) on a missing field instead of naming it: the fields are
 * required here, before Medusa's own middlewares run (this runs on every request, first).
 */
const REQUIRED_BODY_FIELDS: [string, RegExp, string[]][] = [["POST", /^\/admin\/stock-locations\/?(\?|$)/i, ["name"]]]

export function requireCrashingFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const rule = REQUIRED_BODY_FIELDS.find(([m, re]) => req.method === m && re.test(req.originalUrl))
  if (!rule) return next()
  const body = (req.body ?? {}) as Record<string, unknown>
  const missing = rule[2].find((f) => typeof body[f] !== "string" || !(body[f] as string).trim())
  if (missing) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${missing}: required`))
  next()
}
