import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_CONTROL_MODULE } from "../../../modules/stockcontrol"
import type StockControlModuleService from "../../../modules/stockcontrol/service"
import { staffEmailsWithRole } from "../../../queries/staff/roles"
import { inventoryLevels, stockLocations } from "../../../queries/stock/levels"

export const checkLowStockStepId = "ordo-check-low-stock"

/**
 * Compares available stock with the thresholds of the given inventory items (all when omitted).
 * A level that fell to or below its threshold and was not yet announced is announced once to the
 * staff who handle stock (warehouse and managers; everyone when nobody has the role); a level back
 * above is re-armed. The flag flips with a conditional update, so parallel orders cannot send the
 * same alert twice. Compensation restores the flags (a sent mail stays sent).
 */
export const checkLowStockStep = createStep(
  checkLowStockStepId,
  async (input: { inventory_item_ids?: string[] | null }, { container }) => {
    const svc = container.resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)
    const thresholds = (await svc.listLowStockThresholds(
      input.inventory_item_ids ? { inventory_item_id: [...new Set(input.inventory_item_ids)] } : {},
      { take: null as unknown as number },
    )) as any[]
    if (!thresholds.length) return new StepResponse([] as string[], [])
    const levels = await inventoryLevels(
      container,
      thresholds.map((t) => t.inventory_item_id),
    )
    const flipped: { id: string; alerted_at: Date | null }[] = []
    const alerts: Record<string, string | number>[] = []
    for (const t of thresholds) {
      const available =
        levels.find((l) => l.inventory_item_id === t.inventory_item_id && l.location_id === t.location_id)?.available ??
        0
      const low = available <= Number(t.threshold)
      if (low === !!t.alerted_at) continue
      // Only one caller wins the flip from "not announced" to "announced" (and back).
      const won = await svc.flipLowStockAlert(t.id, low)
      if (!won) continue
      const alertedAt = won.alerted_at ? new Date(won.alerted_at) : null
      flipped.push({ id: t.id, alerted_at: t.alerted_at ?? null })
      if (alertedAt) {
        alerts.push({
          threshold_id: t.id,
          sku: t.sku,
          location_id: t.location_id,
          available,
          threshold: Number(t.threshold),
          alerted_at: alertedAt.toISOString(),
        })
      }
    }
    if (alerts.length) {
      const names = new Map((await stockLocations(container)).map((l) => [l.id, l.name]))
      let to = await staffEmailsWithRole(container, "warehouse")
      if (!to.length) to = (await container.resolve(Modules.USER).listUsers({}, { take: 500 })).map((u) => u.email)
      const mails = alerts.flatMap(({ location_id, ...data }) =>
        to.map((email) => ({
          to: email,
          channel: "email",
          template: "ordo-low-stock",
          data: { ...data, location_name: names.get(location_id as string) ?? location_id },
          idempotency_key: `ordo-low-stock:${data.threshold_id}:${data.alerted_at}:${email}`,
        })),
      )
      if (mails.length) await container.resolve(Modules.NOTIFICATION).createNotifications(mails)
    }
    return new StepResponse(
      alerts.map((a) => a.threshold_id as string),
      flipped,
    )
  },
  async (flipped, { container }) => {
    if (!flipped?.length) return
    await container
      .resolve<StockControlModuleService>(STOCK_CONTROL_MODULE)
      .updateLowStockThresholds(flipped.map((f) => ({ id: f.id, alerted_at: f.alerted_at })) as any)
  },
)
