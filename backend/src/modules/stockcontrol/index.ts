import { Module } from "@medusajs/framework/utils"
import StockControlModuleService from "./service"

export const STOCK_CONTROL_MODULE = "stockcontrol"

export default Module(STOCK_CONTROL_MODULE, { service: StockControlModuleService })
