import en from "./json/en.json"
import zhCN from "./json/zh-CN.json"

/** Ordo's admin screens follow the dashboard's language (Settings → Profile → Language). */
export default {
  en: { translation: en },
  zhCN: { translation: zhCN },
}
