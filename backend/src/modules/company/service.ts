import { MedusaService } from "@medusajs/framework/utils"
import { Company } from "./models/company"
import { CompanyAddress } from "./models/company-address"
import { CompanyBuyer } from "./models/company-buyer"
import { CompanyInvite } from "./models/company-invite"

class CompanyModuleService extends MedusaService({ Company, CompanyBuyer, CompanyInvite, CompanyAddress }) {}

export default CompanyModuleService
