import { type ReportScope, repFilter } from "./report-scope"

/**
 * Sales reps own customers (`company.sales_rep_id`). Pure rules: who can own customers, which
 * rep a request may look at, and whether a staff member may see a company's account.
 */

/** Staff who can own customers: sales reps, sales managers and managers. */
export const REP_ROLES = ["sales", "sales_manager", "manager"] as const

export const canOwnCustomers = (roles: readonly string[]) =>
  roles.some((r) => (REP_ROLES as readonly string[]).includes(r))

/** `rep=` in a list's query: a user id, "me" (the caller) or "none" (customers nobody owns). */
export type RepAsked = string | null | undefined

/**
 * The rep a list is filtered by: "me" is the caller; a rep-scoped caller is held to their own
 * customers whatever they ask for; the whole business may ask for any rep, "none" or nobody (null).
 */
export function repToShow(scope: ReportScope, asked: RepAsked, userId: string): string | null {
  const wanted = asked === "me" ? userId : asked
  return repFilter(scope, wanted)
}

/** Whether a staff member may open a company's account (page, statement, credit). */
export const seesCompany = (scope: ReportScope, companyRepId: string | null | undefined) =>
  scope.rep_id === null || (companyRepId ?? null) === scope.rep_id

/** The refusal for a company someone else owns: says why and who can change it. */
export const notYourCustomer = (legalName: string) =>
  `${legalName} is not your customer: a sales rep sees only the customers assigned to them (a sales manager can reassign it)`
