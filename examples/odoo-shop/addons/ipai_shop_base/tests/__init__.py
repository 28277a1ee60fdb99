from . import test_shop_channel
