import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { testChannelConnection } from "../../../../../queries/marketplace/test-connection"
import type { ChannelConnectionTestBody } from "../validators"

/**
 * "Test connection": the marketplace's answer to the typed credentials, 200 either way; nothing
 * is stored. Not `channels/test`: `medusa build` leaves out every folder named "test".
 */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof ChannelConnectionTestBody>>,
  res: MedusaResponse,
) {
  res.json(await testChannelConnection(req.validatedBody))
}
