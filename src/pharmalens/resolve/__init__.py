"""One record per real company and asset across languages and documents."""
