import { Module } from "@medusajs/framework/utils"
import AlertModuleService from "./service"

export const ALERT_MODULE = "alert"

export default Module(ALERT_MODULE, { service: AlertModuleService })
