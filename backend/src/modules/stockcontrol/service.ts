import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { CostAllocation } from "./models/cost-allocation"
import { CostLayer } from "./models/cost-layer"
import { CostReturn } from "./models/cost-return"
import { LowStockThreshold } from "./models/low-stock-threshold"
import { PurchaseReceipt } from "./models/purchase-receipt"
import { StockMovement } from "./models/stock-movement"

export type LayerTake = {
  order_item_id: string
  variant_id: string
  layer_id: string | null
  quantity: number
  unit_cost: string | null
  currency_code: string | null
}
export type LayerPutBack = { allocation_id: string; layer_id: string | null; quantity: number }

/** Inventory control beside Medusa's inventory module: thresholds, movement audit, FIFO cost layers. */
export default class StockControlModuleService extends MedusaService({
  LowStockThreshold,
  StockMovement,
  PurchaseReceipt,
  CostLayer,
  CostAllocation,
  CostReturn,
}) {
  /**
   * Flips a threshold's "announced" flag with one guarded update: to now when it is not yet
   * announced (`low`), back to null when it is. Returns false when another caller flipped it
   * first, so a crossing is announced exactly once however many orders cross it at once.
   */
  @InjectTransactionManager()
  async flipLowStockAlert(id: string, low: boolean, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as any
    const rows = await manager.execute(
      low
        ? "update low_stock_threshold set alerted_at = now(), updated_at = now() where id = ? and alerted_at is null and deleted_at is null returning alerted_at"
        : "update low_stock_threshold set alerted_at = null, updated_at = now() where id = ? and alerted_at is not null and deleted_at is null returning alerted_at",
      [id],
    )
    return rows.length ? { alerted_at: rows[0].alerted_at as Date | null } : null
  }

  /**
   * A shipment's takes, in one transaction: each layer's `remaining` goes down by a guarded
   * update (never below zero, so a stale take fails instead of overdrawing), and the
   * allocations recording what was taken at what cost are written.
   */
  @InjectTransactionManager()
  async takeFromLayers(
    input: { order_id: string; fulfillment_id: string; takes: LayerTake[] },
    @MedusaContext() sharedContext: Context = {},
  ) {
    const manager = sharedContext.transactionManager as any
    for (const t of input.takes) {
      if (!t.layer_id) continue
      const rows = await manager.execute(
        `update cost_layer set remaining = remaining - ?, updated_at = now()
          where id = ? and remaining >= ? and deleted_at is null returning id`,
        [t.quantity, t.layer_id, t.quantity],
      )
      if (!rows.length) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `Cost layer ${t.layer_id} has fewer units left than taken`)
      }
    }
    return this.createCostAllocations(
      input.takes.map((t) => ({ ...t, order_id: input.order_id, fulfillment_id: input.fulfillment_id })) as any[],
      sharedContext,
    )
  }

  /** Undoes takeFromLayers: units back on their layers, allocations removed. */
  @InjectTransactionManager()
  async undoTakes(allocationIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!allocationIds.length) return
    const manager = sharedContext.transactionManager as any
    const allocations = await this.listCostAllocations({ id: allocationIds }, {}, sharedContext)
    for (const a of allocations as any[]) {
      if (!a.layer_id) continue
      await manager.execute("update cost_layer set remaining = remaining + ?, updated_at = now() where id = ?", [
        Number(a.quantity),
        a.layer_id,
      ])
    }
    await this.deleteCostAllocations(allocationIds, sharedContext)
  }

  /**
   * A return's units, in one transaction: each allocation's `returned_quantity` goes up (never
   * above what it took), the units go back on its layer, and the return is recorded.
   */
  @InjectTransactionManager()
  async putBackOnLayers(
    input: { return_id: string; order_id: string; backs: LayerPutBack[] },
    @MedusaContext() sharedContext: Context = {},
  ) {
    const manager = sharedContext.transactionManager as any
    for (const b of input.backs) {
      const rows = await manager.execute(
        `update cost_allocation set returned_quantity = returned_quantity + ?, updated_at = now()
          where id = ? and returned_quantity + ? <= quantity and deleted_at is null returning id`,
        [b.quantity, b.allocation_id, b.quantity],
      )
      if (!rows.length) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `More units returned than allocation ${b.allocation_id} took`)
      }
      if (b.layer_id) {
        await manager.execute("update cost_layer set remaining = remaining + ?, updated_at = now() where id = ?", [
          b.quantity,
          b.layer_id,
        ])
      }
    }
    return this.createCostReturns(
      input.backs.map((b) => ({
        return_id: input.return_id,
        order_id: input.order_id,
        allocation_id: b.allocation_id,
        quantity: b.quantity,
      })) as any[],
      sharedContext,
    )
  }

  /** Undoes putBackOnLayers. */
  @InjectTransactionManager()
  async undoPutBacks(backs: LayerPutBack[], returnIds: string[], @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as any
    for (const b of backs) {
      await manager.execute(
        "update cost_allocation set returned_quantity = returned_quantity - ?, updated_at = now() where id = ?",
        [b.quantity, b.allocation_id],
      )
      if (b.layer_id) {
        await manager.execute("update cost_layer set remaining = remaining - ?, updated_at = now() where id = ?", [
          b.quantity,
          b.layer_id,
        ])
      }
    }
    if (returnIds.length) await this.deleteCostReturns(returnIds, sharedContext)
  }
}
