from . import test_shop_ops
