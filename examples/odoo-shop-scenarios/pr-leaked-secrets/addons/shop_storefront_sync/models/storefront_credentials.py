# Credentials for pushing catalogue snapshots to the storefront repository and bucket.
# FAKE VALUES planted for the pr-leaked-secrets scenario: the GitHub token is random with a
# valid checksum, the AWS key pair is random. None of them has ever been a real credential.
GITHUB_TOKEN = "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"
AWS_ACCESS_KEY_ID = "AKIAWXULXM6TTCR6ZABW"
AWS_SECRET_ACCESS_KEY = "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"
