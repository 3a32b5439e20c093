import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The store's default currency (what a receipt or price is in when none is named). */
export async function defaultCurrency(container: MedusaContainer): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  return (store?.supported_currencies ?? []).find((c) => c.is_default)?.currency_code ?? "cny"
}
