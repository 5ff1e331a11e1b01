"""GDPR Art. 9 special categories and Art. 10 criminal data: lexicons and the person-tie rule."""
