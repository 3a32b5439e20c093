import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseKey, seal } from "../../../domain/secret-box"

/**
 * Seals a connection's secrets with the key in ORDO_CHANNEL_KEY. Without a key no connection
 * with secrets is made: they are never stored in the clear. Writes nothing.
 */
export const sealCredentialsStep = createStep(
  "ordo-seal-channel-credentials",
  async (input: { credentials?: Record<string, string> | null }) => {
    const secrets = Object.fromEntries(Object.entries(input.credentials ?? {}).filter(([, v]) => v))
    if (!Object.keys(secrets).length) return new StepResponse(null as string | null)
    const key = parseKey(process.env.ORDO_CHANNEL_KEY)
    if (!key) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "credentials: no encryption key is set up for marketplace credentials, so they cannot be stored; ask your administrator",
      )
    }
    return new StepResponse(seal(key, secrets) as string | null)
  },
)
