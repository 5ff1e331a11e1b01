"""The DPO console: a small server-rendered web application over the quarantine store.

``gateway.console.app`` builds the Starlette application (pages, forms, security headers),
``gateway.console.accounts`` the local accounts (scrypt) and sessions, ``gateway.console.oidc``
OpenID Connect sign-in, ``gateway.console.i18n`` the words in NL/FR/DE/EN. Importing this
package imports none of them (the rollout report uses the words without the web stack).
"""
