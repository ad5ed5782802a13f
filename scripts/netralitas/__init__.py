"""Arsip Netralitas ASN: neutrality commitments of Indonesian civil servants, from news to site."""

__version__ = "0.1.0"
