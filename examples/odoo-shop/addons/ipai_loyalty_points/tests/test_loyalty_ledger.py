from odoo.tests.common import TransactionCase


class TestLoyaltyLedger(TransactionCase):
    def test_unpaid_move_earns_nothing(self):
        partner = self.env["res.partner"].create({"name": "Customer"})
        move = self.env["account.move"].create({"move_type": "out_invoice", "partner_id": partner.id})
        self.assertFalse(self.env["ipai.loyalty.ledger"].grant_for_move(move))
