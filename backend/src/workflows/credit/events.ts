export const CREDIT_EVENTS = {
  /**
   * A company went on credit hold (by hand or by dunning): { company_id, held_at, as_of? }, held_at
   * marking this hold, as_of the date its overdue balance is read at (the dunning run's; else now).
   */
  holdPlaced: "ordo.credit.hold_placed",
} as const
