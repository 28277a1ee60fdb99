import { coreAddonsCommon } from './core-addons-common.ts'

/** Odoo 18.0 Community addons (without localisations and test addons). */
export const coreAddons18: readonly string[] = [
  ...coreAddonsCommon,
  ...'account_audit_trail account_payment_term account_peppol account_qr_code_emv certificate cloud_storage cloud_storage_azure cloud_storage_google delivery_mondialrelay hr_homeworking html_editor html_builder mail_group marketing_card onboarding payment_xendit payment_nuvei payment_worldline pos_online_payment pos_online_payment_self_order pos_self_order pos_self_order_adyen pos_self_order_stripe pos_paytm pos_razorpay pos_mrp pos_event pos_viva_wallet product_barcodelookup project_todo resource_mail sale_pdf_quote_builder sale_edi_ubl stock_delivery stock_fleet web_hierarchy website_sale_collect website_sale_mondialrelay website_sale_stock_product_configurator website_event_booth_sale_exhibitor website_cf_turnstile'.split(
    ' ',
  ),
]
