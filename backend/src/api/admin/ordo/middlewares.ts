import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AUDIT_READERS } from "../../../domain/audit"
import { ownCustomersOnly } from "../../guards/own-customers"
import { requireRoleToRead } from "../../guards/read-roles"
import { requireRightFor } from "../../guards/right-for-field"
import { UpdateBuyerBody } from "../../store/ordo/company/validators"
import {
  AdminCreateQuote,
  AdminReviseQuote,
  AdminSendQuote,
  QuoteListQuery,
  QuoteMessageBody,
} from "../../store/ordo/quotes/validators"
import { ApprovalDecisionBody } from "../../store/ordo/validators"
import { ApprovalListQuery, DocumentQuery, StatementQuery } from "../../validation"
import { ApprovalRuleBody, ApprovalRuleUpdate } from "./approval-rules/validators"
import { AuditLogQuery } from "./audit/validators"
import { channelMiddlewares } from "./channels/middlewares"
import {
  AdminAddBuyer,
  AdminAssignSalesRep,
  AdminCompanyAddress,
  AdminCreateCompany,
  AdminListCompanies,
  AdminUpdateCompany,
} from "./companies/validators"
import { dashboardMiddlewares } from "./dashboard/middlewares"
import { DunningLevelBody, DunningLogQuery, DunningRunBody } from "./dunning/validators"
import {
  AdminAgeingQuery,
  AdminApplyCredit,
  AdminApplyCreditNote,
  AdminCreditAccount,
  AdminCreditNote,
  AdminIssueInvoice,
  AdminListInvoices,
  AdminListPayments,
  AdminRecordPayment,
  AdminReversePayment,
  AdminVoidInvoice,
} from "./invoices/validators"
import { CustomerSearchQuery, EntryBody, ParseBody, ProductSearchQuery, SubmitBody } from "./order-entry/validators"
import { RatesBody, ShipmentBody } from "./orders/shipping-validators"
import { OrderListQuery } from "./orders/validators"
import { reportMiddlewares } from "./reports/middlewares"
import { SetStaffRolesBody } from "./staff/validators"
import { stockMiddlewares } from "./stock/middlewares"

const body = validateAndTransformBody
const query = (schema: Parameters<typeof validateAndTransformQuery>[0]) => validateAndTransformQuery(schema, {})
// A pasted spreadsheet can be large; its size is refused with a message of our own, not a bare 413.
const PASTE = { sizeLimit: "4mb" }

/** Ordo's staff API (/admin/ordo/*): staff sign-in, then each route's body and query validated. */
export const adminOrdoMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/ordo/*", middlewares: [authenticate("user", ["session", "bearer", "api-key"])] },
  { methods: ["POST"], matcher: "/admin/ordo/staff/:user_id", middlewares: [body(SetStaffRolesBody)] },

  // The audit log: finance, sales managers and managers only (ADR 026)
  {
    methods: ["GET"],
    matcher: "/admin/ordo/audit",
    middlewares: [requireRoleToRead(AUDIT_READERS), query(AuditLogQuery)],
  },

  // Orders and approvals
  { methods: ["GET"], matcher: "/admin/ordo/orders", middlewares: [query(OrderListQuery)] },
  { methods: ["POST"], matcher: "/admin/ordo/orders/:id/shipments", middlewares: [body(ShipmentBody)] },
  { methods: ["POST"], matcher: "/admin/ordo/orders/:id/shipping-rates", middlewares: [body(RatesBody)] },
  { methods: ["GET"], matcher: "/admin/ordo/approvals", middlewares: [query(ApprovalListQuery)] },
  { methods: ["POST"], matcher: "/admin/ordo/approvals/:id/decision", middlewares: [body(ApprovalDecisionBody)] },
  { methods: ["POST"], matcher: "/admin/ordo/approval-rules", middlewares: [body(ApprovalRuleBody)] },
  { methods: ["POST"], matcher: "/admin/ordo/approval-rules/:id", middlewares: [body(ApprovalRuleUpdate)] },

  // Order entry
  { methods: ["GET"], matcher: "/admin/ordo/order-entry/customers", middlewares: [query(CustomerSearchQuery)] },
  { methods: ["GET"], matcher: "/admin/ordo/order-entry/products", middlewares: [query(ProductSearchQuery)] },
  { methods: ["POST"], matcher: "/admin/ordo/order-entry/parse", bodyParser: PASTE, middlewares: [body(ParseBody)] },
  { methods: ["POST"], matcher: "/admin/ordo/order-entry/check", bodyParser: PASTE, middlewares: [body(EntryBody)] },
  { methods: ["POST"], matcher: "/admin/ordo/order-entry/submit", bodyParser: PASTE, middlewares: [body(SubmitBody)] },

  // Dashboard and alerts
  ...dashboardMiddlewares,

  // Stock and purchasing
  ...stockMiddlewares,

  // Reports (sales, products, payments by region, receivables by rep) and their rebuild
  ...reportMiddlewares,

  // Marketplace connections and their imported orders
  ...channelMiddlewares,

  // Quotes
  { methods: ["GET"], matcher: "/admin/ordo/quotes", middlewares: [query(QuoteListQuery)] },
  { methods: ["POST"], matcher: "/admin/ordo/quotes", middlewares: [body(AdminCreateQuote)] },
  { methods: ["POST"], matcher: "/admin/ordo/quotes/:id/versions", middlewares: [body(AdminReviseQuote)] },
  { methods: ["POST"], matcher: "/admin/ordo/quotes/:id/send", middlewares: [body(AdminSendQuote)] },
  { methods: ["POST"], matcher: "/admin/ordo/quotes/:id/messages", middlewares: [body(QuoteMessageBody)] },
  { methods: ["GET"], matcher: "/admin/ordo/quotes/:id/pdf", middlewares: [query(DocumentQuery)] },

  // Companies and their buyers; a sales rep opens only their own customers
  { methods: ["GET"], matcher: "/admin/ordo/companies", middlewares: [query(AdminListCompanies)] },
  { methods: ["POST"], matcher: "/admin/ordo/companies", middlewares: [body(AdminCreateCompany)] },
  { methods: ["GET"], matcher: "/admin/ordo/companies/:id", middlewares: [ownCustomersOnly] },
  { methods: ["GET"], matcher: "/admin/ordo/companies/:id/credit", middlewares: [ownCustomersOnly] },
  { methods: ["POST"], matcher: "/admin/ordo/companies/:id/sales-rep", middlewares: [body(AdminAssignSalesRep)] },
  {
    methods: ["POST"],
    matcher: "/admin/ordo/companies/:id",
    middlewares: [body(AdminUpdateCompany), requireRightFor("retail_default", "settings")],
  },
  { methods: ["POST"], matcher: "/admin/ordo/companies/:id/addresses", middlewares: [body(AdminCompanyAddress)] },
  {
    methods: ["POST"],
    matcher: "/admin/ordo/companies/:id/buyers",
    middlewares: [body(AdminAddBuyer), requireRightFor("spending_limit", "pricing")],
  },
  {
    methods: ["POST"],
    matcher: "/admin/ordo/companies/:id/buyers/:buyer_id",
    middlewares: [body(UpdateBuyerBody), requireRightFor("spending_limit", "pricing")],
  },
  {
    methods: ["GET"],
    matcher: "/admin/ordo/companies/:id/statement",
    middlewares: [query(StatementQuery), ownCustomersOnly],
  },

  // Receivables
  { methods: ["POST"], matcher: "/admin/ordo/companies/:id/credit", middlewares: [body(AdminCreditAccount)] },
  { methods: ["GET"], matcher: "/admin/ordo/invoices", middlewares: [query(AdminListInvoices)] },
  { methods: ["GET"], matcher: "/admin/ordo/reports/receivables", middlewares: [query(AdminAgeingQuery)] },
  { methods: ["POST"], matcher: "/admin/ordo/invoices", middlewares: [body(AdminIssueInvoice)] },
  { methods: ["POST"], matcher: "/admin/ordo/invoices/:id/void", middlewares: [body(AdminVoidInvoice)] },
  { methods: ["POST"], matcher: "/admin/ordo/invoices/:id/credit-notes", middlewares: [body(AdminCreditNote)] },
  { methods: ["POST"], matcher: "/admin/ordo/invoices/:id/apply", middlewares: [body(AdminApplyCreditNote)] },
  { methods: ["GET"], matcher: "/admin/ordo/invoices/:id/pdf", middlewares: [query(DocumentQuery)] },
  { methods: ["GET"], matcher: "/admin/ordo/payments", middlewares: [query(AdminListPayments)] },
  { methods: ["POST"], matcher: "/admin/ordo/payments", middlewares: [body(AdminRecordPayment)] },
  { methods: ["POST"], matcher: "/admin/ordo/payments/:id/reverse", middlewares: [body(AdminReversePayment)] },
  { methods: ["POST"], matcher: "/admin/ordo/payments/:id/apply", middlewares: [body(AdminApplyCredit)] },
  { methods: ["POST"], matcher: "/admin/ordo/dunning/levels", middlewares: [body(DunningLevelBody)] },
  { methods: ["POST"], matcher: "/admin/ordo/dunning/run", middlewares: [body(DunningRunBody)] },
  { methods: ["GET"], matcher: "/admin/ordo/dunning/log", middlewares: [query(DunningLogQuery)] },
]
