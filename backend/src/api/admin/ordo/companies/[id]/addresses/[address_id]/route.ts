import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeCompanyAddressWorkflow } from "../../../../../../../workflows/company/remove-company-address"

/** Staff: remove an address from the company's address book. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result: id } = await removeCompanyAddressWorkflow(req.scope).run({
    input: { company_id: req.params.id, address_id: req.params.address_id },
  })
  res.json({ id, deleted: true })
}
