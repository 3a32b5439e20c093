export const CREDIT_EVENTS = {
  /** A company went on credit hold (by hand or by dunning): { company_id, held_at }, held_at marking this hold. */
  holdPlaced: "ordo.credit.hold_placed",
} as const
