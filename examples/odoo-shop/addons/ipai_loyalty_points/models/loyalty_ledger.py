from odoo import api, fields, models


class LoyaltyLedger(models.Model):
    """Points a customer earned, one line per paid invoice."""

    _name = "ipai.loyalty.ledger"
    _description = "Loyalty points ledger"

    partner_id = fields.Many2one("res.partner", required=True, index=True)
    move_id = fields.Many2one("account.move", required=True)
    points = fields.Integer(required=True)

    @api.model
    def grant_for_move(self, move):
        # FR-003: points come with the payment, so a cancelled unpaid order never earns any.
        if move.payment_state not in ("paid", "in_payment"):
            return self.browse()
        return self.create({"partner_id": move.partner_id.id, "move_id": move.id, "points": int(move.amount_total)})
