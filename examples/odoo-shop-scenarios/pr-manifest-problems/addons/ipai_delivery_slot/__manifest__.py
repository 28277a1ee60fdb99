# Copyright 2026 InsightPulse AI
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Delivery Slots",
    "summary": "Customers pick a delivery slot at checkout "
    "(OCA delivery-carrier has no per-day slot capacity)",
    "version": "17.0.2.0.0",
    "category": "Website/Website",
    "website": "https://github.com/insightpulseai/odoo-shop",
    "author": "InsightPulse AI",
    "license": "LGPL-3",
    "development_status": "Mature",
    "depends": [
        "ipai_shop_base",
        "website_sale",
        "stock",
        "queue_job",
        "queue_job_cron",
        "queue_job_cron_jobrunner",
        "website_sale_delivery_slot_pro",
    ],
    "data": [
        "security/ir.model.access.csv",
        "views/delivery_slot_views.xml",
        "views/sale_order_views.xml",
        "views/delivery_slot_portal_templates.xml",
    ],
    "demo": ["demo/delivery_slot_demo.xml"],
    "external_dependencies": {"python": "python-dateutil", "apt": ["tzdata"]},
    "auto_install": ["stock", "sale_stock"],
    "installable": True,
}
