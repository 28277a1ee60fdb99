# Copyright 2026 InsightPulse AI
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Shop Operations",
    "summary": "Technical user and automatic module updates for the shop's deployments",
    "version": "17.0.1.0.0",
    "category": "Technical",
    "website": "https://github.com/insightpulseai/odoo-shop",
    "author": "InsightPulse AI",
    "license": "AGPL-3",
    "depends": [
        "ipai_delivery_slot",
        "ipai_loyalty_points",
        "base_technical_user",
        "module_auto_update",
    ],
    "data": ["data/ir_cron_data.xml"],
    "auto_install": ["ipai_delivery_slot", "ipai_loyalty_points"],
    "installable": True,
}
