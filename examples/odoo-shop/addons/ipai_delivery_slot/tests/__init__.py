from . import test_delivery_slot
