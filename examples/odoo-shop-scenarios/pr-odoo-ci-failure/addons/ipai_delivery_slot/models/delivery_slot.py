from odoo import api, fields, models


class DeliverySlot(models.Model):
    """A half-day window in which the shop delivers, with a capacity in orders."""

    _name = "ipai.delivery.slot"
    _description = "Delivery slot"
    _order = "date, period"

    date = fields.Date(required=True)
    period = fields.Selection([("am", "Morning"), ("pm", "Afternoon")], required=True)
    capacity = fields.Integer(default=20)
    order_ids = fields.One2many("sale.order", "delivery_slot_id")
    booked = fields.Integer(compute="_compute_booked", store=True)
    is_full = fields.Boolean(compute="_compute_booked", store=True)

    @api.depends("order_ids", "capacity")
    def _compute_booked(self):
        for slot in self:
            slot.booked = len(slot.order_ids)
            slot.is_full = slot.booked > slot.capacity
