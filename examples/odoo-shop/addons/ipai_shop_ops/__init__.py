# Data-only addon: crons and settings for the shop's operations.
