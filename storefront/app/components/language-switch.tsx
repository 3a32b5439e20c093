import { Form } from "react-router"
import { useTranslation } from "../i18n/use-translation"

/** Plain POST form so switching language works without JavaScript. */
export function LanguageSwitch({ redirectTo, className = "" }: { redirectTo: string; className?: string }) {
  const { t, lang } = useTranslation()
  return (
    <Form
      method="post"
      action="/set-language"
      className={`lang-switch ${className}`}
      data-testid="lang-switch"
      aria-label={t("lang.label")}
    >
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <button type="submit" name="lang" value="en" aria-pressed={lang === "en"} className="link-button" lang="en">
        {t("lang.en")}
      </button>
      <span aria-hidden="true">|</span>
      <button
        type="submit"
        name="lang"
        value="zh-CN"
        aria-pressed={lang === "zh-CN"}
        className="link-button"
        lang="zh-CN"
      >
        {t("lang.zhCN")}
      </button>
    </Form>
  )
}
