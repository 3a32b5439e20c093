import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"

export type DunningLevelInput = {
  id?: string
  name: string
  offset_days: number
  tone: "friendly" | "reminder" | "firm" | "final"
  hold?: boolean
  active?: boolean
}

export const saveDunningLevelStepId = "ordo-save-dunning-level"

/** Adds a reminder level, or edits one by id; compensation removes it or restores it. */
export const saveDunningLevelStep = createStep(
  saveDunningLevelStepId,
  async (input: DunningLevelInput, { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const { id, ...data } = input
    if (!id) {
      const level = await credit.createDunningLevels(data as any)
      return new StepResponse(
        { level, created: true },
        { id: level.id, before: null as Record<string, unknown> | null },
      )
    }
    const before = await credit.retrieveDunningLevel(id)
    const level = await credit.updateDunningLevels({ id, ...data } as any)
    return new StepResponse({ level, created: false }, { id, before: before as Record<string, unknown> | null })
  },
  async (prev, { container }) => {
    if (!prev) return
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    if (!prev.before) await credit.deleteDunningLevels(prev.id)
    else {
      const { name, offset_days, tone, hold, active } = prev.before as any
      await credit.updateDunningLevels({ id: prev.id, name, offset_days, tone, hold, active } as any)
    }
  },
)
