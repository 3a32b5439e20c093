import { MedusaService } from "@medusajs/framework/utils"
import { Company } from "./models/company"
import { CompanyBuyer } from "./models/company-buyer"

class CompanyModuleService extends MedusaService({ Company, CompanyBuyer }) {}

export default CompanyModuleService
