import os

from odoo import api, models

# Placeholders and references only: none of these is a secret, and a scan must stay quiet.
DEFAULT_API_KEY = "<your-storefront-api-key>"
DOCS_AWS_KEY = "AKIAIOSFODNN7EXAMPLE"
TOKEN_TEMPLATE = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"


class StorefrontSync(models.AbstractModel):
    _name = "shop.storefront.sync"
    _description = "Push the catalogue to the storefront"

    @api.model
    def _token(self):
        return os.environ.get("STOREFRONT_TOKEN") or self.env["ir.config_parameter"].sudo().get_param("storefront.token")
