"""dlp-gateway: an outbound SMTP relay that keeps personal data from leaving by e-mail."""

__version__ = "0.1.0"
