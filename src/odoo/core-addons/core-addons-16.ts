import { coreAddonsCommon } from './core-addons-common.ts'

/** Odoo 16.0 Community addons (without localisations and test addons). */
export const coreAddons16: readonly string[] = [
  ...coreAddonsCommon,
  ...'account_edi_ubl_cii_tax_extension account_payment_invoice_online_payment_patch event_booth_sale mail_group note pad pad_project pos_coupon pos_gift_card sale_coupon sale_gift_card sale_quotation_builder website_sale_coupon website_sale_delivery website_sale_gift_card website_sale_delivery_mondialrelay website_twitter fetchmail fetchmail_outlook fetchmail_gmail delivery_mondialrelay coupon gift_card sale_stock_renting hr_timesheet_attendance'.split(
    ' ',
  ),
]
