"""Recognisers (money, dates, companies, assets, targets, nuclides, stages, agencies) and record
builders (deals, assets, clinical, regulatory, financials, terminations, financings, facilities)."""
