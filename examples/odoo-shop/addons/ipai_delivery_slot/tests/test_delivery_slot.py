from odoo.tests.common import TransactionCase


class TestDeliverySlot(TransactionCase):
    def test_slot_is_full_at_capacity(self):
        partner = self.env["res.partner"].create({"name": "Customer"})
        slot = self.env["ipai.delivery.slot"].create({"date": "2026-03-02", "period": "am", "capacity": 1})
        self.env["sale.order"].create({"partner_id": partner.id, "delivery_slot_id": slot.id})
        self.assertTrue(slot.is_full)
