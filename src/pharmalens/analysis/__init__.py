"""Analysis: landscapes, comparables, dossiers, valuation, deal fairness, scorecards, radionuclide logistics."""
