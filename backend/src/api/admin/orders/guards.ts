import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { unpaidDeposit } from "../../../lib/receivables"

/** Deposit terms: nothing ships until the order's deposit invoice is paid. */
export async function refuseShippingBeforeDeposit(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const deposit = await unpaidDeposit(req.scope, req.params.id)
  if (deposit) {
    return next(
      new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This order waits for its deposit: invoice ${deposit.number} must be paid before shipping`,
      ),
    )
  }
  next()
}
