export const APPROVAL_EVENTS = {
  requested: "ordo.approval.requested",
  decided: "ordo.approval.decided",
} as const
