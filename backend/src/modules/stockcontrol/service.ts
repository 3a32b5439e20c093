import { MedusaService } from "@medusajs/framework/utils"
import { CostAllocation } from "./models/cost-allocation"
import { CostLayer } from "./models/cost-layer"
import { CostReturn } from "./models/cost-return"
import { LowStockThreshold } from "./models/low-stock-threshold"
import { PurchaseReceipt } from "./models/purchase-receipt"
import { StockMovement } from "./models/stock-movement"

/** Inventory control beside Medusa's inventory module: thresholds, movement audit, FIFO cost layers. */
export default class StockControlModuleService extends MedusaService({
  LowStockThreshold,
  StockMovement,
  PurchaseReceipt,
  CostLayer,
  CostAllocation,
  CostReturn,
}) {}
