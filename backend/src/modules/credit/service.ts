import { MedusaService } from "@medusajs/framework/utils"
import { CreditAccount } from "./models/credit-account"
import { DunningLevel } from "./models/dunning-level"
import { DunningNotice } from "./models/dunning-notice"

class CreditModuleService extends MedusaService({ CreditAccount, DunningLevel, DunningNotice }) {}

export default CreditModuleService
