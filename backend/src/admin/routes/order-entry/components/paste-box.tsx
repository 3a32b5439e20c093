import { Button, Container, Text, Textarea } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { FormField } from "../../../components/ui/form-field"
import type { OrderEntry } from "../use-order-entry"

/** Lines pasted from a chat, an e-mail or spreadsheet cells; lines that cannot be read stay in the box, named. */
export function PasteBox({ entry }: { entry: OrderEntry }) {
  const { t } = useTranslation()
  const { state, dispatch, paste } = entry
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <FormField
        id="entry-paste"
        label={t("ordo.entry.paste.label")}
        labelSize="base"
        labelWeight="plus"
        className="contents"
      >
        <Textarea
          id="entry-paste"
          rows={4}
          placeholder={t("ordo.entry.paste.placeholder")}
          value={state.pasteText}
          onChange={(e) => dispatch({ type: "pasteText", text: e.target.value })}
          onPaste={(e) => paste.onPasteLines(e, state.pasteText)}
        />
      </FormField>
      <div className="flex items-center gap-x-2">
        <Button size="small" variant="secondary" onClick={() => paste.addPasted()} disabled={!entry.companyId}>
          {t("ordo.entry.paste.add")}
        </Button>
        {state.pasteInfo ? (
          <Text size="small" data-testid="paste-info">
            {state.pasteInfo}
          </Text>
        ) : null}
      </div>
      {state.pasteErrors.length ? (
        <ul className="flex flex-col gap-y-1" data-testid="paste-errors">
          {state.pasteErrors.map((e) => (
            <li key={`${e.line}-${e.code}`} data-testid="paste-error" data-line={e.line}>
              <Text size="small" className="text-ui-fg-error">
                {t("ordo.entry.paste.lineError", { line: e.line, raw: e.raw, error: e.error })}
              </Text>
            </li>
          ))}
        </ul>
      ) : null}
    </Container>
  )
}
