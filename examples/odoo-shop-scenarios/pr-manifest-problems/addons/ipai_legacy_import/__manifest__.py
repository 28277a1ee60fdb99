# Imports orders from the shop's previous system; kept until the 16.0 data is migrated.
{
    "name": "Legacy Order Import",
    "summary": "One-off import of orders from the old shop",
    "version": "16.0.1.0.0",
    "author": "InsightPulse AI",
    "license": "LGPL-3",
    "depends": ["sale"],
    "installable": False,
}
