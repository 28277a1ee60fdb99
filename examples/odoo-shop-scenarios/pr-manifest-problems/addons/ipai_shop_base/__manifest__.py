# Copyright 2026 InsightPulse AI
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Shop Base",
    "summary": "Sales channels and shared settings of the online shop "
    "(no OCA addon models shop channels per website)",
    "version": "17.0.1.1.0",
    "category": "Sales",
    "website": "https://github.com/insightpulseai/odoo-shop",
    "author": "InsightPulse AI",
    "license": "LGPL-3",
    "depends": [
        "base",
        "mail",
        "sale_management",
        "ipai_loyalty_points",
    ],
    "data": [
        "security/ir.model.access.csv",
        "data/shop_channel_data.xml",
        "views/shop_channel_views.xml",
    ],
    "installable": True,
}
