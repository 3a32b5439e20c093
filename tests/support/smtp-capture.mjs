// A local SMTP server for tests: accepts every message and appends it, parsed, to a JSON-lines
// file the test files read (they run in other processes). Real SMTP on a real socket, so the
// backend's nodemailer provider is exercised end to end.
import { appendFileSync, writeFileSync } from "node:fs"
import { SMTPServer } from "smtp-server"

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) in a header, decoded. */
function decodeWords(value) {
  if (!value) return value
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset, enc, text) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(Number.parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  )
}

/** A single-part body in its transfer encoding (quoted-printable or base64), decoded. */
function decodeBody(text, encoding) {
  const enc = String(encoding ?? "").toLowerCase()
  if (enc === "base64") return Buffer.from(text.replace(/\s+/g, ""), "base64").toString("utf8")
  if (enc !== "quoted-printable") return text
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(Number.parseInt(h, 16)))
  return Buffer.from(bytes, "latin1").toString("utf8")
}

export async function startSmtpCapture(file, port) {
  writeFileSync(file, "")
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks = []
      stream.on("data", (c) => chunks.push(c))
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8")
        const [head, ...body] = raw.split(/\r?\n\r?\n/)
        const header = (name) => {
          const m = head.match(new RegExp(`^${name}:\\s*((?:.*)(?:\\r?\\n[ \\t].*)*)`, "im"))
          return m ? m[1].replace(/\r?\n[ \t]/g, " ").trim() : null
        }
        appendFileSync(
          file,
          `${JSON.stringify({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: decodeWords(header("Subject")),
            template: header("X-Ordo-Template"),
            raw,
            body: decodeBody(body.join("\n\n"), header("Content-Transfer-Encoding")),
          })}\n`,
        )
        callback()
      })
    },
  })
  await new Promise((resolve, reject) => server.listen(port, "127.0.0.1", (e) => (e ? reject(e) : resolve())))
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) }
}
