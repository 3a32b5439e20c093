import { z } from "@medusajs/framework/zod"
import { id } from "../../../validation"

/** The dashboard's currency (three letters) and, for the whole business, one sales rep's figures. */
export const DashboardQuery = z
  .object({
    currency: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{3}$/, "currency: a three-letter currency code such as cny")
      .transform((c) => c.toLowerCase())
      .optional(),
    rep: id("rep").optional(),
  })
  .strict()

/** The alert rules a manager may set. */
export const AlertRulesBody = z
  .object({
    threshold_percent: z
      .number({ message: "threshold_percent: a number of percent" })
      .int("threshold_percent: a whole number")
      .min(1, "threshold_percent: at least 1")
      .max(100, "threshold_percent: at most 100"),
    period_days: z
      .number({ message: "period_days: a number of days" })
      .int("period_days: a whole number")
      .min(1, "period_days: at least 1")
      .max(365, "period_days: at most 365"),
    min_orders: z
      .number({ message: "min_orders: a number of orders" })
      .int("min_orders: a whole number")
      .min(1, "min_orders: at least 1")
      .max(100000, "min_orders: at most 100000"),
  })
  .strict()

/** Nothing to send: the run and the dismissal take no fields. */
export const EmptyBody = z.object({}).strict()
