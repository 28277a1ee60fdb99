{
    "name": "Gift Cards",
    "summary": "Sell and redeem gift cards in the shop",
    "version": "1.0",
    "development_status": "Stable",
    "depends": ["ipai_shop_base", "sale_loyalty"],
    "installable": True,
}
