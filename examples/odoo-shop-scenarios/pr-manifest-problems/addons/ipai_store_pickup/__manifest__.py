{
    "name": "Store Pickup",
    "version": "17.0.1.0.0",
    "author": "InsightPulse AI"
    "license": "LGPL-3",
    "depends": ["website_sale", "stock"],
}
