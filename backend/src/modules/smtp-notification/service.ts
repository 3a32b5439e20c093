import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { renderMail } from "../../documents/email-templates"

type Options = { url: string; from: string }

/** Sends Medusa notifications on the "email" channel through SMTP (nodemailer). */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "ordo-smtp"
  protected transport: Transporter
  protected options_: Options
  protected logger_: Logger

  constructor({ logger }: { logger: Logger }, options: Options) {
    super()
    this.options_ = options
    this.logger_ = logger
    this.transport = nodemailer.createTransport(options.url)
  }

  static validateOptions(options: Record<string, unknown>) {
    if (!options.url)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "ordo-smtp: the url option (SMTP_URL) is required")
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const mail = renderMail(notification.template, (notification.data ?? {}) as Record<string, any>)
    const info = await this.transport.sendMail({
      from: this.options_.from,
      to: notification.to,
      subject: mail.subject,
      text: mail.text,
      headers: { "X-Ordo-Template": notification.template },
      attachments: (notification.attachments ?? []).map((a) => ({
        filename: a.filename,
        content: Buffer.from(a.content, "base64"),
        contentType: a.content_type,
      })),
    })
    return { id: info.messageId }
  }
}
