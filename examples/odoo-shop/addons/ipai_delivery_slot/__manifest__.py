# Copyright 2026 InsightPulse AI
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Delivery Slots",
    "summary": "Customers pick a delivery slot at checkout "
    "(OCA delivery-carrier has no per-day slot capacity)",
    "version": "17.0.1.2.0",
    "category": "Website/Website",
    "website": "https://github.com/insightpulseai/odoo-shop",
    "author": "InsightPulse AI",
    "license": "LGPL-3",
    "development_status": "Beta",
    "depends": [
        "ipai_shop_base",
        "website_sale",
        "stock",
        "queue_job",
    ],
    "data": [
        "security/ir.model.access.csv",
        "views/delivery_slot_views.xml",
        "views/sale_order_views.xml",
    ],
    "demo": ["demo/delivery_slot_demo.xml"],
    "external_dependencies": {"python": ["python-dateutil"]},
    "installable": True,
}
