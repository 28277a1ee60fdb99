from . import test_loyalty_ledger
