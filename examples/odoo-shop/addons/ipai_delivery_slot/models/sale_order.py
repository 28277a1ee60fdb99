from odoo import fields, models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    delivery_slot_id = fields.Many2one("ipai.delivery.slot", domain=[("is_full", "=", False)])

    def _notify_slot_booked(self):
        # Confirmation mails go through the job queue so checkout never waits on SMTP.
        for order in self:
            order.with_delay().message_post(body=order.delivery_slot_id.display_name)
