import auditEn from "./json/areas/audit.en.json"
import auditZh from "./json/areas/audit.zh-CN.json"
import dashboardEn from "./json/areas/dashboard.en.json"
import dashboardZh from "./json/areas/dashboard.zh-CN.json"
import entryEn from "./json/areas/entry.en.json"
import entryZh from "./json/areas/entry.zh-CN.json"
import financeEn from "./json/areas/finance.en.json"
import financeZh from "./json/areas/finance.zh-CN.json"
import ordersEn from "./json/areas/orders.en.json"
import ordersZh from "./json/areas/orders.zh-CN.json"
import reportsEn from "./json/areas/reports.en.json"
import reportsZh from "./json/areas/reports.zh-CN.json"
import repsEn from "./json/areas/reps.en.json"
import repsZh from "./json/areas/reps.zh-CN.json"
import en from "./json/en.json"
import zhCN from "./json/zh-CN.json"
import { mergeTranslations } from "./merge"

/**
 * Ordo's admin screens follow the dashboard's language (Settings → Profile → Language). Each area
 * of the back office keeps its strings in its own pair of files (`json/areas/<area>.<lang>.json`).
 */
export const english = mergeTranslations(en, ordersEn, financeEn, entryEn, auditEn, dashboardEn, reportsEn, repsEn)
export const chinese = mergeTranslations(zhCN, ordersZh, financeZh, entryZh, auditZh, dashboardZh, reportsZh, repsZh)

export default {
  en: { translation: english },
  zhCN: { translation: chinese },
}
