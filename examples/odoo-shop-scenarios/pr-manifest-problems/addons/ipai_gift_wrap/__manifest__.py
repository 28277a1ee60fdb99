# Gift wrapping at checkout.
VERSION = "17.0.1.0.0"
{
    "name": "Gift Wrap",
    "version": VERSION,
    "author": "InsightPulse AI",
    "license": "LGPL-3",
    "depends": ["website_sale"],
}
