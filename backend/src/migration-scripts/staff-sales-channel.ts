import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureStaffChannelWorkflow } from "../workflows/order-entry/ensure-staff-channel"

/** Runs once on `npx medusa db:migrate`: the "Staff entry" sales channel staff orders belong to. */
export default async function staffSalesChannel({ container }: { container: MedusaContainer }) {
  await ensureStaffChannelWorkflow(container).run({ input: {} })
}
