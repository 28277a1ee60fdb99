import { coreAddonsCommon } from './core-addons-common.ts'

/** Odoo 17.0 Community addons (without localisations and test addons). */
export const coreAddons17: readonly string[] = [
  ...coreAddonsCommon,
  ...'account_audit_trail account_payment_term account_peppol account_qr_code_emv delivery_mondialrelay hr_homeworking mail_group onboarding payment_xendit pos_online_payment pos_online_payment_self_order pos_self_order pos_self_order_adyen pos_self_order_stripe pos_paytm pos_razorpay pos_mrp project_todo resource_mail sale_pdf_quote_builder sale_async_emails stock_delivery web_hierarchy website_sale_collect website_sale_mondialrelay website_sale_picking website_sale_stock_product_configurator website_sale_product_configurator html_editor'.split(
    ' ',
  ),
]
