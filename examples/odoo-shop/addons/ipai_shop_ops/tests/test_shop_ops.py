from odoo.tests.common import TransactionCase


class TestShopOps(TransactionCase):
    def test_cron_is_installed(self):
        cron = self.env.ref("ipai_shop_ops.ir_cron_purge_past_slots")
        self.assertTrue(cron.active)
