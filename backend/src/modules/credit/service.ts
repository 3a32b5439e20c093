import { MedusaService } from "@medusajs/framework/utils"
import { CreditAccount } from "./models/credit-account"

class CreditModuleService extends MedusaService({ CreditAccount }) {}

export default CreditModuleService
