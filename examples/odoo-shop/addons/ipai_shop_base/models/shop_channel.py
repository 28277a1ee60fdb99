from odoo import fields, models


class ShopChannel(models.Model):
    """A place the shop sells through (the website, a marketplace, the counter)."""

    _name = "ipai.shop.channel"
    _description = "Shop sales channel"
    _inherit = ["mail.thread"]
    _order = "sequence, name"

    name = fields.Char(required=True, tracking=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company)

    _sql_constraints = [
        ("code_company_uniq", "unique(code, company_id)", "A channel code is unique per company."),
    ]
