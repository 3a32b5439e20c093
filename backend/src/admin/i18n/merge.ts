type Tree = { [key: string]: string | Tree }

/** Deep-merges translation trees; a key defined twice with a plain string is a mistake and throws. */
export function mergeTranslations(...trees: Tree[]): Tree {
  const out: Tree = {}
  const into = (target: Tree, source: Tree, path: string) => {
    for (const [k, v] of Object.entries(source)) {
      const at = target[k]
      if (typeof v === "object" && v !== null) {
        if (typeof at === "string") throw new Error(`admin i18n: ${path}${k} is both a string and a group`)
        target[k] = at ?? {}
        into(target[k] as Tree, v, `${path}${k}.`)
      } else {
        if (at !== undefined) throw new Error(`admin i18n: ${path}${k} is defined twice`)
        target[k] = v
      }
    }
  }
  for (const t of trees) into(out, t, "")
  return out
}
