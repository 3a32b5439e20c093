import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { associateLocationsWithSalesChannelsStep, createSalesChannelsStep } from "@medusajs/medusa/core-flows"
import { STAFF_CHANNEL_NAME } from "../../queries/order-entry/staff-channel"
import { acquireLocksStep } from "../common/steps/acquire-locks"
import { releaseLocksStep } from "../common/steps/release-locks"
import { planStaffChannelStep } from "./steps/plan-staff-channel"

/**
 * The "Staff entry" sales channel every staff-entered order belongs to: created when missing
 * and stocked from the same locations as the store's default channel. Idempotent; run by the
 * migration script and the demo seed.
 */
export const ensureStaffChannelWorkflow = createWorkflow("ordo-ensure-staff-channel", () => {
  const lock = acquireLocksStep({
    keys: ["ordo:staff-channel"],
    busy: "The staff channel is being set up; please retry",
  })
  const plan = planStaffChannelStep({})
  const created = when("ordo-create-staff-channel", { plan }, ({ plan }) => !plan.channel_id).then(() =>
    createSalesChannelsStep({
      data: [{ name: STAFF_CHANNEL_NAME, description: "Orders typed in by sales staff" }],
    }),
  )
  const channelId = transform({ plan, created }, ({ plan, created }) => plan.channel_id ?? created?.[0]?.id)
  when("ordo-stock-staff-channel", { plan }, ({ plan }) => plan.missing_location_ids.length > 0).then(() => {
    associateLocationsWithSalesChannelsStep(
      transform({ plan, channelId }, ({ plan, channelId }) => ({
        links: plan.missing_location_ids.map((location_id) => ({ sales_channel_id: channelId as string, location_id })),
      })),
    )
  })
  releaseLocksStep(lock)
  return new WorkflowResponse(channelId)
})
