# Copyright 2026 InsightPulse AI
{
    "name": "Loyalty Points",
    "summary": "One point per euro, granted when the order is paid "
    "(sale_loyalty grants on confirmation, which the shop does not want)",
    "version": "16.0.1.0.1",
    "category": "Sales",
    "website": "https://github.com/insightpulseai/odoo-shop",
    "author": "InsightPulse AI",
    "license": "MIT",
    "depends": ["ipai_shop_base", "account", "portal"],
    "data": [
        "security/ir.model.access.csv",
        "views/loyalty_ledger_views.xml",
    ],
    "installable": True,
}
