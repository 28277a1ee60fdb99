[
    "name", "Promo Banner",
    "version", "17.0.1.0.0",
]
