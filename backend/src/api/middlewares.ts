import {
  allowFields,
  authenticate,
  defineMiddlewares,
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { isOrdoConflict } from "../lib/errors"
import { refuseWhileAwaitingApproval } from "./admin/draft-orders/guards"
import { refuseShippingBeforeDeposit } from "./admin/orders/guards"
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
  AdminRecordPayment,
  AdminReversePayment,
  AdminVoidInvoice,
} from "./admin/ordo/invoices/validators"
import { EntryBody, ParseBody, SubmitBody } from "./admin/ordo/order-entry/validators"
import { AdjustmentBody, ReceiptBody, ThresholdBody, TransferBody } from "./admin/ordo/stock/validators"
import { refuseStockShortfall, wholeQuantities } from "./store/carts/guards"
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
import { ApprovalDecisionBody } from "./store/ordo/validators"

const medusaErrorHandler = errorHandler()

export default defineMiddlewares({
  // Medusa answers every 409 with a generic retry hint; Ordo's conflicts keep their message.
  errorHandler: (error: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!isOrdoConflict(error)) return medusaErrorHandler(error, req, res, next)
    res.status(409).json({ type: "conflict", message: error.message })
  },
  routes: [
    {
      matcher: "/admin/ordo/*",
      middlewares: [authenticate("user", ["session", "bearer", "api-key"])],
    },
    // The PO number lives in order.metadata; Medusa's store order detail does not allow that
    // field by default (the list does). Must not be method-scoped: queries are validated first.
    { matcher: "/store/orders/:id", middlewares: [allowFields("metadata")] },
    {
      method: ["POST"],
      matcher: "/store/carts/:id/line-items",
      middlewares: [wholeQuantities(1), refuseStockShortfall],
    },
    {
      method: ["POST"],
      matcher: "/store/carts/:id/line-items/:line_id",
      middlewares: [wholeQuantities(0), refuseStockShortfall],
    },
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
      middlewares: [validateAndTransformBody(AdminUpdateCompany)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/companies/:id/addresses",
      middlewares: [validateAndTransformBody(AdminCompanyAddress)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/companies/:id/buyers",
      middlewares: [validateAndTransformBody(AdminAddBuyer)],
    },
    {
      method: ["POST"],
      matcher: "/admin/ordo/companies/:id/buyers/:buyer_id",
      middlewares: [validateAndTransformBody(UpdateBuyerBody)],
    },
    {
      method: ["POST", "DELETE"],
      matcher: "/admin/draft-orders/:id/convert-to-order",
      middlewares: [refuseWhileAwaitingApproval],
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
    { method: ["POST"], matcher: "/admin/orders/:id/fulfillments", middlewares: [refuseShippingBeforeDeposit] },
    {
      method: ["POST"],
      matcher: "/admin/ordo/payments/:id/apply",
      middlewares: [validateAndTransformBody(AdminApplyCredit)],
    },
  ],
})
