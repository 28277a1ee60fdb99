from . import shop_channel
