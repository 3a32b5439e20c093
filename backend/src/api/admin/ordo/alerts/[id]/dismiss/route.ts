import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dismissAlertWorkflow } from "../../../../../../workflows/alerts/dismiss-alert"

/** Staff: take an alert they can see off the dashboard. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await dismissAlertWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      viewer: { actor_id: req.auth_context.actor_id, actor_type: req.auth_context.actor_type },
    },
  })
  res.json({ alert: result })
}
