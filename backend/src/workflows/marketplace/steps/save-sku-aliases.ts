import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHANNEL_MODULE } from "../../../modules/channel"
import type ChannelModuleService from "../../../modules/channel/service"

/** Remembers marketplace SKUs as aliases of our variants (new ones only); compensation removes them. */
export const saveSkuAliasesStep = createStep(
  "ordo-save-sku-aliases",
  async (input: { connection_id: string; aliases: Record<string, string> }, { container }) => {
    const channels = container.resolve<ChannelModuleService>(CHANNEL_MODULE)
    const skus = Object.keys(input.aliases)
    if (!skus.length) return new StepResponse([] as string[], [] as string[])
    const known = new Set(
      (await channels.listChannelSkuMappings({ connection_id: input.connection_id, external_sku: skus } as any)).map(
        (a: any) => a.external_sku,
      ),
    )
    const fresh = skus.filter((s) => !known.has(s))
    const created = fresh.length
      ? await channels.createChannelSkuMappings(
          fresh.map((external_sku) => ({
            connection_id: input.connection_id,
            external_sku,
            variant_id: input.aliases[external_sku],
          })),
        )
      : []
    const ids = (created as any[]).map((c) => c.id as string)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<ChannelModuleService>(CHANNEL_MODULE).deleteChannelSkuMappings(ids)
  },
)
