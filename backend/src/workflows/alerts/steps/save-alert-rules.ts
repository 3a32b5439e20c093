import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AlertRules } from "../../../domain/dashboard"
import { REPORTING_MODULE } from "../../../modules/reporting"
import type ReportingModuleService from "../../../modules/reporting/service"
import { ALERT_SETTING_KEY } from "../../../queries/reporting/alerts"

export const saveAlertRulesStepId = "ordo-save-alert-rules"

type Undo = { id: string; value: Record<string, unknown> | null }

/** Stores the alert rules (report_setting "alerts"). Compensation restores the previous value, or removes a new row. */
export const saveAlertRulesStep = createStep(
  saveAlertRulesStepId,
  async (rules: AlertRules, { container }) => {
    const svc = container.resolve<ReportingModuleService>(REPORTING_MODULE)
    const [existing] = await svc.listReportSettings({ key: ALERT_SETTING_KEY }, { take: 1 })
    if (existing) {
      await svc.updateReportSettings({ id: existing.id, value: rules })
      return new StepResponse(rules, { id: existing.id, value: existing.value as Record<string, unknown> } as Undo)
    }
    const created = await svc.createReportSettings({ key: ALERT_SETTING_KEY, value: rules })
    return new StepResponse(rules, { id: created.id, value: null } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const svc = container.resolve<ReportingModuleService>(REPORTING_MODULE)
    if (undo.value) await svc.updateReportSettings({ id: undo.id, value: undo.value })
    else await svc.deleteReportSettings(undo.id)
  },
)
