# Copyright 2026 InsightPulse AI
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Loyalty Points",
    "summary": "One point per euro, granted when the order is paid "
    "(sale_loyalty grants on confirmation, which the shop does not want)",
    "version": "17.0.1.0.1",
    "category": "Sales",
    "website": "https://github.com/insightpulseai/odoo-shop",
    "author": "InsightPulse AI",
    "license": "LGPL-3",
    "depends": ["ipai_shop_base", "account", "portal"],
    "data": [
        "security/ir.model.access.csv",
        "views/loyalty_ledger_views.xml",
    ],
    "installable": True,
}
