from psycopg2 import IntegrityError

from odoo.tests.common import TransactionCase
from odoo.tools import mute_logger


class TestShopChannel(TransactionCase):
    def test_code_is_unique_per_company(self):
        self.env["ipai.shop.channel"].create({"name": "Counter", "code": "counter"})
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"):
            self.env["ipai.shop.channel"].create({"name": "Counter 2", "code": "counter"})
            self.env.flush_all()
