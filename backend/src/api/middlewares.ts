import {
  allowFields,
  authenticate,
  defineMiddlewares,
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { isOrdoConflict } from "../domain/errors"
import { ApprovalRuleBody, ApprovalRuleUpdate } from "./admin/ordo/approval-rules/validators"
import {
  AdminAddBuyer,
  AdminCompanyAddress,
  AdminCreateCompany,
  AdminUpdateCompany,
} from "./admin/ordo/companies/validators"
import { DunningLevelBody } from "./admin/ordo/dunning/levels/route"
import {
  AdminApplyCredit,
  AdminCreditAccount,
  AdminCreditNote,
  AdminIssueInvoice,
  AdminListInvoices,
  AdminListPayments,
  AdminRecordPayment,
  AdminReversePayment,
  AdminVoidInvoice,
} from "./admin/ordo/invoices/validators"
import { EntryBody, ParseBody, SubmitBody } from "./admin/ordo/order-entry/validators"
import { SetStaffRolesBody } from "./admin/ordo/staff/validators"
import { AdjustmentBody, ReceiptBody, ThresholdBody, TransferBody } from "./admin/ordo/stock/validators"
import {
  orderChangeGatesGuard,
  protectOrdoMetadata,
  refuseDisabledModuleRoutes,
  refuseDraftConversion,
  refuseOrderTransfer,
  refuseShippingBeforeDeposit,
  refuseWhileAwaitingApproval,
  requireCrashingFields,
  requireExisting,
} from "./guards/admin-orders"
import { badInputAsClientError } from "./guards/db-errors"
import { refuseNulBytes, requireExpiringToken } from "./guards/http-hygiene"
import { throttleLogin } from "./guards/login-throttle"
import { requireRightFor } from "./guards/right-for-field"
import { enforceStaffRights } from "./guards/staff-rights"
import { ownCartOnly, ownPaymentCollectionOnly, refuseWith } from "./guards/store-carts"
import { companyOrdersOnly } from "./store/orders/guards"
import { StoreCheckout } from "./store/ordo/carts/[id]/checkout/validators"
import { AcceptInviteBody, InviteBuyerBody, UpdateBuyerBody } from "./store/ordo/company/validators"
import { CheckoutSessionBody } from "./store/ordo/invoices/[id]/checkout-session/route"
import { StoreQuickOrder } from "./store/ordo/quick-order/validators"
import {
  AdminCreateQuote,
  AdminReviseQuote,
  AdminSendQuote,
  QuoteMessageBody,
  StoreAcceptQuote,
  StoreRejectQuote,
  StoreRequestQuote,
} from "./store/ordo/quotes/validators"
import { ApprovalDecisionBody, StoreListInvoices } from "./store/ordo/validators"

const medusaErrorHandler = errorHandler()

export default defineMiddlewares({
  // Medusa answers every 409 with a generic retry hint; Ordo's conflicts keep their message.
  errorHandler: (error: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (isOrdoConflict(error)) {
      res.status(409).json({ type: "conflict", message: error.message })
      return
    }
    const clientError = badInputAsClientError(error)
    if (clientError) {
      res.status(400).json(clientError)
      return
    }
    return medusaErrorHandler(error, req, res, next)
  },
  routes: [
    // Every request: no NUL characters, no never-expiring tokens (headers: guards/http-headers.ts).
    {
      matcher: "/*",
      middlewares: [refuseNulBytes, requireExpiringToken],
    },
    { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [throttleLogin] },

    // Staff: every admin write needs the right its route is filed under (domain/staff-rights.ts).
    // (Runs before Medusa's own route middlewares: rights first, then what Medusa would crash on.)
    {
      matcher: "/admin/*",
      middlewares: [enforceStaffRights, refuseDisabledModuleRoutes, requireCrashingFields],
    },
    {
      matcher: "/admin/ordo/*",
      middlewares: [authenticate("user", ["session", "bearer", "api-key"])],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/staff/:user_id",
      middlewares: [validateAndTransformBody(SetStaffRolesBody)],
    },
    {
      method: ["POST", "DELETE"],
      matcher: "/admin/products/:id/*",
      middlewares: [requireExisting([{ param: "id", entity: "product", label: "Product" }])],
    },
    {
      method: ["POST", "DELETE"],
      matcher: "/admin/products/:id/variants/:variant_id",
      middlewares: [requireExisting([{ param: "variant_id", entity: "product_variant", label: "Product variant" }])],
    },
    // Medusa routes that answer a missing id with a 500: checked first, a 404 instead.
    {
      method: ["GET"],
      matcher: "/admin/fulfillment-providers/:id/options",
      middlewares: [requireExisting([{ param: "id", entity: "fulfillment_provider", label: "Fulfillment provider" }])],
    },
    {
      method: ["POST", "DELETE"],
      matcher: "/admin/api-keys/:id/sales-channels",
      middlewares: [requireExisting([{ param: "id", entity: "api_key", label: "API key" }])],
    },
    ...(["claims", "exchanges"] as const).flatMap((kind) => [
      {
        method: ["POST", "DELETE"] as ("POST" | "DELETE")[],
        matcher: `/admin/${kind}/:id/*`,
        middlewares: [
          requireExisting([
            {
              param: "id",
              entity: kind === "claims" ? "order_claim" : "order_exchange",
              label: kind === "claims" ? "Claim" : "Exchange",
            },
          ]),
        ],
      },
    ]),
    // Medusa's order routes: the same gates as Ordo's place-order workflow, or a refusal.
    { method: ["POST"], matcher: "/admin/draft-orders/:id/convert-to-order", middlewares: [refuseDraftConversion] },
    { method: ["POST"], matcher: "/admin/orders/:id/transfer", middlewares: [refuseOrderTransfer] },
    { method: ["POST"], matcher: "/admin/orders/:id/transfer/*", middlewares: [refuseOrderTransfer] },
    { method: ["POST", "DELETE"], matcher: "/admin/orders/:id/*", middlewares: [refuseWhileAwaitingApproval] },
    { method: ["POST"], matcher: "/admin/orders/:id", middlewares: [refuseWhileAwaitingApproval, protectOrdoMetadata] },
    { method: ["POST", "DELETE"], matcher: "/admin/order-edits", middlewares: [refuseWhileAwaitingApproval] },
    { method: ["POST", "DELETE"], matcher: "/admin/order-edits/:id", middlewares: [refuseWhileAwaitingApproval] },
    { method: ["POST", "DELETE"], matcher: "/admin/order-edits/:id/*", middlewares: [refuseWhileAwaitingApproval] },
    { method: ["POST"], matcher: "/admin/order-edits/:id/request", middlewares: [orderChangeGatesGuard] },
    { method: ["POST"], matcher: "/admin/order-edits/:id/confirm", middlewares: [orderChangeGatesGuard] },
    { method: ["POST", "DELETE"], matcher: "/admin/order-changes/:id", middlewares: [refuseWhileAwaitingApproval] },
    { method: ["POST"], matcher: "/admin/exchanges", middlewares: [refuseWhileAwaitingApproval] },
    { method: ["POST"], matcher: "/admin/exchanges/:id/request", middlewares: [orderChangeGatesGuard] },
    { method: ["POST"], matcher: "/admin/claims", middlewares: [refuseWhileAwaitingApproval] },
    { method: ["POST"], matcher: "/admin/claims/:id/request", middlewares: [orderChangeGatesGuard] },
    { method: ["POST"], matcher: "/admin/returns", middlewares: [refuseWhileAwaitingApproval] },
    {
      method: ["POST"],
      matcher: "/admin/fulfillments",
      middlewares: [refuseWhileAwaitingApproval, refuseShippingBeforeDeposit],
    },
    { method: ["POST"], matcher: "/admin/fulfillments/:id/shipment", middlewares: [refuseShippingBeforeDeposit] },
    {
      method: ["POST"],
      matcher: "/admin/orders/:id/fulfillments",
      middlewares: [refuseShippingBeforeDeposit],
    },
    {
      method: ["POST"],
      matcher: "/admin/orders/:id/fulfillments/:fulfillment_id/shipments",
      middlewares: [refuseShippingBeforeDeposit],
    },

    // Store: a cart is its buyer's own; Medusa routes that would go around Ordo's rules refuse.
    // (Middlewares without a method are prefix matches: these cover every /store/carts/... route.)
    { matcher: "/store/carts", middlewares: [authenticate("customer", ["bearer", "session"])] },
    { matcher: "/store/carts/:id", middlewares: [ownCartOnly] },
    {
      method: ["POST"],
      matcher: "/store/carts/:id/complete",
      middlewares: [
        refuseWith(
          "Orders are placed through Ordo's checkout: POST /store/ordo/carts/{id}/checkout with address_id and po_number",
        ),
      ],
    },
    {
      method: ["POST", "DELETE"],
      matcher: "/store/carts/:id/promotions",
      middlewares: [refuseWith("Promotions do not apply to on-account orders; your contract prices already do")],
    },
    {
      matcher: "/store/payment-collections*",
      middlewares: [authenticate("customer", ["bearer", "session"])],
    },
    { method: ["POST"], matcher: "/store/payment-collections", middlewares: [ownPaymentCollectionOnly] },
    { method: ["POST"], matcher: "/store/payment-collections/:id/*", middlewares: [ownPaymentCollectionOnly] },
    {
      method: ["POST"],
      matcher: "/store/orders/:id/transfer/*",
      middlewares: [refuseWith("Orders stay with the company that placed them; they cannot be transferred")],
    },
    {
      method: ["POST"],
      matcher: "/store/returns",
      middlewares: [
        refuseWith("Returns are arranged by the seller: ask your sales contact, who records them in the back office"),
      ],
    },
    // The PO number lives in order.metadata; Medusa's store order detail does not allow that
    // field by default (the list does). Must not be method-scoped: queries are validated first.
    { matcher: "/store/orders/:id", middlewares: [allowFields("metadata")] },
    {
      method: ["GET"],
      matcher: "/store/orders/:id",
      middlewares: [authenticate("customer", ["bearer", "session"]), companyOrdersOnly],
    },
    {
      matcher: "/store/ordo/*",
      middlewares: [authenticate("customer", ["bearer", "session"])],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/quick-order",
      middlewares: [validateAndTransformBody(StoreQuickOrder)],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/carts/:id/checkout",
      middlewares: [validateAndTransformBody(StoreCheckout)],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/approvals/:id/decision",
      middlewares: [validateAndTransformBody(ApprovalDecisionBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/approvals/:id/decision",
      middlewares: [validateAndTransformBody(ApprovalDecisionBody)],
    },
    // A pasted spreadsheet can be large; its size is refused with a message of our own, not a bare 413.
    {
      method: ["POST"],
      matcher: "/admin/ordo/order-entry/parse",
      bodyParser: { sizeLimit: "4mb" },
      middlewares: [validateAndTransformBody(ParseBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/order-entry/check",
      bodyParser: { sizeLimit: "4mb" },
      middlewares: [validateAndTransformBody(EntryBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/order-entry/submit",
      bodyParser: { sizeLimit: "4mb" },
      middlewares: [validateAndTransformBody(SubmitBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/stock/thresholds",
      middlewares: [validateAndTransformBody(ThresholdBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/stock/adjustments",
      middlewares: [validateAndTransformBody(AdjustmentBody)],
    },
    { method: ["POST"], matcher: "/admin/ordo/stock/transfers", middlewares: [validateAndTransformBody(TransferBody)] },
    {
      method: ["POST"],
      matcher: "/admin/ordo/purchase-receipts",
      middlewares: [validateAndTransformBody(ReceiptBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/approval-rules",
      middlewares: [validateAndTransformBody(ApprovalRuleBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/approval-rules/:id",
      middlewares: [validateAndTransformBody(ApprovalRuleUpdate)],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/quotes",
      middlewares: [validateAndTransformBody(StoreRequestQuote)],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/quotes/:id/messages",
      middlewares: [validateAndTransformBody(QuoteMessageBody)],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/quotes/:id/accept",
      middlewares: [validateAndTransformBody(StoreAcceptQuote)],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/quotes/:id/reject",
      middlewares: [validateAndTransformBody(StoreRejectQuote)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/quotes",
      middlewares: [validateAndTransformBody(AdminCreateQuote)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/quotes/:id/versions",
      middlewares: [validateAndTransformBody(AdminReviseQuote)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/quotes/:id/send",
      middlewares: [validateAndTransformBody(AdminSendQuote)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/quotes/:id/messages",
      middlewares: [validateAndTransformBody(QuoteMessageBody)],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/company/invites",
      middlewares: [validateAndTransformBody(InviteBuyerBody)],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/company/buyers/:id",
      middlewares: [validateAndTransformBody(UpdateBuyerBody)],
    },
    {
      method: ["POST"],
      matcher: "/store/company-invites/:token/accept",
      middlewares: [validateAndTransformBody(AcceptInviteBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/companies",
      middlewares: [validateAndTransformBody(AdminCreateCompany)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/companies/:id",
      middlewares: [validateAndTransformBody(AdminUpdateCompany), requireRightFor("retail_default", "settings")],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/companies/:id/addresses",
      middlewares: [validateAndTransformBody(AdminCompanyAddress)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/companies/:id/buyers",
      middlewares: [validateAndTransformBody(AdminAddBuyer), requireRightFor("spending_limit", "pricing")],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/companies/:id/buyers/:buyer_id",
      middlewares: [validateAndTransformBody(UpdateBuyerBody), requireRightFor("spending_limit", "pricing")],
    },
    { method: ["POST", "DELETE"], matcher: "/admin/draft-orders/:id/edit", middlewares: [refuseWhileAwaitingApproval] },
    {
      method: ["POST", "DELETE"],
      matcher: "/admin/draft-orders/:id/edit/*",
      middlewares: [refuseWhileAwaitingApproval],
    },
    { method: ["POST", "DELETE"], matcher: "/admin/draft-orders/:id", middlewares: [refuseWhileAwaitingApproval] },
    {
      method: ["POST"],
      matcher: "/admin/ordo/invoices",
      middlewares: [validateAndTransformBody(AdminIssueInvoice)],
    },
    {
      method: ["GET"],
      matcher: "/admin/ordo/invoices",
      middlewares: [validateAndTransformQuery(AdminListInvoices, {})],
    },
    {
      method: ["GET"],
      matcher: "/admin/ordo/payments",
      middlewares: [validateAndTransformQuery(AdminListPayments, {})],
    },
    {
      method: ["GET"],
      matcher: "/store/ordo/invoices",
      middlewares: [validateAndTransformQuery(StoreListInvoices, {})],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/invoices/:id/void",
      middlewares: [validateAndTransformBody(AdminVoidInvoice)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/payments",
      middlewares: [validateAndTransformBody(AdminRecordPayment)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/payments/:id/reverse",
      middlewares: [validateAndTransformBody(AdminReversePayment)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/companies/:id/credit",
      middlewares: [validateAndTransformBody(AdminCreditAccount)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/dunning/levels",
      middlewares: [validateAndTransformBody(DunningLevelBody)],
    },
    // Stripe signs the exact bytes it sent: keep the raw body for verification.
    { methods: ["POST"], matcher: "/webhooks/stripe", bodyParser: { preserveRawBody: true } },
    {
      method: ["POST"],
      matcher: "/admin/ordo/invoices/:id/credit-notes",
      middlewares: [validateAndTransformBody(AdminCreditNote)],
    },
    {
      method: ["POST"],
      matcher: "/store/ordo/invoices/:id/checkout-session",
      middlewares: [validateAndTransformBody(CheckoutSessionBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/payments/:id/apply",
      middlewares: [validateAndTransformBody(AdminApplyCredit)],
    },
  ],
})
