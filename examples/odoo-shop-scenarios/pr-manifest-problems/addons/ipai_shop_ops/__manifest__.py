# Copyright 2026 InsightPulse AI
# License GPL-2.
{
    "name": "Shop Operations",
    "summary": "Technical user and automatic module updates for the shop's deployments",
    "version": "17.0.1.0.0",
    "category": "Technical",
    "website": "https://github.com/insightpulseai/odoo-shop",
    "author": "InsightPulse AI",
    "license": "GPL-2",
    "depends": [
        "ipai_delivery_slot",
        "ipai_loyalty_points",
        "base_technical_user",
        "module_auto_update",
        "ipai_legacy_import",
    ],
    "data": ["data/ir_cron_data.xml"],
    "auto_install": ["ipai_delivery_slot", "ipai_loyalty_points"],
    "installable": "yes",
}
