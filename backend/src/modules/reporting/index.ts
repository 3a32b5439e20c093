import { Module } from "@medusajs/framework/utils"
import ReportingModuleService from "./service"

export const REPORTING_MODULE = "reporting"

export default Module(REPORTING_MODULE, { service: ReportingModuleService })
