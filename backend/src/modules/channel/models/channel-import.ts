import { model } from "@medusajs/framework/utils"

/**
 * One file of orders staff imported for a connection: the orders read from it (kept so an
 * import interrupted by a restart resumes where it stopped), its per-row errors, and progress.
 */
export const ChannelImport = model
  .define("channel_import", {
    id: model.id({ prefix: "chimp" }).primaryKey(),
    connection_id: model.text(),
    filename: model.text(),
    preset: model.text(),
    status: model.enum(["running", "done", "failed"]).default("running"),
    /** Orders read from the file (MarketplaceOrder[]); only complete orders, all-or-nothing. */
    orders: model.json(),
    /** Rows left out, each with its reason (the preview showed them too). */
    row_errors: model.json().nullable(),
    total: model.number().default(0),
    processed: model.number().default(0),
    /** Outcomes so far: { imported, exception, waiting, cancelled, duplicate }. */
    outcomes: model.json().nullable(),
    heartbeat_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
    error: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["connection_id", "created_at"] }, { on: ["status"] }])
