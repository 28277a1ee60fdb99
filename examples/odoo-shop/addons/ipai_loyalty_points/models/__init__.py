from . import loyalty_ledger
