import { MedusaService } from "@medusajs/framework/utils"
import { Quote } from "./models/quote"
import { QuoteMessage } from "./models/quote-message"
import { QuoteVersion } from "./models/quote-version"

class QuoteModuleService extends MedusaService({ Quote, QuoteVersion, QuoteMessage }) {}

export default QuoteModuleService
