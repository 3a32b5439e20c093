import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { OrderFileError, type OrderFilePreset, readOrderFile } from "@ordo/order-file"
import type { MarketplaceOrder } from "../../domain/marketplace"
import { CHANNEL_MODULE } from "../../modules/channel"
import type ChannelModuleService from "../../modules/channel/service"

export type UploadedFile = { filename: string; content_base64: string; preset: OrderFilePreset | "auto" }

/** Orders read from an uploaded file for a connection (its currency as the default); unreadable files are a 400. */
export async function readUploadedOrders(connection: { config?: Record<string, any> | null }, file: UploadedFile) {
  try {
    const result = await readOrderFile(Buffer.from(file.content_base64, "base64"), {
      filename: file.filename,
      preset: file.preset,
      currency_code: String(connection.config?.currency_code ?? "cny"),
      ...(connection.config?.utc_offset ? { utc_offset: String(connection.config.utc_offset) } : {}),
    })
    return { ...result, orders: result.orders.map((o) => ({ ...o, source: "file" }) as MarketplaceOrder) }
  } catch (e) {
    if (e instanceof OrderFileError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${e.message}`)
    throw e
  }
}

/**
 * What importing the file would do, before anything is written: the orders it holds, which of
 * them came in before (re-importing a file changes nothing), and every row left out with why.
 */
export async function previewOrderFile(
  container: MedusaContainer,
  connection: { id: string; config?: Record<string, any> | null },
  file: UploadedFile,
) {
  const read = await readUploadedOrders(connection, file)
  const ids = read.orders.map((o) => o.external_id)
  const known = ids.length
    ? new Set(
        (
          (await container
            .resolve<ChannelModuleService>(CHANNEL_MODULE)
            .listChannelOrders({ connection_id: connection.id, external_id: ids } as any, {
              select: ["external_id"],
              take: null as unknown as number,
            })) as any[]
        ).map((r) => r.external_id),
      )
    : new Set<string>()
  return {
    preset: read.preset,
    headers: read.headers,
    rows: read.rows,
    orders: read.orders.length,
    new_orders: read.orders.filter((o) => !known.has(o.external_id)).length,
    already_imported: known.size,
    errors: read.errors.slice(0, 500),
    error_count: read.errors.length,
    skipped_orders: read.skipped_orders,
    sample: read.orders.slice(0, 20).map((o) => ({
      external_id: o.external_id,
      external_number: o.external_number,
      status: o.status,
      placed_at: o.placed_at,
      buyer: o.buyer.name ?? o.buyer.email ?? null,
      lines: o.lines.map((l) => ({ sku: l.sku, title: l.title, quantity: l.quantity, unit_price: l.unit_price })),
      total: o.total,
      currency_code: o.currency_code,
      already_imported: known.has(o.external_id),
    })),
  }
}

/** An import as staff follow it (progress and outcomes; the orders themselves are not repeated). */
export async function channelImport(container: MedusaContainer, id: string) {
  const [row] = await container
    .resolve<ChannelModuleService>(CHANNEL_MODULE)
    .listChannelImports({ id } as any, { take: 1 })
  if (!row) return undefined
  const { orders: _orders, ...rest } = row as any
  return rest
}

export async function listChannelImports(
  container: MedusaContainer,
  connectionId: string,
  page = { take: 20, skip: 0 },
) {
  const [rows, count] = await container
    .resolve<ChannelModuleService>(CHANNEL_MODULE)
    .listAndCountChannelImports({ connection_id: connectionId } as any, {
      select: [
        "id",
        "filename",
        "preset",
        "status",
        "total",
        "processed",
        "outcomes",
        "error",
        "created_at",
        "finished_at",
        "created_by",
      ],
      order: { created_at: "DESC" },
      ...page,
    })
  return { imports: rows, count }
}

/** Imports a restart interrupted (no heartbeat for `staleMs`), to resume. */
export async function staleChannelImports(container: MedusaContainer, staleMs: number, now = Date.now()) {
  const rows = (await container
    .resolve<ChannelModuleService>(CHANNEL_MODULE)
    .listChannelImports({ status: "running" } as any, { select: ["id", "heartbeat_at", "created_at"] })) as any[]
  return rows
    .filter((r) => now - new Date(r.heartbeat_at ?? r.created_at).getTime() > staleMs)
    .map((r) => r.id as string)
}
